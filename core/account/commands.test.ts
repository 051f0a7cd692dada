import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { put } from '../model/changes.ts';
import { DEMO_PASSWORD } from '../seed/demo-people.ts';
import { demoFixture, snapshot } from '../testing/fixture.ts';

const card = (number: string, extra: Partial<{ expMonth: number; expYear: number; cvc: string; holder: string }> = {}) => ({
  number,
  expMonth: 12,
  expYear: 2028,
  cvc: number.startsWith('37') ? '1234' : '123',
  holder: 'Claire Dubois',
  ...extra,
});

describe('cards', () => {
  it('validates number, expiry, security code and holder per field, and changes nothing', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const before = snapshot(f.store);
    const bad = await f.call(s, 'cards.add', card('4242 4242 4242 4241', { expMonth: 10, expYear: 2026, cvc: '12', holder: ' ' }));
    expect(!bad.ok && Object.keys(bad.error.fields ?? {}).sort()).toEqual(['cvc', 'expiry', 'holder', 'number']);
    const amex = await f.call(s, 'cards.add', card('378282246310005', { cvc: '123' }));
    expect(!amex.ok && amex.error.fields?.cvc?.params).toEqual({ size: 4 });
    expect(snapshot(f.store)).toBe(before);
  });

  it('answers each decline with a reason the admin can act on', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const keys = [];
    for (const number of ['4000000000000002', '4000000000009995', '4000000000000010']) {
      const result = await f.call(s, 'cards.add', card(number));
      keys.push(!result.ok && result.error.key);
    }
    expect(keys).toEqual(['errors.payment.card_declined', 'errors.payment.insufficient_funds', 'errors.payment.avs_failed']);
  });

  it('keeps only brand, last four, expiry, holder and token: never the number or the code', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const added = await f.call(s, 'cards.add', { ...card('5555 5555 5555 4444'), makeDefault: true });
    expect(added.ok && added.value.cards[0]).toMatchObject({ brand: 'mastercard', last4: '4444', isDefault: true });
    const dump = snapshot(f.store);
    expect(dump).not.toContain('5555555555554444');
    expect(dump).not.toContain('5555 5555 5555 4444');
    expect(added.ok && added.value.cards.filter((c) => c.isDefault)).toHaveLength(1);
    const old = [...f.store.tables.cards.values()].find((c) => c.last4 === '4242')!;
    const removed = await f.call(s, 'cards.remove', { id: old.id });
    expect(removed.ok).toBe(true);
    const refused = await f.call(s, 'cards.remove', { id: [...f.store.tables.cards.values()][0]!.id });
    expect(!refused.ok && refused.error.key).toBe('errors.card.removeDefault');
    void fs;
  });
});

describe('billing details and VAT', () => {
  it('a valid German VAT number gives reverse charge on the next quote; invoices already issued keep theirs', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const address = { line1: 'Hauptstraße 1', city: 'Berlin', postalCode: '10115', country: 'DE' };
    const issued = JSON.stringify([...f.store.tables.invoices.values()]);
    const noVat = await f.call(s, 'account.updateBilling', { name: 'Lumen Analytics GmbH', billingAddress: address, vatNumber: '', confirm: true });
    expect(noVat.ok && noVat.value.outcome === 'saved' && [noVat.value.details.taxKind, noVat.value.details.taxRateBasisPoints]).toEqual(['standard', 1900]);
    const badVat = await f.call(s, 'account.updateBilling', { name: 'Lumen Analytics GmbH', billingAddress: address, vatNumber: 'DE136695970' });
    expect(!badVat.ok && badVat.error.fields?.vatNumber?.key).toBe('errors.vat.checksum');
    const withVat = await f.call(s, 'account.updateBilling', { name: 'Lumen Analytics GmbH', billingAddress: address, vatNumber: 'de 136 695 976', confirm: true });
    expect(withVat.ok && withVat.value.outcome === 'saved' && [withVat.value.details.vatNumber, withVat.value.details.taxKind]).toEqual(['DE136695976', 'reverse_charge']);
    const rs = [...f.store.tables.subscriptions.values()].find((x) => x.productId === 'remote_support')!;
    const quote = await f.call(s, 'billing.preview', { changes: [{ kind: 'add_seats', subscriptionId: rs.id, seats: 1 }] });
    expect(quote.ok && quote.value.tax).toMatchObject({ kind: 'reverse_charge', amount: 0 });
    expect(quote.ok && quote.value.tax.mention).toContain('Reverse charge');
    expect(JSON.stringify([...f.store.tables.invoices.values()])).toBe(issued);
  });

  it('has no VAT number outside the EU', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const result = await f.call(s, 'account.updateBilling', { name: 'Lumen Inc', billingAddress: { line1: '1 Main St', city: 'Boston', postalCode: '02110', region: 'MA', country: 'US' }, vatNumber: 'DE136695976', confirm: true });
    expect(result.ok && result.value.outcome === 'saved' && [result.value.details.vatApplies, result.value.details.vatNumber, result.value.details.taxKind]).toEqual([false, null, 'outside_eu']);
  });
});

