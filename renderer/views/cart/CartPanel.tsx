import { useTranslation } from 'react-i18next';
import { cardBrand } from '../../app/format.ts';
import { CardChoice } from '../billing-info/CardChoice.tsx';
import { useSessionStore } from '../../app/session-store.ts';
import { useFormatters } from '../../app/use-formatters.ts';
import { useErrorText, useFieldErrors } from '../../components/errors.ts';
import { OrderReferences } from './OrderReferences.tsx';
import { QuoteTable } from '../../components/QuoteTable.tsx';
import { usePlanName } from './selectors.ts';
import { useCartStore } from './store.ts';
import { useDescribeChange } from './use-describe-change.ts';

/** Checkout: the changes, the price per line from today, tax and total due; Modify order, remove a line, Place order. */
export function CartPanel() {
  const { t } = useTranslation();
  const f = useFormatters();
  const errorText = useErrorText();
  const fieldErrors = useFieldErrors();
  const cart = useCartStore((s) => s.cart);
  const overview = useCartStore((s) => s.overview);
  const placing = useCartStore((s) => s.placing);
  const error = useCartStore((s) => s.error);
  const removeLine = useCartStore((s) => s.removeLine);
  const placeOrder = useCartStore((s) => s.placeOrder);
  const cards = useCartStore((s) => s.cards);
  const cardId = useCartStore((s) => s.cardId);
  const chooseCard = useCartStore((s) => s.chooseCard);
  const go = useSessionStore((s) => s.go);
  const describe = useDescribeChange();
  const planName = usePlanName();
  const subscriptions = useCartStore((s) => s.subscriptions);
  const renewalOf = (id: string) => subscriptions.find((sub) => sub.id === id)?.nextRenewalAmount;
  const errorBanner = error && <div className="banner banner-error" role="alert">{errorText(error)}</div>;

  if (!cart) return errorBanner || null;
  if (cart.lines.length === 0) {
    return (
      <section className="panel" aria-label={t('ui.cart.title')}>
        <div className="panel-body">
          {errorBanner}
          <p>{t('ui.cart.empty')}</p>
          <button type="button" className="btn" onClick={() => go('subscriptions')}>{t('ui.nav.subscriptions')}</button>
        </div>
      </section>
    );
  }
  const quote = cart.quote;
  const card = overview?.defaultCard;

  return (
    <section className="panel checkout" aria-label={t('ui.cart.title')}>
      <div className="panel-head">
        <h2>{t('ui.cart.changes')}</h2>
      </div>
      <div className="panel-body">
        <ul className="cart-lines">
          {cart.lines.map((line, index) => {
            const text = describe(line);
            return (
              <li key={index}>
                <span>{text}</span>
                <button type="button" className="btn-link" aria-label={t('ui.cart.removeLineNamed', { line: text })} onClick={() => void removeLine(index)}>
                  {t('ui.cart.removeLine')}
                </button>
              </li>
            );
          })}
        </ul>
        {cart.problem && <div className="banner banner-error" role="alert">{errorText(cart.problem)}</div>}
        {quote && (
          <>
            {quote.periods.some((p) => p.periodStart === quote.at) && <p className="muted">{t('ui.cart.periodsStart', { date: f.date(quote.at) })}</p>}
            <QuoteTable quote={quote} caption={t('ui.billing.quote.caption')} planName={planName} renewalOf={renewalOf} />
            {quote.creditBalance > 0 && <p className="small">{t('ui.cart.creditAvailable', { amount: f.money(quote.creditBalance, quote.currency) })}</p>}
          </>
        )}
        {cards.length > 0 && quote && quote.amountDue > 0 ? (
          <CardChoice cards={cards} value={cardId} onChange={chooseCard} legend={t('ui.cart.chooseCard')} />
        ) : (
          overview && <p className="small muted">{card ? t('ui.cart.payWith', { brand: cardBrand(card.brand), last4: card.last4 }) : t('ui.cart.noCard')}</p>
        )}
        <OrderReferences fieldErrors={fieldErrors(error)} />
        {errorBanner}
        <div className="actions">
          <button type="button" className="btn" onClick={() => go('subscriptions')}>
            {t('ui.cart.modify')}
          </button>
          <button type="button" className="btn btn-primary" disabled={placing || !quote} aria-busy={placing} onClick={() => void placeOrder()}>
            {placing ? t('ui.cart.placing') : t('ui.cart.placeOrder')}
          </button>
        </div>
      </div>
    </section>
  );
}
