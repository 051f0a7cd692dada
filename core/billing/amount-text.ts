/** An amount as an admin types it, read the same in Transactions' search (core) and a refund's amount (renderer). */

/**
 * An amount typed as the admin reads it ("205.10", "205,10", "1 205,10", "-90") → minor units; null when the
 * text is not an amount. The last "." or "," followed by one or two digits is the decimal separator.
 */
export function parseAmount(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f'€$]/g, '');
  const match = /^(-?)([\d.,]*\d)$/.exec(compact);
  if (!match) return null;
  const [, sign, digits] = match as unknown as [string, string, string];
  const decimal = /[.,](\d{1,2})$/.exec(digits);
  const whole = (decimal ? digits.slice(0, decimal.index) : digits).replace(/[.,]/g, '');
  if (!/^\d+$/.test(whole)) return null;
  const cents = decimal ? decimal[1]!.padEnd(2, '0') : '00';
  const minor = Number(whole) * 100 + Number(cents);
  return sign ? -minor : minor;
}
