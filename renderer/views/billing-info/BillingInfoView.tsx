import { useReload } from '../../app/live-updates.ts';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/selectors.ts';
import { useSessionStore } from '../../app/session-store.ts';
import { useErrorText } from '../../components/errors.ts';
import { usePendingStore } from '../pending/store.ts';
import { AddressPanel } from './AddressPanel.tsx';
import { CardsPanel } from './CardsPanel.tsx';
import { InvoiceSettingsPanel } from './InvoiceSettingsPanel.tsx';
import { useBillingMode } from './selectors.ts';
import { useBillingInfoStore } from './store.ts';

/** Billing address, VAT number and tax treatment, what invoices carry and who receives them, and the cards on file (SPEC §3). */
export function BillingInfoView() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const load = useBillingInfoStore((s) => s.load);
  const details = useBillingInfoStore((s) => s.details);
  const loaded = useBillingInfoStore((s) => s.loaded);
  const error = useBillingInfoStore((s) => s.error);
  const notice = useBillingInfoStore((s) => s.notice);
  const mode = useBillingMode();
  const canBill = useCan('billing');
  const pastDue = useSessionStore((s) => s.session?.account.status === 'past_due');
  const reviewPending = usePendingStore((s) => s.check);
  useReload(load);

  return (
    <div className="billing-view">
      <h1>{t('ui.billingInfo.title')}</h1>
      {error && <div className="banner banner-error" role="alert">{errorText(error)}</div>}
      {notice && <div className="banner banner-info" role="status">{t(notice.key, notice.params ?? {})}</div>}
      {mode === 'offline' && <p className="banner banner-info" role="note">{t('ui.billing.offlineNotice')}</p>}
      {mode === 'corporate' && <p className="banner banner-info" role="note">{t('ui.billing.corporateNotice')}</p>}
      {pastDue && canBill && (
        <div className="banner banner-warn notice" role="note">
          <span>{t('ui.pending.bannerBilling')}</span>
          <button type="button" className="btn" onClick={() => void reviewPending()}>
            {t('ui.pending.review')}
          </button>
        </div>
      )}
      {!loaded && <p className="muted">{t('ui.billingInfo.loading')}</p>}
      {details && <AddressPanel details={details} />}
      {details && <InvoiceSettingsPanel />}
      {loaded && mode === 'self_service' && <CardsPanel />}
      {loaded && mode === 'self_service' && !canBill && <p className="muted note">{t('ui.billingInfo.readOnly')}</p>}
    </div>
  );
}
