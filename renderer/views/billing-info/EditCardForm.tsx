import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { cardBrand } from '../../app/format.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import { useErrorText } from '../../components/errors.ts';
import { FormActions } from '../../components/FormActions.tsx';
import { useBillingInfoStore, type CardView } from './store.ts';

const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1));

/** Edits a card on file (its expiry and the name on it), as the vendor's "Modify credit card"; the core checks both. */
export function EditCardForm({ card, onDone }: { card: CardView; onDone: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const updateCard = useBillingInfoStore((s) => s.updateCard);
  const form = useForm({ defaultValues: { expMonth: String(card.expMonth), expYear: String(card.expYear), holder: card.holder } });
  const [formError, setFormError] = useState<string | null>(null);
  // Years around the card's own: the core refuses a past expiry, so the renderer needs no clock.
  const years = Array.from({ length: 24 }, (_, i) => String(card.expYear - 3 + i));
  const name = t('ui.cards.name', { brand: cardBrand(card.brand), last4: card.last4 });

  const submit = form.handleSubmit(async (v) => {
    setFormError(null);
    const error = await updateCard(card, { expMonth: Number(v.expMonth), expYear: Number(v.expYear), holder: v.holder });
    if (!error) return onDone();
    const fields = error.fields ?? {};
    if (fields.expiry) form.setError('expMonth', { type: 'server', message: errorText(fields.expiry) ?? '' });
    if (fields.holder) form.setError('holder', { type: 'server', message: errorText(fields.holder) ?? '' });
    if (!fields.expiry && !fields.holder) setFormError(errorText(error) ?? null);
  });

  return (
    <form className="edit-card" onSubmit={submit} noValidate aria-label={t('ui.cards.edit.title', { name })}>
      {formError && <div className="banner banner-error" role="alert">{formError}</div>}
      <div className="form-grid card-grid">
        <SelectField label={t('ui.cards.form.expMonth')} autoComplete="cc-exp-month" error={form.formState.errors.expMonth?.message} {...form.register('expMonth')}>
          {MONTHS.map((m) => <option key={m} value={m}>{m.padStart(2, '0')}</option>)}
        </SelectField>
        <SelectField label={t('ui.cards.form.expYear')} autoComplete="cc-exp-year" {...form.register('expYear')}>
          {years.map((y) => <option key={y} value={y}>{y}</option>)}
        </SelectField>
        <TextField className="wide" label={t('ui.cards.form.holder')} autoComplete="cc-name" error={form.formState.errors.holder?.message} {...form.register('holder')} />
      </div>
      <FormActions busy={form.formState.isSubmitting} onCancel={onDone} />
    </form>
  );
}
