import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/Field.tsx';
import { useErrorText } from '../../components/errors.ts';
import { StoreProblems } from '../../app/StoreProblems.tsx';
import { useSessionStore } from '../../app/session-store.ts';

export function SignInView() {
  const { t } = useTranslation();
  const signIn = useSessionStore((s) => s.signIn);
  const error = useSessionStore((s) => s.signInError);
  const busy = useSessionStore((s) => s.signingIn);
  const mode = useSessionStore((s) => s.status?.mode);
  const errorText = useErrorText();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    void signIn(email, password);
  }

  return (
    <main className="signin">
      <div>
        <StoreProblems />
        <form className="signin-card" onSubmit={submit} aria-labelledby="signin-title">
          <h1 id="signin-title">{t('ui.signIn.title')}</h1>
          <p className="muted">{t('ui.signIn.subtitle')}</p>
          {error && <div className="banner banner-error" role="alert">{errorText(error)}</div>}
          <TextField label={t('ui.fields.email')} type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />
          <TextField label={t('ui.fields.password')} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
          <button className="btn btn-primary" type="submit" disabled={busy}>
            {t('ui.signIn.submit')}
          </button>
          {mode === 'browser' && <p className="mode">{t('ui.app.browserMode')}</p>}
        </form>
      </div>
    </main>
  );
}
