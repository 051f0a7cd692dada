import { describe, expect, it } from 'vitest';
import { createOfflineGateway } from './offline-gateway.ts';

const card = (number: string) => ({ number, expMonth: 12, expYear: 2030, cvc: '123', holder: 'Claire Dubois' });

describe('the offline gateway’s refunds', () => {
  it('refunds to a card that can be charged, once per key', async () => {
    const gateway = createOfflineGateway();
    const attached = await gateway.attach(card('4242 4242 4242 4242'));
    if (!attached.ok) throw new Error('4242 must attach');
    const first = await gateway.refund({ token: attached.token, amount: 500, currency: 'EUR', idempotencyKey: 'refund-key-1' });
    expect(first).toEqual({ ok: true, refundId: 're_refund-key-1' });
    expect(await gateway.refund({ token: attached.token, amount: 500, currency: 'EUR', idempotencyKey: 'refund-key-1' })).toBe(first);
  });

  it('declines refunds to the card whose charges fail (…0341), and refunds of nothing', async () => {
    const gateway = createOfflineGateway();
    const failing = await gateway.attach(card('4000 0000 0000 0341'));
    const fine = await gateway.attach(card('4242 4242 4242 4242'));
    if (!failing.ok || !fine.ok) throw new Error('both cards attach');
    expect(await gateway.refund({ token: failing.token, amount: 500, currency: 'EUR', idempotencyKey: 'refund-key-2' })).toEqual({ ok: false, reason: 'card_declined' });
    expect(await gateway.refund({ token: fine.token, amount: 0, currency: 'EUR', idempotencyKey: 'refund-key-3' })).toEqual({ ok: false, reason: 'card_declined' });
  });
});
