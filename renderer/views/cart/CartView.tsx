import { useEffect } from 'react';
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { CartPanel } from './CartPanel.tsx';
import { OrderConfirmation } from './OrderConfirmation.tsx';
import { OrdersList } from './OrdersList.tsx';
import { useCartStore } from './store.ts';

/** Cart and checkout, the confirmation of the order just placed, and every order with its status. */
export function CartView() {
  const { t } = useTranslation();
  const tab = useCartStore((s) => s.tab);
  const setTab = useCartStore((s) => s.setTab);
  const open = useCartStore((s) => s.open);
  const confirmation = useCartStore((s) => s.confirmation);
  useEffect(() => {
    void open();
  }, [open]);

  return (
    <div className="billing-view">
      <h1>{t('ui.cart.title')}</h1>
      <Tabs selectedKey={tab} onSelectionChange={(key: Key) => setTab(key === 'orders' ? 'orders' : 'cart')}>
        <TabList className="tabs" aria-label={t('ui.cart.title')}>
          <Tab id="cart" className="tab">
            {t('ui.cart.tabs.cart')}
          </Tab>
          <Tab id="orders" className="tab">
            {t('ui.cart.tabs.orders')}
          </Tab>
        </TabList>
        <TabPanel id="cart" className="tab-panel">
          {confirmation ? <OrderConfirmation order={confirmation} /> : <CartPanel />}
        </TabPanel>
        <TabPanel id="orders" className="tab-panel">
          <OrdersList />
        </TabPanel>
      </Tabs>
    </div>
  );
}
