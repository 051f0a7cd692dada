import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCartCount } from '../views/cart/selectors.ts';
import { useCartStore } from '../views/cart/store.ts';
import { useCan, useMe } from './selectors.ts';
import { mayOpen, ROUTES } from './routes.tsx';
import { useSessionStore, VIEWS, type ViewName } from './session-store.ts';
import { StoreProblems } from './StoreProblems.tsx';
import { ThemeSelect } from './ThemeSelect.tsx';
import { NotificationBell } from './notifications/NotificationBell.tsx';
import { PaymentPending } from '../views/pending/PaymentPending.tsx';
import { CancelledBanner } from '../views/reactivation/CancelledBanner.tsx';
import { CommandPalette, PaletteButton } from '../components/palette/CommandPalette.tsx';
import { AppCommandsHost, CommandNotice } from './AppCommandsHost.tsx';
import { LiveBanner } from './LiveBanner.tsx';
import { UpdateBanner } from './UpdateBanner.tsx';
import { Toasts } from './Toasts.tsx';
import { startLiveUpdates, useLive } from './live-updates.ts';
import { clearOfflineErrorsWhenBack } from './offline-errors.ts';

/** The signed-in frame: top bar, navigation, and the current view. */
export function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  const account = useSessionStore((s) => s.session?.account);
  const view = useSessionStore((s) => s.view);
  const go = useSessionStore((s) => s.go);
  const signOut = useSessionStore((s) => s.signOut);
  const permissions = useSessionStore((s) => s.session?.permissions) ?? [];
  const canBuy = useCan('buy_licences');
  const cartCount = useCartCount();
  const loadCart = useCartStore((s) => s.loadCart);
  const mode = useSessionStore((s) => s.status?.mode);
  const version = useLive((s) => s.version);
  const refreshSession = useSessionStore((s) => s.refresh);
  const initiallyOnline = useSessionStore((s) => s.status?.store.online ?? true);
  useEffect(() => startLiveUpdates(initiallyOnline), [initiallyOnline]);
  useEffect(() => clearOfflineErrorsWhenBack(), []);
  useEffect(() => {
    if (canBuy) void loadCart();
  }, [canBuy, loadCart, me?.id, version]);
  // Another desktop may have changed this user's role, products or status: the session follows.
  useEffect(() => {
    if (version > 0) void refreshSession();
  }, [version, refreshSession]);

  const links = VIEWS.filter((v) => ROUTES[v].nav && mayOpen(v, permissions)).map((v) => ({
    view: v,
    label: t(ROUTES[v].nav!, v === 'cart' ? { count: cartCount } : undefined),
  }));
  const current: ViewName = ROUTES[view].parent ?? view;

  return (
    <div className="shell">
      <header className="topbar">
        <span className="brand">Account Admin</span>
        <span className="account" title={account?.name}>{account?.name}</span>
        <span className="spacer" />
        <PaletteButton />
        {mode === 'browser' && <span className="badge">{t('ui.app.browserModeShort')}</span>}
        <NotificationBell />
        <ThemeSelect />
        <span className="me" title={me ? `${me.firstName} ${me.lastName}` : undefined}>{me ? `${me.firstName} ${me.lastName}` : ''}</span>
        <button type="button" className="btn" onClick={() => void signOut()}>
          {t('ui.nav.signOut')}
        </button>
      </header>
      <nav className="nav" aria-label={t('ui.nav.label')}>
        {links.map((l) => (
            <a
              key={l.view}
              href={`#/${l.view}`}
              aria-current={current === l.view ? 'page' : undefined}
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
        <LiveBanner />
        <UpdateBanner />
        <CancelledBanner />
        <PaymentPending />
        <CommandNotice />
        {children}
      </main>
      <CommandPalette />
      <AppCommandsHost />
      <Toasts />
    </div>
  );
}
