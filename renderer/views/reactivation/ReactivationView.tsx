import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/selectors.ts';
import { useSessionStore } from '../../app/session-store.ts';
import { TextField } from '../../components/Field.tsx';
import { useErrorText } from '../../components/errors.ts';
import { useReactivationStore } from './store.ts';

const STEPS = ['sent', 'in_progress', 'done'] as const;

/** Instead of the app, for a cancelled account: reactivate with the password, or follow the request. */
export function ReactivationView() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const accountName = useSessionStore((s) => s.session?.account.name ?? '');
  const signOut = useSessionStore((s) => s.signOut);
  const canBill = useCan('billing');
  const requestState = useReactivationStore((s) => s.requestState);
  const busy = useReactivationStore((s) => s.busy);
  const submit = useReactivationStore((s) => s.submit);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    if (!password) {
      setError(t('ui.reactivate.passwordRequired'));
      return;
    }
    const failure = await submit(password);
    setPassword('');
    if (failure) setError(errorText(failure.fields?.password ?? failure));
  }

  return (
    <main className="signin">
      <section className="signin-card reactivation" aria-labelledby="reactivate-title">
        <h1 id="reactivate-title">{t('ui.reactivate.title')}</h1>
        <p>{t('ui.reactivate.intro', { account: accountName })}</p>
        {requestState && (
          <div className="banner banner-info" role="status">
            <p className="strong">{t('ui.reactivate.requestedTitle')}</p>
            <p>{t('ui.reactivate.requested')}</p>
            <p>{t('ui.reactivate.stateLabel')}</p>
            <ol className="steps" aria-label={t('ui.reactivate.stateLabel')}>
              {STEPS.map((step) => (
                <li key={step} aria-current={step === requestState ? 'step' : undefined}>
                  {t(`ui.reactivate.states.${step}`)}
                </li>
              ))}
            </ol>
          </div>
        )}
        {canBill ? (
          <form onSubmit={(e) => void onSubmit(e)} noValidate>
            <p className={requestState ? 'muted small' : undefined}>{t(requestState ? 'ui.reactivate.checkHint' : 'ui.reactivate.passwordHint')}</p>
            <TextField label={t('ui.fields.password')} type="password" autoComplete="current-password" value={password} error={error} onChange={(e) => setPassword(e.target.value)} />
            <button type="submit" className="btn btn-primary" disabled={busy} aria-busy={busy}>
              {t(requestState ? 'ui.reactivate.check' : 'ui.reactivate.submit')}
            </button>
          </form>
        ) : (
          <p className="banner banner-warn" role="note">{t('ui.reactivate.noRights')}</p>
        )}
        <div className="actions start">
          <button type="button" className="btn-link" onClick={() => void signOut()}>
            {t('ui.nav.signOut')}
          </button>
        </div>
      </section>
    </main>
  );
}
