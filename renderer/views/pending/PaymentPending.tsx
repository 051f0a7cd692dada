import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan, useMe } from '../../app/selectors.ts';
import { useSessionStore } from '../../app/session-store.ts';
import { useFormatters } from '../../app/use-formatters.ts';
import { PendingDialog } from './PendingDialog.tsx';
import { usePendingStore } from './store.ts';

/**
 * In the shell: after sign-in, billing contacts with pending charges get the dialog (and, once paid,
 * the confirmation); anyone else, while the account is past due, a banner naming who can settle it.
 */
export function PaymentPending() {
  const { t } = useTranslation();
  const f = useFormatters();
  const meId = useMe()?.id;
  const canBill = useCan('billing');
  const pastDue = useSessionStore((s) => s.session?.account.status === 'past_due');
  // A cancelled account pays nothing until reactivated: its banner says so (CancelledBanner).
  const cancelled = useSessionStore((s) => s.session?.account.status === 'cancelled');
  const open = usePendingStore((s) => s.open);
  const paid = usePendingStore((s) => s.paid);
  const checkOnce = usePendingStore((s) => s.checkOnce);
  const dismissPaid = usePendingStore((s) => s.dismissPaid);
  useEffect(() => {
    if (canBill && meId && !cancelled) void checkOnce(meId);
  }, [canBill, meId, cancelled, checkOnce]);

  if (!canBill) {
    return pastDue ? <p className="banner banner-warn" role="alert">{t('ui.pending.bannerContact')}</p> : null;
  }
  return (
    <>
      {paid && (
        <div className="banner banner-info notice" role="status">
          <span>{t('ui.pending.success', { amount: f.money(paid.amount, paid.currency) })}</span>
          <button type="button" className="btn" onClick={dismissPaid}>
            {t('ui.pending.dismiss')}
          </button>
        </div>
      )}
      {open && <PendingDialog />}
    </>
  );
}
