import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cardBrand } from '../../app/format.ts';
import { useFormatters } from '../../app/use-formatters.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import { useErrorText } from '../../components/errors.ts';
import { Modal } from '../../components/Modal.tsx';
import { decimal } from '../transactions/csv.ts';
import { parseAmount } from '../../../core/billing/amount-text.ts';
import { useRefundStore, type RefundOptions } from './refund-store.ts';

/** Confirms a refund of credit: to which card (each with what it may take back), how much, then Refund. */
export function RefundDialog({ options }: { options: RefundOptions }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const errorText = useErrorText();
  const currency = useRefundStore((s) => s.currency);
  const credit = useRefundStore((s) => s.creditBalance);
  const openDialog = useRefundStore((s) => s.openDialog);
  const refund = useRefundStore((s) => s.refund);
  const cards = options.cards.filter((c) => c.refundable > 0).sort((a, b) => b.refundable - a.refundable);
  const [cardId, setCardId] = useState(cards[0]?.cardId ?? '');
  const max = cards.find((c) => c.cardId === cardId)?.refundable ?? 0;
  const [text, setText] = useState(decimal(max));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // One key per dialog: a double click refunds once.
  const idempotencyKey = useMemo(() => `refund_${crypto.randomUUID().replace(/-/g, '')}`, []);
  const titleId = useId();
  const introId = useId();
  const amount = parseAmount(text);
  const valid = amount !== null && amount >= 1 && amount <= max;
  const cardName = (c: { brand: string; last4: string }) => t('ui.cards.name', { brand: cardBrand(c.brand), last4: c.last4 });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!valid || busy) return;
    setBusy(true);
    setError(null);
    const failed = await refund({ cardId, amount: amount!, currency, idempotencyKey });
    setBusy(false);
    if (failed) setError(errorText(failed) ?? null);
  };

  return (
    <Modal labelledBy={titleId} describedBy={introId} onClose={() => openDialog(false)} className="refund-dialog">
      <h2 id={titleId}>{t('ui.refund.title')}</h2>
      <p id={introId}>{t('ui.refund.intro', { credit: f.money(credit, currency) })}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        {error && <div className="banner banner-error" role="alert">{error}</div>}
        <div className="form-grid one-column">
          <SelectField
            label={t('ui.refund.card')}
            value={cardId}
            onChange={(e) => {
              setCardId(e.target.value);
              setText(decimal(cards.find((c) => c.cardId === e.target.value)?.refundable ?? 0));
            }}
          >
            {cards.map((c) => (
              <option key={c.cardId} value={c.cardId}>
                {t('ui.refund.cardOption', { card: cardName(c), max: f.money(c.refundable, currency) })}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('ui.refund.amount', { currency })}
            inputMode="decimal"
            value={text}
            onChange={(e) => setText(e.target.value)}
            hint={t('ui.refund.hint', { max: f.money(max, currency) })}
            error={text && !valid ? t('ui.refund.amountInvalid', { min: f.money(1, currency), max: f.money(max, currency) }) : undefined}
          />
        </div>
        <div className="actions">
          <button type="button" className="btn" onClick={() => openDialog(false)}>
            {t('ui.refund.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={!valid || busy} aria-busy={busy}>
            {busy ? t('ui.refund.confirming') : t('ui.refund.confirm', { amount: valid ? f.money(amount!, currency) : '' })}
          </button>
        </div>
      </form>
    </Modal>
  );
}
