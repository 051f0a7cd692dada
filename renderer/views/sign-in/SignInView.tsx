import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/Field.tsx';
import { useErrorText } from '../../components/errors.ts';
import { StoreProblems } from '../../app/StoreProblems.tsx';
import { useSessionStore } from '../../app/session-store.ts';
import { CodeSignIn } from './CodeSignIn.tsx';
import { ForgotPassword } from './ForgotPassword.tsx';
import { SecondStep } from './SecondStep.tsx';

type Mode = 'signIn' | 'invitation' | 'forgot' | 'reset';

export function SignInView() {
  const { t } = useTranslation();
  const signIn = useSessionStore((s) => s.signIn);
  const error = useSessionStore((s) => s.signInError);
  const busy = useSessionStore((s) => s.signingIn);
  const hostMode = useSessionStore((s) => s.status?.mode);
  const secondStep = useSessionStore((s) => s.secondStep);
  const errorText = useErrorText();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [mode, setMode] = useState<Mode>('signIn');
  const back = () => setMode('signIn');

  function submit(event: FormEvent) {
    event.preventDefault();
    void signIn(email, password);
  }

  return (
    <main className="signin">
      <div>
        <StoreProblems />
        {secondStep ? (
          <SecondStep />
        ) : mode === 'invitation' || mode === 'reset' ? (
          <CodeSignIn key={mode} kind={mode} email={email} onBack={back} />
        ) : mode === 'forgot' ? (
          <ForgotPassword
            email={email}
            onHaveCode={(typed) => {
              setEmail(typed);
              setMode('reset');
            }}
            onBack={back}
          />
        ) : (
          <form className="signin-card" onSubmit={submit} aria-labelledby="signin-title">
            <h1 id="signin-title">{t('ui.signIn.title')}</h1>
            <p className="muted">{t('ui.signIn.subtitle')}</p>
            {error && <div className="banner banner-error" role="alert">{errorText(error)}</div>}
            <TextField label={t('ui.fields.email')} type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />
            <TextField label={t('ui.fields.password')} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
            <button className="btn btn-primary" type="submit" disabled={busy}>
              {t('ui.signIn.submit')}
            </button>
            <p className="signin-links">
              <button type="button" className="btn-link" onClick={() => setMode('forgot')}>
                {t('access.ui.signIn.forgot')}
              </button>
              <button type="button" className="btn-link" onClick={() => setMode('invitation')}>
                {t('access.ui.signIn.haveInvitation')}
              </button>
            </p>
            {hostMode === 'browser' && <p className="mode">{t('ui.app.browserMode')}</p>}
          </form>
        )}
      </div>
    </main>
  );
}
