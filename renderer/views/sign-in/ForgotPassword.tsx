import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../core/contract.ts';
import { api } from '../../app/api.ts';
import { TextField } from '../../components/Field.tsx';
import { useErrorText } from '../../components/errors.ts';

/** "Forgot password?": asks for a reset code by email. The answer is the same whether or not the email has an account. */
export function ForgotPassword({ email: initialEmail, onHaveCode, onBack }: { email: string; onHaveCode: (email: string) => void; onBack: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [email, setEmail] = useState(initialEmail);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await api()['auth.requestPasswordReset']({ email });
    setBusy(false);
    setError(result.ok ? null : result.error);
    setSent(result.ok);
  }

  return (
    <form className="signin-card" onSubmit={(e) => void submit(e)} aria-labelledby="signin-title">
      <h1 id="signin-title">{t('access.ui.signIn.forgotTitle')}</h1>
      <p className="muted">{t('access.ui.signIn.forgotSubtitle')}</p>
      {error && <div className="banner banner-error" role="alert">{errorText(error)}</div>}
      {sent && <div className="banner banner-info" role="status">{t('access.ui.signIn.sent')}</div>}
      <TextField label={t('ui.fields.email')} type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />
      <button className="btn btn-primary" type="submit" disabled={busy}>
        {t('access.ui.signIn.sendCode')}
      </button>
      <p className="signin-links">
        <button type="button" className="btn-link" onClick={() => onHaveCode(email)}>
          {t('access.ui.signIn.haveResetCode')}
        </button>
        <button type="button" className="btn-link" onClick={onBack}>
          {t('access.ui.signIn.back')}
        </button>
      </p>
    </form>
  );
}
