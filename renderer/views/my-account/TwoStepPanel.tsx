import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../core/contract.ts';
import { TextField } from '../../components/Field.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useErrorText, useFieldErrors } from '../../components/errors.ts';
import { formatDateTime } from '../../app/format.ts';
import { useLanguage, useMustEnrolTwoStep, useTimeZone } from '../../app/selectors.ts';
import { RecoveryCodes } from './RecoveryCodes.tsx';
import { useTwoStepStore } from './two-step-store.ts';

/** A form asking one code from the authenticator app (to turn on, turn off, renew the recovery codes). */
function CodeForm({ hint, submitLabel, onSubmit, onCancel }: { hint?: string; submitLabel: string; onSubmit: (code: string) => Promise<AppError | null>; onCancel: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const fieldErrors = useFieldErrors();
  const [code, setCode] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const fields = fieldErrors(error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(await onSubmit(code));
    setBusy(false);
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      {error && !fields.code && <div className="banner banner-error" role="alert">{errorText(error)}</div>}
      {hint && <p>{hint}</p>}
      <div className="panel-fields">
        <TextField label={t('access.twoStep.ui.code')} autoComplete="one-time-code" inputMode="numeric" spellCheck={false} value={code} onChange={(e) => setCode(e.target.value)} error={fields.code} />
      </div>
      <div className="actions">
        <button type="button" className="btn" onClick={onCancel}>
          {t('access.twoStep.ui.cancel')}
        </button>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

/** The key as a QR code and as text, then the first code that turns two-step sign-in on. */
function Enrolment() {
  const { t } = useTranslation();
  const enrolment = useTwoStepStore((s) => s.enrolment);
  const confirm = useTwoStepStore((s) => s.confirm);
  const close = useTwoStepStore((s) => s.close);
  if (!enrolment) return null;
  return (
    <>
      <p>{t('access.twoStep.ui.scan')}</p>
      <div className="two-step-enrol">
        <img className="two-step-qr" src={enrolment.qr} alt={t('access.twoStep.ui.qrAlt')} width={200} height={200} />
        <dl className="two-step-key">
          <dt>{t('access.twoStep.ui.key')}</dt>
          <dd>
            <code>{enrolment.keyGrouped}</code>
          </dd>
        </dl>
      </div>
      <CodeForm submitLabel={t('access.twoStep.ui.turnOn')} onSubmit={confirm} onCancel={close} />
    </>
  );
}

/** My Account > Two-step sign-in: off (set up), setting up, the recovery codes once, or on (renew codes, turn off). */
export function TwoStepPanel() {
  const { t } = useTranslation();
  const language = useLanguage();
  const timeZone = useTimeZone();
  // Held in the enrolment by the account's policy: the screen's banner already says it is required.
  const held = useMustEnrolTwoStep();
  const errorText = useErrorText();
  const { status, mode, recoveryCodes, load, begin, disable, regenerate, ask, close } = useTwoStepStore();
  const [error, setError] = useState<AppError | null>(null);
  useEffect(() => {
    void load();
    // Leaving My Account forgets a key or codes on screen.
    return () => useTwoStepStore.getState().close();
  }, [load]);
  if (!status) return null;

  let body;
  if (mode === 'enrolling') body = <Enrolment />;
  else if (mode === 'codes' && recoveryCodes) body = <RecoveryCodes codes={recoveryCodes} onDone={close} />;
  else if (mode === 'disable') body = <CodeForm hint={t('access.twoStep.ui.turnOffHint')} submitLabel={t('access.twoStep.ui.turnOff')} onSubmit={disable} onCancel={close} />;
  else if (mode === 'regenerate') body = <CodeForm hint={t('access.twoStep.ui.regenerateHint')} submitLabel={t('access.twoStep.ui.regenerate')} onSubmit={regenerate} onCancel={close} />;
  else if (!status.enrolled)
    body = (
      <>
        {error && <div className="banner banner-error" role="alert">{errorText(error)}</div>}
        <p>{t('access.twoStep.ui.offIntro')}</p>
        {status.required && !held && <p className="muted">{t('access.twoStep.ui.required')}</p>}
        <div className="actions">
          <button type="button" className="btn btn-primary" onClick={() => void begin().then(setError)}>
            {t('access.twoStep.ui.setUp')}
          </button>
        </div>
      </>
    );
  else
    body = (
      <>
        <p>
          {t('access.twoStep.ui.onSince', { date: formatDateTime(status.enrolledAt ?? '', language, timeZone) })} · {t('access.twoStep.ui.recoveryLeft', { count: status.recoveryCodesLeft })}
        </p>
        {status.required && <p className="muted">{t('access.twoStep.ui.required')}</p>}
        <div className="actions">
          <button type="button" className="btn" onClick={() => ask('regenerate')}>
            {t('access.twoStep.ui.regenerate')}
          </button>
          {!status.required && (
            <button type="button" className="btn" onClick={() => ask('disable')}>
              {t('access.twoStep.ui.turnOff')}
            </button>
          )}
        </div>
      </>
    );
  return <Panel title={t('access.twoStep.ui.title')}>{body}</Panel>;
}
