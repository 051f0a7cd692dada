import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../../app/session-store.ts';
import { TwoStepPanel } from '../my-account/TwoStepPanel.tsx';

/** The account's policy asks this administrator for two-step sign-in: they set it up before anything else. */
export function EnrolTwoStep() {
  const { t } = useTranslation();
  const signOut = useSessionStore((s) => s.signOut);
  return (
    <main className="signin">
      <div className="enrol-two-step">
        <h1>{t('access.twoStep.ui.enrolTitle')}</h1>
        <p className="banner banner-info" role="status">
          {t('access.twoStep.ui.enrolRequired')}
        </p>
        <TwoStepPanel />
        <p className="signin-links">
          <button type="button" className="btn-link" onClick={() => void signOut()}>
            {t('access.twoStep.ui.signOut')}
          </button>
        </p>
      </div>
    </main>
  );
}
