import { useState, type FormEvent } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../core/contract.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import { useErrorText } from '../../components/errors.ts';
import { brandOf, CARD_FIELDS, checkCard, checkCardField, EMPTY_CARD, toCardInput, type CardField, type CardProblem, type CardValues } from './card-checks.ts';
import type { CardInput } from './store.ts';
import { now as coreNow } from '../../app/clock.ts';

interface AddCardFormProps {
  /** Sends the card to the core; answers the core's error, or null once the card is on file. */
  submit: (input: CardInput) => Promise<AppError | null>;
  onCancel?: () => void;
  submitLabel?: string;
  /** The new card becomes the default without asking (e.g. to pay pending charges with it). */
  alwaysDefault?: boolean;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1));

/** Number, expiry, security code, holder: checked as the admin types, then by the core on submit. */
export function AddCardForm({ submit, onCancel, submitLabel, alwaysDefault = false }: AddCardFormProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const form = useForm<CardValues>({ defaultValues: EMPTY_CARD });
  const values = form.watch();
  const { dirtyFields, touchedFields } = form.formState;
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const [server, setServer] = useState<Partial<Record<CardField, string>>>({});
  const [decline, setDecline] = useState<AppError | null>(null);
  const now = coreNow();
  const years = Array.from({ length: 21 }, (_, i) => String(now.getFullYear() + i));
  const brand = brandOf(values.number);

  const touched = (field: CardField) => (field === 'expiry' ? touchedFields.expMonth && touchedFields.expYear : touchedFields[field]);
  const dirty = (field: CardField) => (field === 'expiry' ? dirtyFields.expMonth || dirtyFields.expYear : dirtyFields[field]);
  const problemText = (p: CardProblem | undefined) => (p ? t(p.key, p.params ?? {}) : undefined);
  const errorOf = (field: CardField): string | undefined => {
    if (server[field]) return server[field];
    if (!sent && !touched(field) && !dirty(field)) return undefined;
    return problemText(checkCardField(field, values, sent || !!touched(field), now));
  };
  /** A field edited after the core answered: its answer no longer applies. */
  const edited = (field: CardField) => () => setServer((s) => ({ ...s, [field]: undefined }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setSent(true);
    setDecline(null);
    const current = form.getValues();
    if (Object.keys(checkCard(current, now)).length) return;
    setBusy(true);
    const error = await submit({ ...toCardInput(current), makeDefault: alwaysDefault || current.makeDefault });
    setBusy(false);
    setServerResult(error);
  }

  function setServerResult(error: AppError | null) {
    if (!error) {
      // On file: the form forgets everything it held.
      form.reset(EMPTY_CARD);
      setSent(false);
      setServer({});
      return;
    }
    const fields: Partial<Record<CardField, string>> = {};
    for (const field of CARD_FIELDS) if (error.fields?.[field]) fields[field] = errorText(error.fields[field] as never);
    setServer(fields);
    if (!error.fields) {
      // Declined by the gateway: the number and code are not kept for another try.
      setDecline(error);
      form.reset({ ...form.getValues(), number: '', cvc: '' });
      setSent(false);
    }
  }

  const cvcSize = brand?.cvcSize ?? 3;
  return (
    <form className="add-card" onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('ui.cards.form.title')}>
      {decline && <div className="banner banner-error" role="alert">{errorText(decline)}</div>}
      <div className="form-grid card-grid">
        <TextField className="wide" label={t('ui.cards.form.number')} inputMode="numeric" autoComplete="cc-number" error={errorOf('number')} hint={brand ? t('ui.cards.form.brand', { brand: brand.name }) : t('ui.cards.form.numberHint')} {...form.register('number', { onChange: edited('number') })} />
        <SelectField label={t('ui.cards.form.expMonth')} autoComplete="cc-exp-month" error={errorOf('expiry')} {...form.register('expMonth', { onChange: edited('expiry') })}>
          <option value="">{t('ui.cards.form.month')}</option>
          {MONTHS.map((m) => <option key={m} value={m}>{m.padStart(2, '0')}</option>)}
        </SelectField>
        <SelectField label={t('ui.cards.form.expYear')} autoComplete="cc-exp-year" aria-invalid={errorOf('expiry') ? true : undefined} {...form.register('expYear', { onChange: edited('expiry') })}>
          <option value="">{t('ui.cards.form.year')}</option>
          {years.map((y) => <option key={y} value={y}>{y}</option>)}
        </SelectField>
        <TextField label={t('ui.cards.form.cvc')} inputMode="numeric" autoComplete="cc-csc" maxLength={4} error={errorOf('cvc')} hint={t(cvcSize === 4 ? 'ui.cards.form.cvcHint4' : 'ui.cards.form.cvcHint3')} {...form.register('cvc', { onChange: edited('cvc') })} />
        <TextField className="wide" label={t('ui.cards.form.holder')} autoComplete="cc-name" error={errorOf('holder')} {...form.register('holder', { onChange: edited('holder') })} />
        {!alwaysDefault && (
          <label className="check wide">
            <input type="checkbox" {...form.register('makeDefault')} /> {t('ui.cards.form.makeDefault')}
          </label>
        )}
      </div>
      <p className="muted small">{t('ui.cards.form.kept')}</p>
      <div className="actions">
        {onCancel && <button type="button" className="btn" onClick={onCancel}>{t('ui.common.cancel')}</button>}
        <button type="submit" className="btn btn-primary" disabled={busy} aria-busy={busy}>
          {submitLabel ?? t('ui.cards.form.submit')}
        </button>
      </div>
    </form>
  );
}
