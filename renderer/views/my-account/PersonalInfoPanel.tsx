import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../components/Field.tsx';
import { TimeZoneField } from '../../components/TimeZoneField.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { Panel } from '../../components/Panel.tsx';
import { now } from '../../app/clock.ts';
import { localeTag } from '../../app/format.ts';
import { LANGUAGES } from '../../app/i18n.ts';
import { timeZoneOption } from '../../app/time-zones.ts';
import { useMe } from '../../app/selectors.ts';
import { useSessionStore } from '../../app/session-store.ts';
import { useMyAccountStore } from './store.ts';
import { useServerErrors } from './use-server-errors.ts';

const FIELDS = ['firstName', 'lastName', 'phone', 'language', 'timeZone'] as const;
const NO_ZONES: readonly string[] = [];
type Values = { firstName: string; lastName: string; phone: string; language: (typeof LANGUAGES)[number]; timeZone: string };

export function PersonalInfoPanel() {
  const { t } = useTranslation();
  const me = useMe()!;
  const editing = useMyAccountStore((s) => s.editing === 'personal');
  const setEditing = useMyAccountStore((s) => s.setEditing);
  const save = useMyAccountStore((s) => s.savePersonal);
  const zones = useSessionStore((s) => s.status?.timeZones ?? NO_ZONES);
  const values: Values = { firstName: me.firstName, lastName: me.lastName, phone: me.phone, language: me.language, timeZone: me.timeZone };
  const form = useForm<Values>({ values });
  const place = useServerErrors(form.setError, FIELDS);
  const [formError, setFormError] = useState<string | null>(null);
  const err = (name: (typeof FIELDS)[number]) => form.formState.errors[name]?.message;

  const submit = form.handleSubmit(async (input) => {
    setFormError(null);
    const result = await save(input);
    if (!result.ok) setFormError(place(result.error));
  });

  return (
    <Panel title={t('ui.myAccount.personalInfo')} editing={editing} onEdit={() => setEditing('personal')}>
      {!editing ? (
        <dl className="facts">
          <dt>{t('ui.fields.name')}</dt>
          <dd>{`${me.firstName} ${me.lastName}`}</dd>
          <dt>{t('ui.fields.phone')}</dt>
          <dd>{me.phone || <span className="muted">{t('ui.common.notSet')}</span>}</dd>
          <dt>{t('ui.fields.language')}</dt>
          <dd>{t(`ui.languages.${me.language}`)}</dd>
          <dt>{t('ui.fields.timeZone')}</dt>
          <dd>{timeZoneOption(me.timeZone, now(), localeTag(me.language)).label}</dd>
        </dl>
      ) : (
        <form onSubmit={submit} noValidate>
          {formError && <div className="banner banner-error" role="alert">{formError}</div>}
          <div className="form-grid">
            <TextField label={t('ui.fields.firstName')} autoComplete="given-name" error={err('firstName')} {...form.register('firstName')} />
            <TextField label={t('ui.fields.lastName')} autoComplete="family-name" error={err('lastName')} {...form.register('lastName')} />
            <TextField label={t('ui.fields.phone')} type="tel" autoComplete="tel" error={err('phone')} hint={t('ui.myAccount.phoneHint')} {...form.register('phone')} />
            <SelectField label={t('ui.fields.language')} error={err('language')} {...form.register('language')}>
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {t(`ui.languages.${l}`)}
                </option>
              ))}
            </SelectField>
            <Controller
              control={form.control}
              name="timeZone"
              render={({ field }) => (
                <TimeZoneField
                  className="wide"
                  label={t('ui.fields.timeZone')}
                  zones={zones}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  name={field.name}
                  inputRef={field.ref}
                  error={err('timeZone')}
                />
              )}
            />
          </div>
          <FormActions busy={form.formState.isSubmitting} onCancel={() => { form.reset(values); setEditing(null); }} />
        </form>
      )}
    </Panel>
  );
}
