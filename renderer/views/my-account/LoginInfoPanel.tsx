import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/Field.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { Panel } from '../../components/Panel.tsx';
import { formatDateTime } from '../../app/format.ts';
import { useLanguage, useMe, useTimeZone } from '../../app/selectors.ts';
import { useMyAccountStore } from './store.ts';
import { useServerErrors } from './use-server-errors.ts';

const FIELDS = ['email', 'currentPassword', 'newPassword', 'confirmPassword'] as const;
type Values = { email: string; currentPassword: string; newPassword: string; confirmPassword: string };

export function LoginInfoPanel() {
  const { t } = useTranslation();
  const me = useMe()!;
  const language = useLanguage();
  const timeZone = useTimeZone();
  const editing = useMyAccountStore((s) => s.editing === 'login');
  const setEditing = useMyAccountStore((s) => s.setEditing);
  const save = useMyAccountStore((s) => s.saveLogin);
  const values: Values = { email: me.email, currentPassword: '', newPassword: '', confirmPassword: '' };
  const form = useForm<Values>({ values });
  const place = useServerErrors(form.setError, FIELDS);
  const [formError, setFormError] = useState<string | null>(null);
  const err = (name: (typeof FIELDS)[number]) => form.formState.errors[name]?.message;

  const submit = form.handleSubmit(async (input) => {
    setFormError(null);
    if (!input.currentPassword) {
      form.setError('currentPassword', { type: 'required', message: t('ui.myAccount.currentPasswordNeeded') });
      return;
    }
    const result = await save(input);
    if (!result.ok) setFormError(place(result.error));
  });

  return (
    <Panel title={t('ui.myAccount.loginInfo')} editing={editing} onEdit={() => setEditing('login')}>
      {!editing ? (
        <dl className="facts">
          <dt>{t('ui.fields.email')}</dt>
          <dd>{me.email}</dd>
          <dt>{t('ui.fields.password')}</dt>
          <dd>
            ••••••••••••{' '}
            <span className="muted">
              {me.passwordChangedAt ? t('ui.myAccount.passwordChanged', { when: formatDateTime(me.passwordChangedAt, language, timeZone) }) : ''}
            </span>
          </dd>
        </dl>
      ) : (
        <form onSubmit={submit} noValidate>
          {formError && <div className="banner banner-error" role="alert">{formError}</div>}
          <div className="form-grid">
            <TextField className="wide" label={t('ui.fields.email')} type="email" autoComplete="email" error={err('email')} {...form.register('email')} />
            <TextField className="wide" label={t('ui.fields.currentPassword')} type="password" autoComplete="current-password" error={err('currentPassword')} hint={t('ui.myAccount.currentPasswordHint')} {...form.register('currentPassword')} />
            <TextField label={t('ui.fields.newPassword')} type="password" autoComplete="new-password" error={err('newPassword')} hint={t('ui.myAccount.passwordPolicy')} {...form.register('newPassword')} />
            <TextField label={t('ui.fields.confirmPassword')} type="password" autoComplete="new-password" error={err('confirmPassword')} {...form.register('confirmPassword')} />
          </div>
          <FormActions busy={form.formState.isSubmitting} onCancel={() => { form.reset(values); setEditing(null); }} />
        </form>
      )}
    </Panel>
  );
}