describe('pending payments, cancel and reactivate', () => {
  it('applies pending charges after a failed renewal, clearing past due', async () => {
    const f = await demoFixture();
    const demoCard = f.store.tables.cards.get('card_demo')!;
    await f.store.commit([put('cards', demoCard.id, { ...demoCard, token: 'tok_fail_later_0341_9' })]);
    f.clock.current = new Date('2026-12-05T10:00:00.000Z');
    await f.core.renewDue();
    const s = await f.signIn('Claire');
    const pending = await f.call(s, 'payments.pending');
    expect(pending.ok && pending.value.total).toBeGreaterThan(0);
    const failed = await f.call(s, 'payments.applyPending');
    expect(!failed.ok && failed.error.key).toBe('errors.payment.card_declined');
    await f.call(s, 'cards.add', { ...card('5555555555554444'), makeDefault: true });
    const applied = await f.call(s, 'payments.applyPending');
    expect(applied.ok && applied.value).toEqual({ paid: pending.ok ? pending.value.total : -1, status: 'active' });
    const after = await f.call(s, 'payments.pending');
    expect(after.ok && after.value.total).toBe(0);
    const tx = await f.call(s, 'transactions.list');
    expect(tx.ok && tx.value.transactions.some((t) => t.type === 'failed_payment')).toBe(true);
  });

  it('cancels with the password, stops renewals, emails, and a paid account then requests reactivation', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const wrong = await f.call(s, 'account.cancel', { reason: 'too_expensive', details: '', password: 'nope' });
    expect(!wrong.ok && wrong.error.fields?.password?.key).toBe('errors.password.currentWrong');
    const done = await f.call(s, 'account.cancel', { reason: 'switching', details: 'Moving to another tool', password: DEMO_PASSWORD });
    expect(done.ok).toBe(true);
    expect([...f.store.tables.subscriptions.values()].every((x) => !x.autoRenew)).toBe(true);
    expect(f.mailer.sent.some((e) => e.template === 'account_cancelled')).toBe(true);
    f.clock.current = new Date('2027-06-01T00:00:00.000Z');
    expect(await f.core.renewDue()).toBe(0);
    const again = await f.signIn('Claire');
    const request = await f.call(again, 'account.reactivate', { password: DEMO_PASSWORD });
    expect(request.ok && request.value).toEqual({ outcome: 'requested', requestState: 'sent' });
    expect(f.store.tables.account.get('account')!.status).toBe('cancelled');
  });

  it('shows a paid account’s request in the session, without the password, and lets a billing contact withdraw it', async () => {
    const f = await demoFixture();
    const claire = await f.signIn('Claire');
    expect((await f.call(claire, 'account.cancel', { reason: 'not_using', details: '', password: DEMO_PASSWORD })).ok).toBe(true);
    const noRequest = await f.call(await f.signIn('Claire'), 'account.withdrawReactivation');
    expect(!noRequest.ok && noRequest.error.key).toBe('errors.account.noReactivationRequest');
    const again = await f.signIn('Claire');
    expect((await f.call(again, 'account.reactivate', { password: DEMO_PASSWORD })).ok).toBe(true);
    const hannah = await f.signIn('Hannah');
    const session = await f.call(hannah, 'auth.session');
    expect(session.ok && session.value?.account).toMatchObject({ status: 'cancelled', reactivationState: 'sent' });
    const marco = await f.signIn('Marco');
    const before = snapshot(f.store);
    expect(await f.call(marco, 'account.withdrawReactivation')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(snapshot(f.store)).toBe(before);
    expect(await f.call(hannah, 'account.withdrawReactivation')).toEqual({ ok: true, value: { done: true } });
    const after = await f.call(hannah, 'auth.session');
    expect(after.ok && after.value?.account).toMatchObject({ status: 'cancelled', reactivationState: null });
    expect([...f.store.tables.audit.values()].at(-1)).toMatchObject({ action: 'account.reactivation_withdrawn', before: { state: { kind: 'enum', of: 'requestState', value: 'sent' } } });
    const twice = await f.call(hannah, 'account.withdrawReactivation');
    expect(!twice.ok && twice.error.code).toBe('conflict');
  });

  it('reactivates a trial account at once with the password', async () => {
    const f = await demoFixture();
    const account = f.store.tables.account.get('account')!;
    await f.store.commit([put('account', 'account', { ...account, status: 'cancelled', trialEndsAt: '2026-12-01T00:00:00.000Z' }), ...[...f.store.tables.subscriptions.values()].map((x) => put('subscriptions', x.id, { ...x, autoRenew: false })), ...[...f.store.tables.invoices.keys()].map((id) => ({ op: 'del' as const, coll: 'invoices' as const, id }))]);
    const s = await f.signIn('Claire');
    const result = await f.call(s, 'account.reactivate', { password: DEMO_PASSWORD });
    expect(result.ok && result.value.outcome).toBe('reactivated');
    expect(f.store.tables.account.get('account')!.status).toBe('active');
    expect([...f.store.tables.subscriptions.values()].every((x) => x.autoRenew)).toBe(true);
  });
});
