import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCartCount } from '../views/cart/selectors.ts';
import { useCartStore } from '../views/cart/store.ts';
import { useCan, useMe } from './selectors.ts';
import { useSessionStore, type ViewName } from './session-store.ts';
import { StoreProblems } from './StoreProblems.tsx';
import { PaymentPending } from '../views/pending/PaymentPending.tsx';

/** The signed-in frame: top bar, navigation, and the current view. */
export function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  const account = useSessionStore((s) => s.session?.account);
  const view = useSessionStore((s) => s.view);
  const go = useSessionStore((s) => s.go);
  const signOut = useSessionStore((s) => s.signOut);
  const canSeePeople = useCan('manage_users');
  const canSeeBilling = useCan('view_billing');
  const canBill = useCan('billing');
  const cartCount = useCartCount();
  const loadCart = useCartStore((s) => s.loadCart);
  const mode = useSessionStore((s) => s.status?.mode);
  useEffect(() => {
    if (canBill) void loadCart();
  }, [canBill, loadCart, me?.id]);

  const links: { view: ViewName; label: string; shown: boolean }[] = [
    { view: 'my-account', label: t('ui.nav.myAccount'), shown: true },
    { view: 'people', label: t('ui.nav.people'), shown: canSeePeople },
    { view: 'subscriptions', label: t('ui.nav.subscriptions'), shown: canSeeBilling },
    { view: 'billing-info', label: t('ui.nav.billingInfo'), shown: canSeeBilling },
    { view: 'transactions', label: t('ui.nav.transactions'), shown: canSeeBilling },
    { view: 'cart', label: t('ui.nav.cart', { count: cartCount }), shown: canBill },
    { view: 'activity', label: t('ui.nav.activity'), shown: true },
  ];

  return (
    <div className="shell">
      <header className="topbar">
        <span className="brand">Account Admin</span>
        <span className="account">{account?.name}</span>
        <span className="spacer" />
        {mode === 'browser' && <span className="badge">{t('ui.app.browserModeShort')}</span>}
        <span>{me ? `${me.firstName} ${me.lastName}` : ''}</span>
        <button type="button" className="btn" onClick={() => void signOut()}>
          {t('ui.nav.signOut')}
        </button>
      </header>
      <nav className="nav" aria-label={t('ui.nav.label')}>
        {links
          .filter((l) => l.shown)
          .map((l) => (
            <a
              key={l.view}
              href={`#/${l.view}`}
              aria-current={view === l.view || (view === 'invoice' && l.view === 'transactions') ? 'page' : undefined}
              onClick={(e) => {
                e.preventDefault();
                go(l.view);
              }}
            >
              {l.label}
            </a>
          ))}
      </nav>
      <main className="content">
        <StoreProblems />
        <PaymentPending />
        {children}
      </main>
    </div>
  );
}
