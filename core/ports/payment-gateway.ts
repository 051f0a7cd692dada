/** The payment gateway port. The built-in one is offline and deterministic (core/adapters/offline-gateway.ts). */
export type DeclineReason = 'invalid_number' | 'invalid_expiry' | 'insufficient_funds' | 'card_declined' | 'avs_failed';

export interface CardDetails {
  number: string;
  expMonth: number;
  expYear: number;
  cvc: string;
  holder: string;
  postalCode?: string;
  country?: string;
}

/**
 * `fingerprint` names the card number without revealing it: the same number always gets the same
 * fingerprint, whatever token the attach returns (as Stripe's card fingerprint).
 */
export type AttachResult = { ok: true; token: string; brand: string; last4: string; fingerprint: string } | { ok: false; reason: DeclineReason };
export type ChargeResult = { ok: true; chargeId: string } | { ok: false; reason: DeclineReason };
export type RefundResult = { ok: true; refundId: string } | { ok: false; reason: DeclineReason };

export interface PaymentGateway {
  attach(card: CardDetails): Promise<AttachResult>;
  /** Idempotent per key: the same key never charges twice. */
  charge(request: { token: string; amount: number; currency: string; idempotencyKey: string }): Promise<ChargeResult>;
  /** Sends money back to the card a charge came from. Idempotent per key: the same key never refunds twice. */
  refund(request: { token: string; amount: number; currency: string; idempotencyKey: string }): Promise<RefundResult>;
}
