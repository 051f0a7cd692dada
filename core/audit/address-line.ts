/** Billing facts as one line of text for the audit log: an address, a card as printed. */
import { cardBrand } from '../billing/transaction-words.ts';
import type { Address, Card } from '../model/records.ts';

/**
 * "1 rue de la Paix, 75002 Paris, FR". By hand rather than with an address formatter: the log
 * records what was entered, field by field in entry order, not a postal label for one country.
 */
export function addressLine(address: Address): string {
  const town = [address.postalCode, address.city].filter(Boolean).join(' ');
  return [address.line1, address.line2, town, address.region, address.country].filter(Boolean).join(', ');
}

export const cardLabel = (card: Pick<Card, 'brand' | 'last4'>): string => `${cardBrand(card.brand)} •••• ${card.last4}`;
