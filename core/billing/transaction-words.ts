/**
 * A transaction's detail in words — where a document came from, why a payment failed, which card —
 * for every place that shows one: the Transactions view, its CSV and summary, and the CLI's export.
 */

export type Translate = (key: string, fallback: string) => string;

const BRANDS: Record<string, string> = { visa: 'Visa', mastercard: 'Mastercard', amex: 'American Express', discover: 'Discover', diners: 'Diners Club', jcb: 'JCB', unionpay: 'UnionPay' };

/** A card brand as the gateway names it ("visa") → as printed on the card ("Visa"). */
export function cardBrand(brand: string): string {
  return BRANDS[brand.toLowerCase()] ?? brand.charAt(0).toUpperCase() + brand.slice(1);
}

export function transactionDetail(row: { type: string; detail: string }, t: Translate): string {
  switch (row.type) {
    case 'invoice':
    case 'credit_note':
      return t(`ui.transactions.sources.${row.detail}`, row.detail);
    case 'failed_payment':
      return t(`ui.transactions.failures.${row.detail}`, row.detail);
    case 'payment':
    case 'refund': {
      // "visa •••• 4242" as the gateway names the card → "Visa •••• 4242".
      const [brand = '', ...rest] = row.detail.split(' ');
      return [cardBrand(brand), ...rest].join(' ');
    }
    default:
      return row.detail;
  }
}
