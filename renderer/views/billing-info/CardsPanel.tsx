import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cardBrand } from '../../app/format.ts';
import { useErrorText } from '../../components/errors.ts';
import { AddCardForm } from './AddCardForm.tsx';
import { EditCardForm } from './EditCardForm.tsx';
import { RefundCredit } from './RefundCredit.tsx';
import { useCanEditBilling } from './selectors.ts';
import { useBillingInfoStore, type CardView } from './store.ts';

/** The cards on file: the default first; Make default, Remove, the Add card form, and the credit that may go back to them. */
export function CardsPanel() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const cards = useBillingInfoStore((s) => s.cards);
  const adding = useBillingInfoStore((s) => s.adding);
  const setAdding = useBillingInfoStore((s) => s.setAdding);
  const addCard = useBillingInfoStore((s) => s.addCard);
  const cardError = useBillingInfoStore((s) => s.cardError);
  const canEdit = useCanEditBilling();

  return (
    <section className="panel" aria-labelledby="cards-title">
      <div className="panel-head">
        <h2 id="cards-title">{t('ui.cards.title')}</h2>
        {canEdit && !adding && (
          <button type="button" className="btn" onClick={() => setAdding(true)}>
            {t('ui.cards.add')}
          </button>
        )}
      </div>
      <div className="panel-body">
        {cardError && <div className="banner banner-error" role="alert">{errorText(cardError)}</div>}
        {cards.length === 0 ? (
          <p className="muted">{t('ui.cards.empty')}</p>
        ) : (
          <ul className="card-list" aria-label={t('ui.cards.title')}>
            {cards.map((card) => (
              <CardRow key={card.id} card={card} canEdit={canEdit} />
            ))}
          </ul>
        )}
        {adding && canEdit && (
          <div className="change-panel">
            <h3>{t('ui.cards.form.title')}</h3>
            <AddCardForm submit={addCard} onCancel={() => setAdding(false)} />
          </div>
        )}
        <RefundCredit canEdit={canEdit} />
      </div>
    </section>
  );
}

function CardRow({ card, canEdit }: { card: CardView; canEdit: boolean }) {
  const { t } = useTranslation();
  const setDefault = useBillingInfoStore((s) => s.setDefault);
  const removeCard = useBillingInfoStore((s) => s.removeCard);
  const [editing, setEditing] = useState(false);
  const name = t('ui.cards.name', { brand: cardBrand(card.brand), last4: card.last4 });
  if (editing && canEdit) {
    return (
      <li className="card-row editing" aria-label={name}>
        <h3 className="card-name">{t('ui.cards.edit.title', { name })}</h3>
        <EditCardForm card={card} onDone={() => setEditing(false)} />
      </li>
    );
  }
  return (
    <li className="card-row" aria-label={`${name}, ${card.holder}`}>
      <span className="card-name">{name}</span>
      <span className="muted">{t('ui.cards.expires', { month: String(card.expMonth).padStart(2, '0'), year: card.expYear })}</span>
      <span>{card.holder}</span>
      {card.isDefault && <span className="badge status-paid">{t('ui.cards.default')}</span>}
      <span className="spacer" />
      {canEdit && (
        <button type="button" className="btn" aria-label={t('ui.cards.edit.named', { name })} onClick={() => setEditing(true)}>
          {t('ui.cards.edit.button')}
        </button>
      )}
      {canEdit && !card.isDefault && (
        <>
          <button type="button" className="btn" aria-label={t('ui.cards.makeDefaultNamed', { name })} onClick={() => void setDefault(card)}>
            {t('ui.cards.makeDefault')}
          </button>
          <button type="button" className="btn" aria-label={t('ui.cards.removeNamed', { name })} onClick={() => void removeCard(card)}>
            {t('ui.cards.remove')}
          </button>
        </>
      )}
    </li>
  );
}
