import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Panel } from '../../components/Panel.tsx';
import { useCan } from '../../app/selectors.ts';
import { useSessionStore } from '../../app/session-store.ts';
import { CancelAccountDialog } from '../billing-info/CancelAccountDialog.tsx';

/** Shown to billing contacts: the entry point to billing address, VAT, cards and invoices; and Cancel account. */
export function BillingInfoPanel() {
  const { t } = useTranslation();
  const mode = useSessionStore((s) => s.session?.account.billingMode ?? 'self_service');
  const go = useSessionStore((s) => s.go);
  const canSeeBilling = useCan('view_billing');
  const canBill = useCan('billing');
  const [cancelling, setCancelling] = useState(false);
  return (
    <Panel title={t('ui.myAccount.billingInfo')}>
      {mode === 'offline' && <p className="banner banner-info">{t('ui.billing.offlineNotice')}</p>}
      {mode === 'corporate' && <p className="banner banner-info">{t('ui.billing.corporateNotice')}</p>}
      <p>{t('ui.myAccount.billingInfoIntro')}</p>
      <div className="actions start">
        {canSeeBilling && (
          <button type="button" className="btn" onClick={() => go('billing-info')}>
            {t('ui.billingInfo.open')}
          </button>
        )}
        {canBill && mode === 'self_service' && (
          <button type="button" className="btn btn-danger-outline" onClick={() => setCancelling(true)}>
            {t('ui.cancel.action')}
          </button>
        )}
      </div>
      {cancelling && <CancelAccountDialog onClose={() => setCancelling(false)} />}
    </Panel>
  );
}
