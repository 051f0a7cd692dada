import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../core/contract.ts';
import { Panel } from '../../components/Panel.tsx';
import { useErrorText } from '../../components/errors.ts';
import { useTwoStepStore } from './two-step-store.ts';

/** Super administrators: the account's sign-in rule, saved as soon as it is switched. */
export function AccountSecurityPanel() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const id = useId();
  const security = useTwoStepStore((s) => s.security);
  const loadSecurity = useTwoStepStore((s) => s.loadSecurity);
  const setSecurity = useTwoStepStore((s) => s.setSecurity);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void loadSecurity();
  }, [loadSecurity]);
  if (!security) return null;

  async function toggle(on: boolean) {
    setBusy(true);
    setError(await setSecurity(on));
    setBusy(false);
  }

  return (
    <Panel title={t('access.twoStep.ui.securityTitle')}>
      {error && <div className="banner banner-error" role="alert">{errorText(error)}</div>}
      <label className="check">
        <input type="checkbox" role="switch" checked={security.requireTwoStepForAdmins} disabled={busy} aria-describedby={`${id}-hint`} onChange={(e) => void toggle(e.target.checked)} />{' '}
        {t('access.twoStep.ui.requireAdmins')}
      </label>
      <p id={`${id}-hint`} className="muted">
        {t('access.twoStep.ui.requireHint')}
      </p>
    </Panel>
  );
}
