import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../core/contract.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import { useErrorText } from '../../components/errors.ts';
import { Modal } from '../../components/Modal.tsx';
import { useBillingInfoStore } from './store.ts';

type Reason = InputOf<'account.cancel'>['reason'];
const REASONS: Reason[] = ['too_expensive', 'missing_features', 'switching', 'not_using', 'other'];
type Values = { reason: Reason | ''; details: string; password: string };

/** Confirms the cancellation: why, in the admin's words, and their password; says what stops and what stays. */
export function CancelAccountDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const cancelAccount = useBillingInfoStore((s) => s.cancelAccount);
  const form = useForm<Values>({ defaultValues: { reason: '', details: '', password: '' } });
  const [formError, setFormError] = useState<string | null>(null);
  const titleId = useId();
  const introId = useId();
  const detailsId = useId();
  const err = (name: keyof Values) => form.formState.errors[name]?.message;

  const submit = form.handleSubmit(async ({ reason, details, password }) => {
    setFormError(null);
    if (!reason) return;
    const error = await cancelAccount({ reason, details, password });
    if (!error) return;
    const passwordError = error.fields?.password;
    if (passwordError) form.setError('password', { type: 'server', message: errorText(passwordError) ?? '' });
    else setFormError(errorText(error) ?? null);
  });

  return (
    <Modal labelledBy={titleId} describedBy={introId} onClose={onClose} className="cancel-dialog">
      <h2 id={titleId}>{t('ui.cancel.title')}</h2>
      <div id={introId}>
        <p>{t('ui.cancel.intro')}</p>
        <ul className="consequences">
          <li>{t('ui.cancel.stopsRenewing')}</li>
          <li>{t('ui.cancel.dataStays')}</li>
          <li>{t('ui.cancel.reactivation')}</li>
        </ul>
      </div>
      <form onSubmit={submit} noValidate>
        {formError && <div className="banner banner-error" role="alert">{formError}</div>}
        <div className="form-grid one-column">
          <SelectField label={t('ui.cancel.reason')} error={err('reason')} {...form.register('reason', { required: t('ui.cancel.reasonRequired') })}>
            <option value="">{t('ui.cancel.chooseReason')}</option>
            {REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`ui.cancel.reasons.${r}`)}
              </option>
            ))}
          </SelectField>
          <div className="field">
            <label htmlFor={detailsId}>{t('ui.cancel.details')}</label>
            <textarea id={detailsId} rows={3} maxLength={2000} {...form.register('details')} />
          </div>
          <TextField label={t('ui.cancel.password')} type="password" autoComplete="current-password" error={err('password')} {...form.register('password', { required: t('ui.cancel.passwordRequired') })} />
        </div>
        <div className="actions">
          <button type="button" className="btn" onClick={onClose}>
            {t('ui.cancel.keep')}
          </button>
          <button type="submit" className="btn btn-danger" disabled={form.formState.isSubmitting} aria-busy={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? t('ui.cancel.cancelling') : t('ui.cancel.confirm')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
