import { useTranslation } from 'react-i18next';
import { useCan, useMe } from '../../app/selectors.ts';
import { AccountSecurityPanel } from './AccountSecurityPanel.tsx';
import { TwoStepPanel } from './TwoStepPanel.tsx';
import { BillingInfoPanel } from './BillingInfoPanel.tsx';
import { LoginInfoPanel } from './LoginInfoPanel.tsx';
import { PersonalInfoPanel } from './PersonalInfoPanel.tsx';
import { useMyAccountStore } from './store.ts';

export function MyAccountView() {
  const { t } = useTranslation();
  const notice = useMyAccountStore((s) => s.notice);
  const isBillingContact = useMe()?.billingContact ?? false;
  const setsSecurity = useCan('manage_roles');
  return (
    <>
      <h1>{t('ui.myAccount.title')}</h1>
      {notice && <div className="banner banner-info" role="status">{t(notice)}</div>}
      <LoginInfoPanel />
      <TwoStepPanel />
      <PersonalInfoPanel />
      {setsSecurity && <AccountSecurityPanel />}
      {isBillingContact && <BillingInfoPanel />}
    </>
  );
}
