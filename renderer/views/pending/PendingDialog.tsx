import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../app/use-formatters.ts';
import { useErrorText } from '../../components/errors.ts';
import { Modal } from '../../components/Modal.tsx';
import { AddCardForm } from '../billing-info/AddCardForm.tsx';
import { CardChoice } from '../billing-info/CardChoice.tsx';
import { usePendingStore } from './store.ts';

/** The open invoices a failed renewal left, and the two ways to settle them. */
export function PendingDialog() {
  const { t } = useTranslation();
  const f = useFormatters();
  const errorText = useErrorText();
  const pending = usePendingStore((s) => s.pending);
  const cards = usePendingStore((s) => s.cards);
  const cardId = usePendingStore((s) => s.cardId);
  const choose = usePendingStore((s) => s.choose);
  const newCard = usePendingStore((s) => s.newCard);
  const applying = usePendingStore((s) => s.applying);
  const error = usePendingStore((s) => s.error);
  const close = usePendingStore((s) => s.close);
  const setNewCard = usePendingStore((s) => s.setNewCard);
  const apply = usePendingStore((s) => s.apply);
  const addCardAndApply = usePendingStore((s) => s.addCardAndApply);
  const titleId = useId();
  const introId = useId();
  if (!pending) return null;
  const currency = pending.invoices[0]?.currency ?? 'EUR';

  return (
    <Modal labelledBy={titleId} describedBy={introId} onClose={close} className="pending-dialog">
      <h2 id={titleId}>{t('ui.pending.title')}</h2>
      <p id={introId}>{t('ui.pending.intro')}</p>
      <div className="table-wrap">
        <table className="table plain" aria-label={t('ui.pending.tableLabel')}>
          <thead>
            <tr>
              <th>{t('ui.pending.invoice')}</th>
              <th>{t('ui.pending.issued')}</th>
              <th className="num">{t('ui.pending.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {pending.invoices.map((i) => (
              <tr key={i.id}>
                <td>{i.number}</td>
                <td>{f.date(i.issuedAt)}</td>
                <td className="num">{f.money(i.outstanding, i.currency)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th colSpan={2}>{t('ui.pending.total')}</th>
              <td className="num strong">{f.money(pending.total, currency)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      {error && <div className="banner banner-error" role="alert">{errorText(error)}</div>}
      {newCard ? (
        <section className="change-panel" aria-label={t('ui.pending.newCardTitle')}>
          <h3>{t('ui.pending.newCardTitle')}</h3>
          <AddCardForm submit={addCardAndApply} onCancel={() => setNewCard(false)} submitLabel={t('ui.pending.addAndApply')} alwaysDefault />
        </section>
      ) : (
        <>
          {cards.length ? <CardChoice cards={cards} value={cardId} onChange={choose} legend={t('ui.pending.payWith')} /> : <p className="card-on-file">{t('ui.pending.noCard')}</p>}
          <div className="actions">
            <button type="button" className="btn" onClick={close}>
              {t('ui.pending.later')}
            </button>
            <button type="button" className="btn" onClick={() => setNewCard(true)}>
              {t('ui.pending.useNewCard')}
            </button>
            <button type="button" className="btn btn-primary" disabled={applying || !cardId} aria-busy={applying} onClick={() => void apply()}>
              {applying ? t('ui.pending.applying') : t('ui.pending.apply')}
            </button>
          </div>
        </>
      )}
    </Modal>
  );
}
