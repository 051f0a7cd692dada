import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../core/contract.ts';
import { TextField } from '../../components/Field.tsx';
import { useErrorText, useFieldErrors } from '../../components/errors.ts';
import { useSessionStore } from '../../app/session-store.ts';

/** Two-step sign-in's second step: the code the authenticator app shows, or one of the recovery codes. */
export function SecondStep() {
  const { t } = useTranslation();
  const complete = useSessionStore((s) => s.completeSecondStep);
  const cancel = useSessionStore((s) => s.cancelSecondStep);
  const errorText = useErrorText();
  const fieldErrors = useFieldErrors();
  const [kind, setKind] = useState<'code' | 'recovery'>('code');
  const [code, setCode] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const fields = fieldErrors(error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(await complete(code, kind));
    setBusy(false);
  }

  function switchKind() {
    setKind(kind === 'code' ? 'recovery' : 'code');
    setCode('');
    setError(null);
  }

  // A wait (throttled) is not about the field: the banner says it.
  const banner = error && !fields.code ? errorText(error) : undefined;
  return (
    <form className="signin-card" onSubmit={(e) => void submit(e)} aria-labelledby="signin-title">
      <h1 id="signin-title">{t('access.twoStep.ui.title')}</h1>
      <p className="muted">{t(kind === 'code' ? 'access.twoStep.ui.secondSubtitle' : 'access.twoStep.ui.recoverySubtitle')}</p>
      {banner && <div className="banner banner-error" role="alert">{banner}</div>}
      <TextField
        key={kind}
        label={t(kind === 'code' ? 'access.twoStep.ui.code' : 'access.twoStep.ui.recoveryCode')}
        autoComplete="one-time-code"
        inputMode={kind === 'code' ? 'numeric' : 'text'}
        spellCheck={false}
        value={code}
        onChange={(e) => setCode(e.target.value)}
        error={fields.code}
        required
      />
      <button className="btn btn-primary" type="submit" disabled={busy}>
        {t('access.twoStep.ui.verify')}
      </button>
      <p className="signin-links">
        <button type="button" className="btn-link" onClick={switchKind}>
          {t(kind === 'code' ? 'access.twoStep.ui.useRecovery' : 'access.twoStep.ui.useApp')}
        </button>
        <button type="button" className="btn-link" onClick={cancel}>
          {t('access.twoStep.ui.back')}
        </button>
      </p>
    </form>
  );
}
