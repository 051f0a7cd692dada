import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/selectors.ts';
import { useSessionStore } from '../../app/session-store.ts';
import { TextField } from '../../components/Field.tsx';
import { useErrorText } from '../../components/errors.ts';
import { useReactivationStore } from './store.ts';

const STEPS = ['sent', 'in_progress', 'done'] as const;

/**
 * A cancelled account's reactivation, inside the app: the password reactivates a trial account or
 * sends a paid account's request; a request already sent shows its state and may be withdrawn.
 */
export function ReactivationView() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const account = useSessionStore((s) => s.session?.account);
  const refresh = useSessionStore((s) => s.refresh);
  const go = useSessionStore((s) => s.go);
  const canBill = useCan('billing');
  const busy = useReactivationStore((s) => s.busy);
  const done = useReactivationStore((s) => s.done);
  const submit = useReactivationStore((s) => s.submit);
  const withdraw = useReactivationStore((s) => s.withdraw);
  const reset = useReactivationStore((s) => s.reset);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  // Support may have moved the request on since sign-in.
  useEffect(() => {
    void refresh();
    return reset;
  }, [refresh, reset]);

  if (!account) return null;
  const requestState = account.reactivationState;

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

  async function onWithdraw() {
    setError(undefined);
    const failure = await withdraw();
    if (failure) setError(errorText(failure));
  }

  if (account.status !== 'cancelled') {
    return (
      <section className="reactivation-view" aria-labelledby="reactivate-title">
        <h1 id="reactivate-title">{t('ui.reactivate.activeTitle')}</h1>
        <p role="status">{t(done === 'reactivated' ? 'ui.reactivate.reactivated' : 'ui.reactivate.notCancelled', { account: account.name })}</p>
        <button type="button" className="btn btn-primary" onClick={() => go('overview')}>
          {t('ui.reactivate.toOverview')}
        </button>
      </section>
    );
  }

  return (
    <section className="reactivation-view" aria-labelledby="reactivate-title">
      <h1 id="reactivate-title">{t('ui.reactivate.title')}</h1>
      <p>{t('ui.reactivate.intro', { account: account.name })}</p>
      {done === 'withdrawn' && <p className="banner banner-info" role="status">{t('ui.reactivate.withdrawn')}</p>}
      {requestState ? (
        <div className="panel">
          <div className="panel-body">
            <p className="strong">{t('ui.reactivate.requestedTitle')}</p>
            <p>{t('ui.reactivate.requested')}</p>
            <p className="muted small">{t('ui.reactivate.stateLabel')}</p>
            <ol className="steps" aria-label={t('ui.reactivate.stateLabel')}>
              {STEPS.map((step) => (
                <li key={step} aria-current={step === requestState ? 'step' : undefined}>
                  {t(`ui.reactivate.states.${step}`)}
                </li>
              ))}
            </ol>
            {error && <p className="banner banner-error" role="alert">{error}</p>}
            {canBill && requestState !== 'done' && (
              <div className="actions start">
                <button type="button" className="btn btn-danger-outline" disabled={busy} aria-busy={busy} onClick={() => void onWithdraw()}>
                  {t('ui.reactivate.withdraw')}
                </button>
              </div>
            )}
          </div>
        </div>
      ) : canBill ? (
        <form className="panel" onSubmit={(e) => void onSubmit(e)} noValidate>
          <div className="panel-body">
            <p>{t('ui.reactivate.passwordHint')}</p>
            <TextField label={t('ui.fields.password')} type="password" autoComplete="current-password" value={password} error={error} onChange={(e) => setPassword(e.target.value)} />
            <div className="actions start">
              <button type="submit" className="btn btn-primary" disabled={busy} aria-busy={busy}>
                {t('ui.reactivate.submit')}
              </button>
            </div>
          </div>
        </form>
      ) : null}
      {!canBill && <p className="banner banner-warn" role="note">{t('ui.reactivate.noRights')}</p>}
    </section>
  );
}
