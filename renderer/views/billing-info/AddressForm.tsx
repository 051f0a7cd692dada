import { useEffect, useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AppError, InputOf } from '../../../core/contract.ts';
import { ComboBoxField } from '../../components/ComboBoxField.tsx';
import { TextField } from '../../components/Field.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { useErrorText } from '../../components/errors.ts';
import { isEuCountry, useCountries, vatPrefix } from './countries.ts';
import { useBillingInfoStore, type BillingDetails, type TaxChange } from './store.ts';
import { TaxChangeDialog } from './TaxChangeDialog.tsx';

const FIELDS = ['name', 'line1', 'line2', 'city', 'postalCode', 'region', 'country', 'vatNumber'] as const;
type FieldName = (typeof FIELDS)[number];
type Values = Record<FieldName, string>;
type AddressField = 'line1' | 'line2' | 'postalCode' | 'city' | 'region';

const AUTOCOMPLETE: Record<AddressField, string> = { line1: 'address-line1', line2: 'address-line2', city: 'address-level2', postalCode: 'postal-code', region: 'address-level1' };
/** Until the core says how the country writes its addresses, every field shows. */
const ALL_FIELDS: AddressField[] = ['line1', 'line2', 'postalCode', 'city', 'region'];

function valuesOf(d: BillingDetails): Values {
  const a = d.billingAddress;
  return { name: d.name, line1: a.line1, line2: a.line2 ?? '', city: a.city, postalCode: a.postalCode, region: a.region ?? '', country: a.country, vatNumber: d.vatNumber ?? '' };
}

/**
 * The billing address with the fields its country has (a state or province where the address needs
 * one), and the VAT number while the country is in the EU. The core checks them all, and when the tax
 * treatment would change it answers with the list of changes, which the admin confirms here.
 */
export function AddressForm({ details }: { details: BillingDetails }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { options } = useCountries();
  const countries = useMemo(() => options.map((c) => ({ id: c.code, name: c.name })), [options]);
  const save = useBillingInfoStore((s) => s.saveBilling);
  const setEditing = useBillingInfoStore((s) => s.setEditing);
  const loadFormat = useBillingInfoStore((s) => s.loadFormat);
  const form = useForm<Values>({ defaultValues: valuesOf(details) });
  const [formError, setFormError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<{ input: InputOf<'account.updateBilling'>; changes: TaxChange[] } | null>(null);
  const [confirmBusy, setConfirmBusy] = useState(false);
  const country = form.watch('country');
  const format = useBillingInfoStore((s) => s.formats[country]);
  useEffect(() => void loadFormat(country), [country, loadFormat]);
  const vatApplies = isEuCountry(country);
  const err = (name: FieldName) => form.formState.errors[name]?.message;
  const optional = (label: string) => t('ui.billingInfo.optional', { label });
  const shown = format?.fields ?? ALL_FIELDS;

  const showErrors = (error: AppError) => {
    let unplaced = !error.fields;
    for (const [path, e] of Object.entries(error.fields ?? {})) {
      const field = path.replace(/^billingAddress\./, '') as FieldName;
      if (FIELDS.includes(field)) form.setError(field, { type: 'server', message: errorText(e) ?? '' });
      else unplaced = true;
    }
    setFormError(unplaced ? (errorText(error) ?? null) : null);
  };

  const submit = form.handleSubmit(async (v) => {
    setFormError(null);
    const has = (field: AddressField) => shown.includes(field);
    const input: InputOf<'account.updateBilling'> = {
      name: v.name,
      billingAddress: {
        line1: v.line1,
        city: v.city,
        postalCode: has('postalCode') ? v.postalCode : '',
        country: v.country,
        ...(v.line2.trim() ? { line2: v.line2.trim() } : {}),
        ...(has('region') && v.region.trim() ? { region: v.region.trim() } : {}),
      },
      ...(vatApplies && v.vatNumber.trim() ? { vatNumber: v.vatNumber } : {}),
    };
    const outcome = await save(input);
    if (outcome.kind === 'error') showErrors(outcome.error);
    if (outcome.kind === 'confirm') setConfirming({ input, changes: outcome.changes });
  });

  const confirm = async () => {
    if (!confirming) return;
    setConfirmBusy(true);
    const outcome = await save({ ...confirming.input, confirm: true });
    setConfirmBusy(false);
    setConfirming(null);
    if (outcome.kind === 'error') showErrors(outcome.error);
  };

  const regionLabel = t(`ui.billingInfo.fields.${format?.region?.kind ?? 'region'}`);
  const field = (name: AddressField) => {
    switch (name) {
      case 'line1':
        return <TextField key={name} className="wide" label={t('ui.billingInfo.fields.line1')} autoComplete={AUTOCOMPLETE.line1} error={err('line1')} {...form.register('line1')} />;
      case 'line2':
        return <TextField key={name} className="wide" label={optional(t('ui.billingInfo.fields.line2'))} autoComplete={AUTOCOMPLETE.line2} error={err('line2')} {...form.register('line2')} />;
      case 'city':
        return <TextField key={name} label={t('ui.billingInfo.fields.city')} autoComplete={AUTOCOMPLETE.city} error={err('city')} {...form.register('city')} />;
      case 'postalCode': {
        const example = format?.postcode?.example;
        return (
          <TextField
            key={name}
            label={t('ui.billingInfo.fields.postalCode')}
            autoComplete={AUTOCOMPLETE.postalCode}
            error={err('postalCode')}
            {...(example ? { hint: t('ui.billingInfo.postcodeExample', { example }) } : {})}
            {...form.register('postalCode')}
          />
        );
      }
      case 'region':
        return <TextField key={name} label={format?.region?.required ? regionLabel : optional(regionLabel)} autoComplete={AUTOCOMPLETE.region} error={err('region')} {...form.register('region')} />;
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('ui.billingInfo.address')}>
      {formError && <div className="banner banner-error" role="alert">{formError}</div>}
      <div className="form-grid">
        <TextField className="wide" label={t('ui.billingInfo.fields.name')} autoComplete="organization" error={err('name')} {...form.register('name')} />
        <Controller
          control={form.control}
          name="country"
          render={({ field: c }) => (
            <ComboBoxField
              label={t('ui.billingInfo.fields.country')}
              options={countries}
              value={c.value}
              onChange={c.onChange}
              onBlur={c.onBlur}
              name={c.name}
              inputRef={c.ref}
              placeholder={t('ui.billingInfo.chooseCountry')}
              error={err('country')}
              hint={t('ui.billingInfo.countryHint')}
            />
          )}
        />
        {shown.map(field)}
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
      {confirming && <TaxChangeDialog changes={confirming.changes} busy={confirmBusy} onConfirm={() => void confirm()} onCancel={() => setConfirming(null)} />}
    </form>
  );
}
