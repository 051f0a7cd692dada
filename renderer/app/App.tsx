import { useEffect } from 'react';
import { ActivityView } from '../views/activity/ActivityView.tsx';
import { CartView } from '../views/cart/CartView.tsx';
import { MyAccountView } from '../views/my-account/MyAccountView.tsx';
import { PeopleView } from '../views/people/PeopleView.tsx';
import { SignInView } from '../views/sign-in/SignInView.tsx';
import { SubscriptionsView } from '../views/subscriptions/SubscriptionsView.tsx';
import { BillingInfoView } from '../views/billing-info/BillingInfoView.tsx';
import { ReactivationView } from '../views/reactivation/ReactivationView.tsx';
import { TransactionsView } from '../views/transactions/TransactionsView.tsx';
import { InvoiceView } from '../views/invoice/InvoiceView.tsx';
import { useCan } from './selectors.ts';
import { useSessionStore, type ViewName } from './session-store.ts';
import { Shell } from './Shell.tsx';

export function App() {
  const phase = useSessionStore((s) => s.phase);
  const view = useSessionStore((s) => s.view);
  const canSeePeople = useCan('manage_users');
  const canSeeBilling = useCan('view_billing');
  const canBill = useCan('billing');
  const boot = useSessionStore((s) => s.boot);
  const cancelled = useSessionStore((s) => s.session?.account.status === 'cancelled');
  useEffect(() => {
    void boot();
  }, [boot]);

  if (phase === 'loading') return null;
  if (phase === 'signed-out') return <SignInView />;
  if (cancelled) return <ReactivationView />;
  const allowed: Record<ViewName, boolean> = { 'my-account': true, people: canSeePeople, subscriptions: canSeeBilling, cart: canBill, activity: true, 'billing-info': canSeeBilling, transactions: canSeeBilling, invoice: canSeeBilling };
  const shown = allowed[view] ? view : 'my-account';
  return (
    <Shell>
      {shown === 'people' ? <PeopleView /> : shown === 'subscriptions' ? <SubscriptionsView /> : shown === 'cart' ? <CartView /> : shown === 'activity' ? <ActivityView /> : shown === 'billing-info' ? <BillingInfoView /> : shown === 'transactions' ? <TransactionsView /> : shown === 'invoice' ? <InvoiceView /> : <MyAccountView />}
    </Shell>
  );
}
