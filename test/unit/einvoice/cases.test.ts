/**
 * Each kind of document the app issues, as an e-invoice: valid against the official EN 16931 rules and
 * the CII schema, and right in its values — parties, VAT category and rate, periods, terms, totals.
 */
import { describe, expect, it } from 'vitest';
import { periodDays } from '../../../core/billing/period-days.ts';
import { REVERSE_CHARGE_MENTION } from '../../../core/billing/tax.ts';
import { decimalOf } from '../../../core/einvoice/amounts.ts';
import { eInvoiceOf } from '../../../core/einvoice/einvoice.ts';
import type { Invoice } from '../../../core/model/records.ts';
import { brokenRules, schemaErrors } from '../../einvoice/validate.ts';
import { billingFixture, text, texts } from './issue.ts';

type Setup = Awaited<ReturnType<typeof billingFixture>>;

/** The document's XML, checked valid (rules and schema) first. */
function valid(setup: Setup, invoice: Invoice): string {
  const { xml } = eInvoiceOf(setup.f.store.tables, invoice);
  expect(brokenRules(xml)).toEqual([]);
  expect(schemaErrors(xml)).toEqual([]);
  return xml;
}

const day = (iso: string) => iso.replaceAll('-', '');

describe('e-invoices of what the app issues', () => {
  it('reverse charge for an EU business with a VAT number: AE at 0 %, the buyer VAT number, the exemption reason', async () => {
    const setup = await billingFixture();
    const invoice = await setup.order({ kind: 'add_seats', subscriptionId: setup.sub('meetings').id, seats: 3 });
    expect(invoice.tax.kind).toBe('reverse_charge');
    const xml = valid(setup, invoice);
    expect(texts(xml, 'ram:TypeCode')[0]).toBe('380');
    expect(texts(xml, 'ram:CategoryCode').every((c) => c === 'AE')).toBe(true);
    expect(texts(xml, 'ram:RateApplicablePercent').every((r) => r === '0')).toBe(true);
    expect(text(xml, 'ram:ExemptionReasonCode')).toBe('VATEX-EU-AE');
    expect(text(xml, 'ram:ExemptionReason')).toBe(REVERSE_CHARGE_MENTION);
    // Seller (BT-27, BT-30, BT-31) and buyer (BT-44, BT-48, BT-55).
    expect(texts(xml, 'ram:Name').slice(-2)).toEqual(['Helpline Software Ireland Ltd', 'Lumen Analytics SAS']);
    expect(texts(xml, 'ram:ID')).toEqual(expect.arrayContaining(['654321', 'IE6388047V', 'FR83404833048']));
    expect(texts(xml, 'ram:CountryID')).toEqual(['IE', 'FR']);
    expect(text(xml, 'ram:TaxTotalAmount')).toBe('0.00');
  });

  it.each([
    ['DE', '10115', 1900, '19'],
    ['FI', '00100', 2550, '25.5'],
    ['IE', 'D02 X285', 2300, '23'],
  ])('standard rate in %s: category S at the country rate, VAT on the taxable total', async (country, postalCode, bp, rate) => {
    const setup = await billingFixture();
    await setup.relocate(country, undefined, postalCode);
    const invoice = await setup.order({ kind: 'add_seats', subscriptionId: setup.sub('meetings').id, seats: 7 });
    expect([invoice.tax.kind, invoice.tax.rateBasisPoints]).toEqual(['standard', bp]);
    const xml = valid(setup, invoice);
    expect(texts(xml, 'ram:CategoryCode').every((c) => c === 'S')).toBe(true);
    expect(texts(xml, 'ram:RateApplicablePercent').every((r) => r === rate)).toBe(true);
    expect(text(xml, 'ram:CalculatedAmount')).toBe(decimalOf(invoice.tax.amount));
    expect(text(xml, 'ram:BasisAmount')).toBe(decimalOf(invoice.subtotal));
    expect(text(xml, 'ram:TaxTotalAmount')).toBe(decimalOf(invoice.tax.amount));
    expect(text(xml, 'ram:GrandTotalAmount')).toBe(decimalOf(invoice.total));
    expect(invoice.tax.amount).toBeGreaterThan(0);
    expect(texts(xml, 'ram:CountryID')).toEqual(['IE', country]);
  });

  it('outside the EU: category O with its exemption reason, no rate, no VAT numbers (BR-O-02), seller legal registration kept', async () => {
    const setup = await billingFixture();
    await setup.relocate('CH', 'CHE-123.456.789', '8001');
    const invoice = await setup.order({ kind: 'add_seats', subscriptionId: setup.sub('meetings').id, seats: 2 });
    expect(invoice.tax.kind).toBe('outside_eu');
    const xml = valid(setup, invoice);
    expect(texts(xml, 'ram:CategoryCode').every((c) => c === 'O')).toBe(true);
    expect(texts(xml, 'ram:RateApplicablePercent')).toEqual([]);
    expect(text(xml, 'ram:ExemptionReasonCode')).toBe('VATEX-EU-O');
    expect(xml).not.toContain('schemeID="VA"');
    expect(texts(xml, 'ram:ID')).toContain('654321');
    expect(texts(xml, 'ram:CountryID')).toEqual(['IE', 'CH']);
  });

  it('a credit note: type 381, positive amounts, the invoice it corrects (BT-25, BT-26), credited to the balance', async () => {
    const setup = await billingFixture();
    const added = await setup.order({ kind: 'add_seats', subscriptionId: setup.sub('meetings').id, seats: 10 });
    setup.f.clock.advance(3 * 24 * 3600_000);
    const note = await setup.order({ kind: 'remove_seats', subscriptionId: setup.sub('meetings').id, seats: 10 });
    expect(note.kind).toBe('credit_note');
    const xml = valid(setup, note);
    expect(texts(xml, 'ram:TypeCode')[0]).toBe('381');
    expect(text(xml, 'ram:GrandTotalAmount')).toBe(decimalOf(-note.total));
    expect(text(xml, 'ram:TotalPrepaidAmount')).toBe(decimalOf(note.creditedToBalance));
    expect(text(xml, 'ram:DuePayableAmount')).toBe('0.00');
    expect(text(xml, 'ram:IssuerAssignedID')).toBe(added.number);
    const zone = setup.f.store.tables.account.get('account')!.timeZone;
    expect(texts(xml, 'qdt:DateTimeString')).toEqual([day(periodDays(added.issuedAt, added.issuedAt, zone).first)]);
    expect(texts(xml, 'ram:LineTotalAmount').slice(0, -1).map(Number).every((a) => a > 0)).toBe(true);
    expect(texts(xml, 'ram:Description').at(-1)).toMatch(/credit balance/u);
  });

  it('an invoice paid partly by account credit: paid amount (BT-113) is credit plus card, and the periods of service per line', async () => {
    const setup = await billingFixture();
    setup.f.clock.advance(24 * 3600_000);
    await setup.order({ kind: 'remove_seats', subscriptionId: setup.sub('meetings').id, seats: 5 });
    const invoice = await setup.order({ kind: 'add_seats', subscriptionId: setup.sub('remote_support').id, seats: 40 });
    expect(invoice.creditUsed).toBeGreaterThan(0);
    expect(invoice.amountPaid).toBeGreaterThan(0);
    const xml = valid(setup, invoice);
    expect(text(xml, 'ram:TotalPrepaidAmount')).toBe(decimalOf(invoice.creditUsed + invoice.amountPaid));
    expect(text(xml, 'ram:DuePayableAmount')).toBe(decimalOf(invoice.amountDue));
    expect(texts(xml, 'ram:Description').at(-1)).toMatch(/Paid when issued/u);
    const zone = setup.f.store.tables.account.get('account')!.timeZone;
    const periods = invoice.lines.flatMap((l) => {
      const { first, last } = periodDays(l.periodStart, l.periodEnd, zone);
      return [day(first), day(last)];
    });
    // Issue date (BT-2), then each line's start and end (BT-134, BT-135), then the due date (BT-9).
    const issue = day(periodDays(invoice.issuedAt, invoice.issuedAt, zone).first);
    expect(texts(xml, 'udt:DateTimeString')).toEqual([issue, ...periods, issue]);
  });
});
