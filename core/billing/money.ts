/**
 * Money arithmetic (SPEC §4). Amounts are integer minor units held in JS numbers (safe integers);
 * every product that could leave the safe range (seats × price × seconds) is computed in BigInt and
 * rounded half away from zero exactly once. No floating point touches an amount.
 */

/** Largest amount an invoice can carry: 100,000 seats × 1,000,000.00 per seat, in minor units. */
export const MAX_AMOUNT = 100_000 * 100_000_000;

/** Throws unless `value` is a safe integer (an amount in minor units, a count of seconds, …). */
export function assertMoney(value: number, label = 'amount'): number {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${label} must be a safe integer, got ${value}`);
  return value;
}

/** numerator / denominator rounded half away from zero; denominator must be positive. */
export function divRound(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError('divRound: denominator must be positive');
  const quotient = numerator / denominator; // truncates toward zero
  const remainder = numerator % denominator; // carries the sign of the numerator
  const twice = remainder < 0n ? -2n * remainder : 2n * remainder;
  if (twice < denominator) return quotient;
  return numerator < 0n ? quotient - 1n : quotient + 1n;
}

function toSafeNumber(value: bigint, label: string): number {
  const n = Number(value);
  return assertMoney(n, label);
}

/** amount × remaining / total, rounded half away from zero, exact for any safe inputs. */
export function prorate(amount: number, remainingSeconds: number, totalSeconds: number): number {
  assertMoney(amount);
  assertMoney(remainingSeconds, 'remainingSeconds');
  assertMoney(totalSeconds, 'totalSeconds');
  if (totalSeconds <= 0) throw new RangeError('prorate: totalSeconds must be positive');
  if (remainingSeconds < 0 || remainingSeconds > totalSeconds) {
    throw new RangeError(`prorate: remainingSeconds ${remainingSeconds} outside [0, ${totalSeconds}]`);
  }
  return toSafeNumber(divRound(BigInt(amount) * BigInt(remainingSeconds), BigInt(totalSeconds)), 'prorated amount');
}

/** amount × basisPoints / 10,000, rounded half away from zero (19 % = 1900 bp, 25.5 % = 2550 bp). */
export function percentOf(amount: number, basisPoints: number): number {
  assertMoney(amount);
  assertMoney(basisPoints, 'basisPoints');
  return toSafeNumber(divRound(BigInt(amount) * BigInt(basisPoints), 10_000n), 'percentage');
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Milliseconds since the epoch of an ISO-8601 instant. The zone designator (Z or ±hh:mm) is required:
 * without it Date.parse would read the machine's local time, which must never leak into billing.
 * Impossible dates (30 February) are refused rather than rolled over.
 */
export function instantMs(iso: string): number {
  const m = INSTANT.exec(iso);
  const ms = m ? Date.parse(iso) : Number.NaN;
  if (m && !Number.isNaN(ms)) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth) return ms;
  }
  throw new RangeError(`not an ISO instant with a zone designator: ${iso}`);
}

/** Whole seconds from one ISO instant to another: floor((to − from) in ms / 1000). */
export function seconds(fromIso: string, toIso: string): number {
  const ms = instantMs(toIso) - instantMs(fromIso);
  return (ms - (((ms % 1000) + 1000) % 1000)) / 1000; // floor, in integer arithmetic
}
