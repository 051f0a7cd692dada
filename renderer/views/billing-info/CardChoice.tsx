import { useTranslation } from 'react-i18next';
import { cardBrand } from '../../app/format.ts';
import type { CardView } from './store.ts';

interface CardChoiceProps {
  cards: CardView[];
  value: string | null;
  onChange: (cardId: string) => void;
  legend: string;
}

/** Which card on file pays: one radio per card, the default first and marked so. */
export function CardChoice({ cards, value, onChange, legend }: CardChoiceProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="card-choice">
      <legend>{legend}</legend>
      {cards.map((card) => {
        const name = t('ui.cards.name', { brand: cardBrand(card.brand), last4: card.last4 });
        const expires = t('ui.cards.expires', { month: String(card.expMonth).padStart(2, '0'), year: card.expYear });
        return (
          <label key={card.id} className="card-choice-option">
            <input type="radio" name="card-choice" value={card.id} checked={value === card.id} onChange={() => onChange(card.id)} />
            <span className="card-name">{name}</span>
            <span className="muted">{expires}</span>
            {card.isDefault && <span className="badge status-paid">{t('ui.cards.default')}</span>}
          </label>
        );
      })}
    </fieldset>
  );
}
