import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ComboBoxField } from '../../components/ComboBoxField.tsx';
import { TextField } from '../../components/Field.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { useErrorText } from '../../components/errors.ts';
import { isEuCountry, useCountries, vatPrefix } from './countries.ts';
import { useBillingInfoStore, type BillingDetails } from './store.ts';

const FIELDS = ['name', 'line1', 'line2', 'city', 'postalCode', 'region', 'country', 'vatNumber'] as const;
type FieldName = (typeof FIELDS)[number];
type Values = Record<FieldName, string>;

function valuesOf(d: BillingDetails): Values {
  const a = d.billingAddress;
  return { name: d.name, line1: a.line1, line2: a.line2 ?? '', city: a.city, postalCode: a.postalCode, region: a.region ?? '', country: a.country, vatNumber: d.vatNumber ?? '' };
}

/** The billing address, and the VAT number while the country is in the EU; the core checks both. */
export function AddressForm({ details }: { details: BillingDetails }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { options } = useCountries();
  const countries = useMemo(() => options.map((c) => ({ id: c.code, name: c.name })), [options]);
  const save = useBillingInfoStore((s) => s.saveBilling);
  const setEditing = useBillingInfoStore((s) => s.setEditing);
  const form = useForm<Values>({ defaultValues: valuesOf(details) });
  const [formError, setFormError] = useState<string | null>(null);
  const country = form.watch('country');
  const vatApplies = isEuCountry(country);
  const err = (name: FieldName) => form.formState.errors[name]?.message;
  const optional = (label: string) => t('ui.billingInfo.optional', { label });

  const submit = form.handleSubmit(async (v) => {
    setFormError(null);
    const error = await save({
      name: v.name,
      billingAddress: { line1: v.line1, city: v.city, postalCode: v.postalCode, country: v.country, ...(v.line2.trim() ? { line2: v.line2.trim() } : {}), ...(v.region.trim() ? { region: v.region.trim() } : {}) },
      ...(vatApplies && v.vatNumber.trim() ? { vatNumber: v.vatNumber } : {}),
    });
    if (!error) return;
    let unplaced = !error.fields;
    for (const [path, e] of Object.entries(error.fields ?? {})) {
      const field = path.replace(/^billingAddress\./, '') as FieldName;
      if (FIELDS.includes(field)) form.setError(field, { type: 'server', message: errorText(e) ?? '' });
      else unplaced = true;
    }
    setFormError(unplaced ? (errorText(error) ?? null) : null);
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('ui.billingInfo.address')}>
      {formError && <div className="banner banner-error" role="alert">{formError}</div>}
      <div className="form-grid">
        <TextField className="wide" label={t('ui.billingInfo.fields.name')} autoComplete="organization" error={err('name')} {...form.register('name')} />
        <TextField className="wide" label={t('ui.billingInfo.fields.line1')} autoComplete="address-line1" error={err('line1')} {...form.register('line1')} />
        <TextField className="wide" label={optional(t('ui.billingInfo.fields.line2'))} autoComplete="address-line2" error={err('line2')} {...form.register('line2')} />
        <TextField label={t('ui.billingInfo.fields.city')} autoComplete="address-level2" error={err('city')} {...form.register('city')} />
        <TextField label={t('ui.billingInfo.fields.postalCode')} autoComplete="postal-code" error={err('postalCode')} {...form.register('postalCode')} />
        <TextField label={optional(t('ui.billingInfo.fields.region'))} autoComplete="address-level1" error={err('region')} {...form.register('region')} />
        <Controller
          control={form.control}
          name="country"
          render={({ field }) => (
            <ComboBoxField
              label={t('ui.billingInfo.fields.country')}
              options={countries}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              name={field.name}
              inputRef={field.ref}
              placeholder={t('ui.billingInfo.chooseCountry')}
              error={err('country')}
              hint={t('ui.billingInfo.countryHint')}
            />
          )}
        />
        {vatApplies && (
          <TextField
            className="wide"
            label={optional(t('ui.billingInfo.fields.vatNumber'))}
            placeholder={t('ui.billingInfo.vatPlaceholder', { prefix: vatPrefix(country) })}
            error={err('vatNumber')}
            hint={t('ui.billingInfo.vatOnlineOnly')}
            {...form.register('vatNumber')}
          />
        )}
      </div>
      <FormActions busy={form.formState.isSubmitting} onCancel={() => setEditing(false)} />
    </form>
  );
}
