import { useEffect } from 'react';
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
      <div className="tabs" role="tablist">
        <button type="button" role="tab" id="tab-cart" aria-controls="panel-cart" aria-selected={tab === 'cart'} onClick={() => setTab('cart')}>
          {t('ui.cart.tabs.cart')}
        </button>
        <button type="button" role="tab" id="tab-orders" aria-controls="panel-orders" aria-selected={tab === 'orders'} onClick={() => setTab('orders')}>
          {t('ui.cart.tabs.orders')}
        </button>
      </div>
      {tab === 'cart' ? (
        <div role="tabpanel" id="panel-cart" aria-labelledby="tab-cart">
          {confirmation ? <OrderConfirmation order={confirmation} /> : <CartPanel />}
        </div>
      ) : (
        <div role="tabpanel" id="panel-orders" aria-labelledby="tab-orders">
          <OrdersList />
        </div>
      )}
    </div>
  );
}
