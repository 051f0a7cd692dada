/**
 * The built-in offline gateway: answers the public test card numbers deterministically (SPEC §3).
 * Tokens carry the scenario, so a card attached once keeps behaving the same after a restart.
 */
import type { AttachResult, ChargeResult, DeclineReason, PaymentGateway, RefundResult } from '../ports/payment-gateway.ts';

const SCENARIOS: Record<string, 'ok' | DeclineReason | 'fail_later'> = {
  '4242424242424242': 'ok',
  '4000000000000002': 'card_declined',
  '4000000000009995': 'insufficient_funds',
  '4000000000000010': 'avs_failed',
  '4000000000000341': 'fail_later',
  '5555555555554444': 'ok',
  '378282246310005': 'ok',
};

function brandOf(number: string): string {
  if (/^4/.test(number)) return 'visa';
  if (/^(5[1-5]|2[2-7])/.test(number)) return 'mastercard';
  if (/^3[47]/.test(number)) return 'amex';
  return 'card';
}

/** The same number gives the same fingerprint: SHA-256 of the digits (Web Crypto), never the number itself. */
export async function cardFingerprint(number: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(`card:${number.replace(/\D/g, '')}`));
  return `fp_${Array.from(new Uint8Array(digest).slice(0, 12), (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export function createOfflineGateway(): PaymentGateway {
  const charges = new Map<string, ChargeResult>();
  const refunds = new Map<string, RefundResult>();
  let n = 0;
  return {
    async attach(card) {
      const number = card.number.replace(/\D/g, '');
      const scenario = SCENARIOS[number] ?? 'ok';
      if (scenario !== 'ok' && scenario !== 'fail_later') return { ok: false, reason: scenario } satisfies AttachResult;
      return { ok: true, token: `tok_${scenario}_${number.slice(-4)}_${++n}`, brand: brandOf(number), last4: number.slice(-4), fingerprint: await cardFingerprint(number) };
    },
    async charge({ token, idempotencyKey }) {
      const earlier = charges.get(idempotencyKey);
      if (earlier) return earlier;
      const result: ChargeResult = token.startsWith('tok_fail_later_') || token.startsWith('tok_declined')
        ? { ok: false, reason: 'card_declined' }
        : { ok: true, chargeId: `ch_${idempotencyKey}` };
      charges.set(idempotencyKey, result);
      return result;
    },
    // A card whose charges fail (…0341) refuses refunds the same way; every card that can be charged takes them.
    async refund({ token, amount, idempotencyKey }) {
      const earlier = refunds.get(idempotencyKey);
      if (earlier) return earlier;
      const result: RefundResult = token.startsWith('tok_fail_later_') || token.startsWith('tok_declined') || amount <= 0
        ? { ok: false, reason: 'card_declined' }
        : { ok: true, refundId: `re_${idempotencyKey}` };
      refunds.set(idempotencyKey, result);
      return result;
    },
  };
}
