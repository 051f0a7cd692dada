import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../app/i18n.ts';
import { useCan, useLanguage } from '../../app/selectors.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import { Modal } from '../../components/Modal.tsx';
import { useServerErrors } from '../my-account/use-server-errors.ts';
import { fromChoice, RoleSelect } from './RoleSelect.tsx';
import { usePeopleStore } from './store.ts';

const FIELDS = ['firstName', 'lastName', 'email', 'language'] as const;
type Values = { firstName: string; lastName: string; email: string; role: string; billingContact: boolean; language: Language };

/** Add a user: name, email, language; role and billing flag only for a super administrator (SPEC §1). */
export function AddUserDialog() {
  const { t } = useTranslation();
  const create = usePeopleStore((s) => s.create);
  const close = usePeopleStore((s) => s.closeDialog);
  const managesRoles = useCan('manage_roles');
  const language = useLanguage();
  const form = useForm<Values>({ defaultValues: { firstName: '', lastName: '', email: '', role: 'user', billingContact: false, language } });
  const place = useServerErrors(form.setError, FIELDS);
  const [formError, setFormError] = useState<string | null>(null);
  const titleId = useId();
  const noteId = useId();
  const err = (name: keyof Values) => form.formState.errors[name]?.message;
  const required = { required: t('errors.field.required') };

  const submit = form.handleSubmit(async ({ role, billingContact, ...details }) => {
    setFormError(null);
    const choice = managesRoles ? fromChoice(role) : { role: 'user' as const };
    const result = await create({ ...details, ...choice, billingContact: managesRoles && billingContact });
    if (!result.ok) setFormError(place(result.error));
  });

  return (
    <Modal labelledBy={titleId} describedBy={noteId} onClose={() => close(false)} className="people-dialog">
      <h2 id={titleId}>{t('people.ui.add.title')}</h2>
      <p id={noteId} className="muted">
        {t('people.ui.add.noPassword')}
      </p>
      <form onSubmit={submit} noValidate>
        {formError && <div className="banner banner-error" role="alert">{formError}</div>}
        <div className="form-grid">
          <TextField label={t('ui.fields.firstName')} autoComplete="off" error={err('firstName')} {...form.register('firstName', required)} />
          <TextField label={t('ui.fields.lastName')} autoComplete="off" error={err('lastName')} {...form.register('lastName', required)} />
          <TextField className="wide" label={t('ui.fields.email')} type="email" autoComplete="off" error={err('email')} {...form.register('email', required)} />
          <SelectField label={t('ui.fields.language')} {...form.register('language')}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`ui.languages.${l}`)}
              </option>
            ))}
          </SelectField>
          {managesRoles && <RoleSelect error={err('role')} {...form.register('role')} />}
          {managesRoles && (
            <label className="check wide">
              <input type="checkbox" {...form.register('billingContact')} />
              {t('ui.people.billingContact')}
            </label>
          )}
        </div>
        {!managesRoles && (
          <p className="banner banner-info note" role="note">
            {t('people.ui.add.plainUserOnly')}
          </p>
        )}
        <div className="actions">
          <button type="button" className="btn" onClick={() => close(false)}>
            {t('ui.common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={form.formState.isSubmitting}>
            {t('people.ui.add.submit')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
