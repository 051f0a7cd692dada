import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useReload } from '../../app/live-updates.ts';
import { LANGUAGES } from '../../app/i18n.ts';
import { useErrorText, useFieldErrors } from '../../components/errors.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useCanEditBilling } from './selectors.ts';
import { useInvoiceSettingsStore, type InvoiceSettings, type InvoiceSettingsInput } from './invoice-settings-store.ts';

/** What every invoice carries (the account's purchase-order number) and who else receives each one. */
export function InvoiceSettingsPanel() {
  const { t, i18n } = useTranslation();
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
  const settings = useInvoiceSettingsStore((s) => s.settings);
  const editing = useInvoiceSettingsStore((s) => s.editing);
  const setEditing = useInvoiceSettingsStore((s) => s.setEditing);
  const load = useInvoiceSettingsStore((s) => s.load);
  const canEdit = useCanEditBilling();
  useReload(load);
  if (!settings) return null;
  return (
    <Panel title={t('ui.invoiceSettings.title')} editing={editing} onEdit={canEdit ? () => setEditing(true) : undefined}>
      {editing && canEdit ? (
        <InvoiceSettingsForm settings={settings} />
      ) : (
        <dl className="facts">
          <dt>{t('ui.invoiceSettings.purchaseOrder')}</dt>
          <dd className="doc-reference">{settings.purchaseOrder || <span className="muted">{t('ui.common.notSet')}</span>}</dd>
          <dt>{t('ui.invoiceSettings.recipients')}</dt>
          <dd>
            {settings.recipients.length ? (
              <ul className="plain-list">
                {settings.recipients.map((r) => (
                  <li key={r.email}>
                    {r.email} <span className="muted">· {t(`ui.languages.${r.language}`)}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <span className="muted">{t('ui.invoiceSettings.noRecipients')}</span>
            )}
            <div className="hint small muted">{t('ui.invoiceSettings.recipientsHint')}</div>
          </dd>
          <dt>{t('ui.invoiceSettings.reminders')}</dt>
          <dd>
            {settings.reminderDays.length ? list.format(settings.reminderDays.map((d) => t('ui.invoiceSettings.daysBefore', { count: d }))) : <span className="muted">{t('ui.invoiceSettings.noReminders')}</span>}
            <div className="hint small muted">{t('ui.invoiceSettings.remindersHint')}</div>
          </dd>
        </dl>
      )}
    </Panel>
  );
}

function InvoiceSettingsForm({ settings }: { settings: InvoiceSettings }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const fieldErrors = useFieldErrors();
  const save = useInvoiceSettingsStore((s) => s.save);
  const saving = useInvoiceSettingsStore((s) => s.saving);
  const error = useInvoiceSettingsStore((s) => s.error);
  const setEditing = useInvoiceSettingsStore((s) => s.setEditing);
  const form = useForm<InvoiceSettingsInput>({ defaultValues: { purchaseOrder: settings.purchaseOrder, recipients: settings.recipients, reminderDays: settings.reminderDays } });
  const recipients = useFieldArray({ control: form.control, name: 'recipients' });
  const errors = fieldErrors(error);
  const language = (LANGUAGES as readonly string[]).includes(i18n.language) ? (i18n.language as (typeof LANGUAGES)[number]) : 'en';
  const full = recipients.fields.length >= settings.limits.recipients;

  return (
    <form noValidate onSubmit={form.handleSubmit((values) => void save(values))}>
      {error && !error.fields && <div className="banner banner-error" role="alert">{errorText(error)}</div>}
      <TextField
        label={t('ui.invoiceSettings.purchaseOrder')}
        hint={t('ui.invoiceSettings.purchaseOrderHint')}
        maxLength={settings.limits.purchaseOrder}
        autoComplete="off"
        spellCheck={false}
        error={errors.purchaseOrder}
        {...form.register('purchaseOrder')}
      />
      <fieldset className="recipients">
        <legend>{t('ui.invoiceSettings.recipients')}</legend>
        <p className="hint small muted">{t('ui.invoiceSettings.recipientsHint')}</p>
        {errors.recipients && <div className="error" role="alert">{errors.recipients}</div>}
        {recipients.fields.map((field, index) => (
          <div className="recipient-row" key={field.id}>
            <TextField
              label={t('ui.invoiceSettings.email', { index: index + 1 })}
              type="email"
              autoComplete="off"
              maxLength={320}
              error={errors[`recipients.${index}.email`]}
              {...form.register(`recipients.${index}.email` as const)}
            />
            <SelectField label={t('ui.fields.language')} {...form.register(`recipients.${index}.language` as const)}>
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {t(`ui.languages.${l}`)}
                </option>
              ))}
            </SelectField>
            <button type="button" className="btn-link" aria-label={t('ui.invoiceSettings.removeNamed', { index: index + 1 })} onClick={() => recipients.remove(index)}>
              {t('ui.invoiceSettings.remove')}
            </button>
          </div>
        ))}
        <button type="button" className="btn" disabled={full} onClick={() => recipients.append({ email: '', language })}>
          {t('ui.invoiceSettings.add')}
        </button>
        {full && <p className="hint small muted">{t('ui.invoiceSettings.full', { count: settings.limits.recipients })}</p>}
      </fieldset>
      <Controller
        control={form.control}
        name="reminderDays"
        render={({ field }) => (
          <fieldset className="recipients reminder-days">
            <legend>{t('ui.invoiceSettings.reminders')}</legend>
            <p className="hint small muted">{t('ui.invoiceSettings.remindersHint')}</p>
            {errors.reminderDays && <div className="error" role="alert">{errors.reminderDays}</div>}
            <div className="choices-inline">
              {settings.reminderChoices.map((d) => (
                <label key={d} className="check">
                  <input
                    type="checkbox"
                    checked={field.value?.includes(d) ?? false}
                    onChange={(e) => field.onChange(e.target.checked ? [...(field.value ?? []), d] : (field.value ?? []).filter((x) => x !== d))}
                  />
                  {t('ui.invoiceSettings.daysBefore', { count: d })}
                </label>
              ))}
            </div>
          </fieldset>
        )}
      />
      <FormActions busy={saving} onCancel={() => setEditing(false)} />
    </form>
  );
}
