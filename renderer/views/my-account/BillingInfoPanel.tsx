import { useTranslation } from 'react-i18next';
import { Panel } from '../../components/Panel.tsx';
import { useSessionStore } from '../../app/session-store.ts';

/** Shown to billing contacts: the entry point to billing address, VAT, cards and invoices. */
export function BillingInfoPanel() {
  const { t } = useTranslation();
  const mode = useSessionStore((s) => s.session?.account.billingMode ?? 'self_service');
  return (
    <Panel title={t('ui.myAccount.billingInfo')}>
      {mode === 'offline' && <p className="banner banner-info">{t('ui.billing.offlineNotice')}</p>}
      {mode === 'corporate' && <p className="banner banner-info">{t('ui.billing.corporateNotice')}</p>}
      <p>{t('ui.myAccount.billingInfoIntro')}</p>
    </Panel>
  );
}
