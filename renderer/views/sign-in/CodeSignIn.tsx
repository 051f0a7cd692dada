import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../core/contract.ts';
import { TextField } from '../../components/Field.tsx';
import { useErrorText, useFieldErrors } from '../../components/errors.ts';
import { useSessionStore } from '../../app/session-store.ts';

/** The password policy's minimum (core/auth/password-policy.ts), for the hint; the core checks it. */
const MIN_PASSWORD_LENGTH = 12;

/** Signing in with a one-time code: an invitation's (first sign-in) or a reset's; either way a new password. */
export function CodeSignIn({ kind, email: initialEmail, onBack }: { kind: 'invitation' | 'reset'; email: string; onBack: () => void }) {
  const { t } = useTranslation();
  const signInWithCode = useSessionStore((s) => s.signInWithCode);
  const errorText = useErrorText();
  const fieldErrors = useFieldErrors();
  const [email, setEmail] = useState(initialEmail);
  const [code, setCode] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmPassword, setConfirmPassword] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const fields = fieldErrors(error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(await signInWithCode(kind === 'invitation' ? 'auth.acceptInvitation' : 'auth.resetPassword', { email, code, newPassword, confirmPassword }));
    setBusy(false);
  }

  const title = kind === 'invitation' ? 'invitationTitle' : 'resetTitle';
  // The banner says what the form fields do not: an expired code, a wait, anything not tied to one field.
  const banner = error && !(error.fields && Object.keys(error.fields).length && error.key === 'errors.invalidInput') ? errorText(error) : undefined;
  return (
    <form className="signin-card" onSubmit={(e) => void submit(e)} aria-labelledby="signin-title">
      <h1 id="signin-title">{t(`access.ui.signIn.${title}`)}</h1>
      <p className="muted">{t(kind === 'invitation' ? 'access.ui.signIn.invitationSubtitle' : 'access.ui.signIn.resetSubtitle')}</p>
      {banner && <div className="banner banner-error" role="alert">{banner}</div>}
      <TextField label={t('ui.fields.email')} type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />
      <TextField label={t('access.ui.signIn.code')} autoComplete="one-time-code" spellCheck={false} value={code} onChange={(e) => setCode(e.target.value)} error={error?.key === 'access.errors.codeRefused' ? undefined : fields.code} required />
      <TextField label={t('access.ui.signIn.newPassword')} type="password" autoComplete="new-password" value={newPassword} onChange={(e) => setNewPassword(e.target.value)} error={fields.newPassword} hint={t('access.ui.signIn.passwordHint', { min: MIN_PASSWORD_LENGTH })} required />
      <TextField label={t('access.ui.signIn.confirmPassword')} type="password" autoComplete="new-password" value={confirmPassword} onChange={(e) => setConfirmPassword(e.target.value)} error={fields.confirmPassword} required />
      <button className="btn btn-primary" type="submit" disabled={busy}>
        {t('access.ui.signIn.submitCode')}
      </button>
      <p className="signin-links">
        <button type="button" className="btn-link" onClick={onBack}>
          {t('access.ui.signIn.back')}
        </button>
      </p>
    </form>
  );
}
