import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { cardBrand } from '../../app/format.ts';
import { useFormatters } from '../../app/use-formatters.ts';
import { RefundDialog } from './RefundDialog.tsx';
import { useRefundStore } from './refund-store.ts';

/** The account's credit balance under the cards, with Refund credit when a card it came from can take it back. */
export function RefundCredit({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const load = useRefundStore((s) => s.load);
  const options = useRefundStore((s) => s.options);
  const credit = useRefundStore((s) => s.creditBalance);
  const currency = useRefundStore((s) => s.currency);
  const dialogOpen = useRefundStore((s) => s.dialogOpen);
  const openDialog = useRefundStore((s) => s.openDialog);
  const done = useRefundStore((s) => s.done);
  useEffect(() => {
    void load();
  }, [load]);
  if (!options || (credit <= 0 && !done)) return null;

  return (
    <div className="refund-credit">
      {done && (
        <div className="banner banner-info" role="status">
          {t('ui.refund.done', { amount: f.money(done.amount, done.currency), card: t('ui.cards.name', { brand: cardBrand(done.card.brand), last4: done.card.last4 }) })}
        </div>
      )}
      <div className="refund-row">
        <span className="refund-balance">{t('ui.refund.credit', { amount: f.money(credit, currency) })}</span>
        <span className="spacer" />
        {canEdit && options.available > 0 && (
          <button type="button" className="btn" onClick={() => openDialog(true)}>
            {t('ui.refund.open')}
          </button>
        )}
      </div>
      {canEdit && credit > 0 && options.blockedBy === 'pending_charges' && <p className="muted small">{t('ui.refund.blocked')}</p>}
      {canEdit && credit > 0 && !options.blockedBy && options.available === 0 && <p className="muted small">{t('ui.refund.noCard')}</p>}
      {dialogOpen && <RefundDialog options={options} />}
    </div>
  );
}
