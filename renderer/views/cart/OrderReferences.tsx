import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/Field.tsx';
import { useCartStore } from './store.ts';

/** Same limits as the core's (core/billing/invoice-settings.ts), so the field stops where the core would refuse. */
const PURCHASE_ORDER_MAX = 50;
const NOTE_MAX = 500;

/** The order's purchase-order number and note, printed on its invoice and carried by its e-invoice. */
export function OrderReferences({ fieldErrors }: { fieldErrors: Record<string, string | undefined> }) {
  const { t } = useTranslation();
  const noteId = useId();
  const purchaseOrder = useCartStore((s) => s.purchaseOrder);
  const fallback = useCartStore((s) => s.defaultPurchaseOrder);
  const note = useCartStore((s) => s.note);
  const setReferences = useCartStore((s) => s.setReferences);
  return (
    <fieldset className="order-references">
      <legend>{t('ui.cart.references.legend')}</legend>
      <TextField
        label={t('ui.cart.references.purchaseOrder')}
        value={purchaseOrder ?? fallback}
        maxLength={PURCHASE_ORDER_MAX}
        autoComplete="off"
        spellCheck={false}
        hint={t(fallback && purchaseOrder === null ? 'ui.cart.references.purchaseOrderDefault' : 'ui.cart.references.purchaseOrderHint')}
        error={fieldErrors.purchaseOrder}
        onChange={(e) => setReferences({ purchaseOrder: e.target.value })}
      />
      <div className="field">
        <label htmlFor={noteId}>{t('ui.cart.references.note')}</label>
        <textarea
          id={noteId}
          rows={2}
          maxLength={NOTE_MAX}
          value={note}
          aria-invalid={fieldErrors.note ? true : undefined}
          aria-describedby={`${noteId}-msg`}
          onChange={(e) => setReferences({ note: e.target.value })}
        />
        {fieldErrors.note ? (
          <div id={`${noteId}-msg`} className="error" role="alert">{fieldErrors.note}</div>
        ) : (
          <div id={`${noteId}-msg`} className="hint">{t('ui.cart.references.noteHint', { count: NOTE_MAX - note.length })}</div>
        )}
      </div>
    </fieldset>
  );
}
