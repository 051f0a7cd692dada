import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/selectors.ts';
import { BillingInfoPanel } from './BillingInfoPanel.tsx';
import { LoginInfoPanel } from './LoginInfoPanel.tsx';
import { PersonalInfoPanel } from './PersonalInfoPanel.tsx';
import { useMyAccountStore } from './store.ts';

export function MyAccountView() {
  const { t } = useTranslation();
  const notice = useMyAccountStore((s) => s.notice);
  const isBillingContact = useMe()?.billingContact ?? false;
  return (
    <>
      <h1>{t('ui.myAccount.title')}</h1>
      {notice && <div className="banner banner-info" role="status">{t(notice)}</div>}
      <LoginInfoPanel />
      <PersonalInfoPanel />
      {isBillingContact && <BillingInfoPanel />}
    </>
  );
}
