/**
 * Purchase orders, notes and extra invoice recipients (core/billing/invoice-settings.ts): what an order
 * and a renewal carry onto the invoice, its CSV line and its e-invoice, and who receives which email.
 */
import { describe, expect, it } from 'vitest';
import { put } from '../../core/model/changes.ts';
import type { OutboxEmail } from '../../core/model/records.ts';
import { plain } from '../../core/testing/audit-plain.ts';
import { demoFixture, snapshot, type Fixture } from '../../core/testing/fixture.ts';
import type { SessionState } from '../../core/app/handler.ts';
import { brokenRules } from '../einvoice/validate.ts';

const ACCOUNTING = { email: 'accounting@lumen.example', language: 'fr' as const };
const AUDITOR = { email: 'audit@lumen.example', language: 'de' as const };

async function addSeat(f: Fixture, s: SessionState, seats = 1): Promise<void> {
  const sub = [...f.store.tables.subscriptions.values()].find((x) => x.planId === 'mt_business')!;
  const added = await f.call(s, 'cart.add', { change: { kind: seats > 0 ? 'add_seats' : 'remove_seats', subscriptionId: sub.id, seats: Math.abs(seats) } });
  expect(added.ok).toBe(true);
}

const outbox = (f: Fixture): OutboxEmail[] => [...f.store.tables.outbox.values()];
const toRecipients = (f: Fixture, template: OutboxEmail['template']) => outbox(f).filter((m) => m.template === template && m.userId === null);

describe('account.updateInvoiceSettings', () => {
  it('keeps the purchase-order number and recipients, audited once, and refuses bad input changing nothing', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const before = snapshot(f.store);
    const bad = [
      { purchaseOrder: 'x'.repeat(51), recipients: [] },
      { purchaseOrder: 'PO\n42', recipients: [] },
      { purchaseOrder: 'PO\u202e42', recipients: [] },
      { purchaseOrder: '', recipients: [ACCOUNTING, { ...ACCOUNTING, email: 'ACCOUNTING@lumen.example' }] },
      { purchaseOrder: '', recipients: [{ email: 'not an address', language: 'en' }] },
      { purchaseOrder: '', recipients: Array.from({ length: 6 }, (_, i) => ({ email: `a${i}@lumen.example`, language: 'en' })) },
    ];
    const keys: string[] = [];
    for (const input of bad) {
      const result = await f.call(s, 'account.updateInvoiceSettings', input);
      expect(result.ok).toBe(false);
      if (!result.ok) keys.push(...Object.values(result.error.fields ?? {}).map((e) => e.key));
    }
    expect(keys).toEqual([
      'errors.invoiceSettings.purchaseOrderTooLong',
      'errors.invoiceSettings.purchaseOrderInvalid',
      'errors.invoiceSettings.purchaseOrderInvalid',
      'errors.invoiceSettings.duplicateRecipient',
      'errors.email.invalid',
      'errors.invoiceSettings.tooManyRecipients',
    ]);
    expect(snapshot(f.store)).toBe(before);

    const saved = await f.call(s, 'account.updateInvoiceSettings', { purchaseOrder: '  PO-2027-0042 ', recipients: [ACCOUNTING] });
    expect(saved.ok && saved.value).toMatchObject({ purchaseOrder: 'PO-2027-0042', recipients: [ACCOUNTING] });
    const again = await f.call(s, 'account.updateInvoiceSettings', { purchaseOrder: 'PO-2027-0042', recipients: [ACCOUNTING] });
    expect(again.ok).toBe(true);
    const audits = [...f.store.tables.audit.values()].filter((a) => a.action === 'account.invoice_settings.updated');
    expect(audits).toHaveLength(1);
    expect(plain(audits[0]!.after)).toEqual({ purchaseOrder: 'PO-2027-0042', recipients: 'accounting@lumen.example (fr)' });
  });

  it('is read by billing viewers and changed only by billing contacts', async () => {
    const f = await demoFixture();
    const jan = await f.signIn('Jan'); // a licence manager: buys seats, no billing
    expect((await f.call(jan, 'account.updateInvoiceSettings', { purchaseOrder: 'X', recipients: [] })).ok).toBe(false);
    const hannah = await f.signIn('Hannah'); // a billing contact
    expect((await f.call(hannah, 'account.updateInvoiceSettings', { purchaseOrder: 'X', recipients: [] })).ok).toBe(true);
  });
});

