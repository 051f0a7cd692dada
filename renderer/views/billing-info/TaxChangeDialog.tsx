import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../app/use-formatters.ts';
import { Modal } from '../../components/Modal.tsx';
import { useCountries } from './countries.ts';
import type { TaxChange } from './store.ts';

type Side = Extract<TaxChange, { kind: 'tax_changed' }>['from'];

/** Asks before a billing change that alters the tax: says exactly what will change, as the core listed it. */
export function TaxChangeDialog({ changes, busy, onConfirm, onCancel }: { changes: TaxChange[]; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const { nameOf } = useCountries();
  const titleId = useId();
  const introId = useId();
  const side = (s: Side) =>
    s.kind === 'standard' ? t('ui.billingInfo.taxChange.standard', { rate: f.rate(s.rateBasisPoints), country: nameOf(s.country) }) : t(`ui.billingInfo.taxChange.${s.kind}`);
  const line = (c: TaxChange) => {
    switch (c.kind) {
      case 'vat_number_dropped':
        return t('ui.billingInfo.taxChange.vatDropped', { vatNumber: c.vatNumber });
      case 'reverse_charge_lost':
        return t('ui.billingInfo.taxChange.reverseChargeLost');
      case 'reverse_charge_gained':
        return t('ui.billingInfo.taxChange.reverseChargeGained');
      case 'tax_changed':
        return t('ui.billingInfo.taxChange.taxChanged', { from: side(c.from), to: side(c.to) });
    }
  };
  return (
    <Modal labelledBy={titleId} describedBy={introId} onClose={onCancel} className="tax-change-dialog">
      <h2 id={titleId}>{t('ui.billingInfo.taxChange.title')}</h2>
      <p id={introId}>{t('ui.billingInfo.taxChange.intro')}</p>
      <ul className="tax-changes">
        {changes.map((c) => (
          <li key={c.kind}>{line(c)}</li>
        ))}
      </ul>
      <p className="small muted">{t('ui.billingInfo.taxChange.issued')}</p>
      <div className="actions">
        <button type="button" className="btn" onClick={onCancel}>
          {t('ui.billingInfo.taxChange.cancel')}
        </button>
        <button type="button" className="btn btn-primary" disabled={busy} aria-busy={busy} onClick={onConfirm}>
          {t('ui.billingInfo.taxChange.confirm')}
        </button>
      </div>
    </Modal>
  );
}