describe('purchase orders and notes on orders', () => {
  it('carries the order’s number and note onto the order, the invoice, its CSV line and its e-invoice', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    await addSeat(f, s);
    const order = await f.call(s, 'orders.place', { idempotencyKey: 'po-order-1', purchaseOrder: ' BC-7781 ', note: 'Budget 2027 – équipe support\r\nCentre de coût 4410' });
    expect(order.ok && order.value).toMatchObject({ purchaseOrder: 'BC-7781', note: 'Budget 2027 – équipe support\nCentre de coût 4410' });
    if (!order.ok) return;
    const invoice = await f.call(s, 'invoices.get', { id: order.value.invoiceId! });
    expect(invoice.ok && [invoice.value.purchaseOrder, invoice.value.note]).toEqual(['BC-7781', 'Budget 2027 – équipe support\nCentre de coût 4410']);
    const tx = await f.call(s, 'transactions.list');
    expect(tx.ok && tx.value.transactions.find((t) => t.invoiceId === order.value.invoiceId && t.type === 'invoice')?.purchaseOrder).toBe('BC-7781');

    const e = await f.call(s, 'invoices.einvoice', { id: order.value.invoiceId! });
    expect(e.ok).toBe(true);
    if (!e.ok) return;
    expect(e.value.xml).toMatch(/<ram:BuyerOrderReferencedDocument>\s*<ram:IssuerAssignedID>BC-7781<\/ram:IssuerAssignedID>/u);
    expect(e.value.xml).toMatch(/<ram:IncludedNote>\s*<ram:Content>Budget 2027 – équipe support\nCentre de coût 4410<\/ram:Content>/u);
    expect(brokenRules(e.value.xml)).toEqual([]);
  });

  it('takes the account’s number when the order names none, and none when the order clears it', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    await f.call(s, 'account.updateInvoiceSettings', { purchaseOrder: 'PO-DEFAULT', recipients: [] });
    await addSeat(f, s);
    const first = await f.call(s, 'orders.place', { idempotencyKey: 'po-order-2' });
    expect(first.ok && first.value.purchaseOrder).toBe('PO-DEFAULT');
    await addSeat(f, s);
    const second = await f.call(s, 'orders.place', { idempotencyKey: 'po-order-3', purchaseOrder: '' });
    expect(second.ok && second.value.purchaseOrder).toBeUndefined();
    const invoice = second.ok ? f.store.tables.invoices.get(second.value.invoiceId!) : undefined;
    expect(invoice && 'purchaseOrder' in invoice).toBe(false);
  });

  it('refuses a note too long before charging anything', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    await addSeat(f, s);
    const before = snapshot(f.store);
    const result = await f.call(s, 'orders.place', { idempotencyKey: 'po-order-4', note: 'n'.repeat(501) });
    expect(!result.ok && result.error.fields?.note?.key).toBe('errors.invoiceSettings.noteTooLong');
    expect(snapshot(f.store)).toBe(before);
  });
});

describe('extra invoice recipients', () => {
  it('receive each invoice and credit note in their own language, with the purchase order', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    await f.call(s, 'account.updateInvoiceSettings', { purchaseOrder: 'PO-9', recipients: [ACCOUNTING, AUDITOR] });
    await addSeat(f, s, 2);
    const order = await f.call(s, 'orders.place', { idempotencyKey: 'recipients-1' });
    expect(order.ok ? order.value.status : JSON.stringify(order.error)).toBe('paid');
    const sent = toRecipients(f, 'invoice_issued');
    expect(sent.map((m) => [m.to, m.language])).toEqual([
      ['accounting@lumen.example', 'fr'],
      ['audit@lumen.example', 'de'],
    ]);
    const number = order.ok ? order.value.invoiceNumber! : '';
    expect(sent[0]!.subject).toBe(`La facture ${number} pour Lumen Analytics SAS`);
    expect(sent[0]!.body).toContain('Bon de commande : PO-9');
    expect(sent[1]!.body).toContain('Bestellnummer: PO-9');
    expect(sent[1]!.body).toMatch(/Sie ist bezahlt\.|Fälliger Betrag/u);

    await addSeat(f, s, -2);
    const credit = await f.call(s, 'orders.place', { idempotencyKey: 'recipients-2' });
    expect(credit.ok).toBe(true);
    const notes = toRecipients(f, 'invoice_issued').slice(2);
    expect(notes).toHaveLength(2);
    expect(notes[0]!.subject).toMatch(/^L’avoir CN-/u);
    expect(notes[0]!.body).toContain('porté au solde créditeur');
  });

  it('receive a renewal’s invoice and, once a pending payment is applied, its receipt', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    await f.call(s, 'account.updateInvoiceSettings', { purchaseOrder: 'PO-RENEW', recipients: [ACCOUNTING] });
    const demoCard = f.store.tables.cards.get('card_demo')!;
    await f.store.commit([put('cards', demoCard.id, { ...demoCard, token: 'tok_fail_later_0341_9' })]);
    const firstEnd = [...f.store.tables.subscriptions.values()].map((x) => x.periodEnd).sort()[0]!;
    f.clock.current = new Date(Date.parse(firstEnd) + 60_000);
    expect(await f.core.renewDue()).toBeGreaterThan(0);
    const renewed = [...f.store.tables.invoices.values()].filter((i) => i.source === 'renewal' && i.issuedAt >= firstEnd);
    expect(renewed.length).toBeGreaterThan(0);
    expect(renewed.map((i) => i.purchaseOrder)).toEqual(renewed.map(() => 'PO-RENEW'));
    expect(toRecipients(f, 'invoice_issued').map((m) => m.subject)).toEqual(renewed.map((i) => `La facture ${i.number} pour Lumen Analytics SAS`));
    expect(toRecipients(f, 'invoice_issued')[0]!.body).toContain('Montant dû');

    await f.call(s, 'cards.add', { number: '5555555555554444', expMonth: 12, expYear: 2030, cvc: '123', holder: 'Claire Dubois', makeDefault: true });
    const applied = await f.call(s, 'payments.applyPending');
    expect(applied.ok).toBe(true);
    const receipts = toRecipients(f, 'payment_receipt');
    expect(receipts).toHaveLength(1);
    expect(receipts[0]!.subject).toBe('Reçu de paiement pour Lumen Analytics SAS');
    for (const i of renewed) expect(receipts[0]!.body).toContain(i.number);
  });
});
