/**
 * An issued invoice or credit note in EN 16931 terms (the semantic model, amounts in minor units), from
 * the app's own record. Written to CII by `cii.ts`; each field names its business term (BT-…/BG-…).
 *
 * Choices, where the app's rules leave a choice to the standard:
 * - A credit note (TypeCode 381) carries positive amounts, as EN 16931 expects: the app keeps credit
 *   notes as negative totals, so every amount of a credit note is negated here.
 * - One VAT rate per document (the app taxes the taxable total at the customer's rate), so one VAT
 *   breakdown (BG-23): standard rate S, reverse charge AE, or O outside the EU. O, not G: G is a zero-rated
 *   export of goods leaving the EU (Art. 146 of Directive 2006/112/EC), while these are services whose
 *   place of supply is the customer's country outside the EU (Art. 44 and 59): not subject to EU VAT at
 *   all. EN 16931 then forbids the seller's and buyer's VAT numbers (BR-O-02); the seller keeps its legal
 *   registration (BT-30).
 * - A line is a product's plan for a period: quantity in seats (C62), net price per seat; a prorated line
 *   states its price for its quantity of seats (BT-149 base quantity), so quantity × price / base
 *   quantity is the line amount exactly, with no rounded unit price.
 * - Paid amount (BT-113) is what was settled when issued: account credit used plus what the card paid;
 *   a credit note's amount goes to the account's credit balance, so nothing is left to pay (BT-115 0).
 */
import { findPlan, findProduct } from '../catalog/catalog.ts';
import type { Address, Invoice, InvoiceLine } from '../model/records.ts';
import { percentOfRate, day102 } from './amounts.ts';

export type VatCategory = 'S' | 'AE' | 'O';

export interface EParty {
  name: string; // BT-27 / BT-44
  legalId?: string; // BT-30 / BT-47
  vatId?: string; // BT-31 / BT-48
  address: Address; // BG-5 / BG-8
}

export interface ELine {
  id: string; // BT-126
  name: string; // BT-153
  description: string; // BT-154
  sellerItemId: string; // BT-155
  quantity: number; // BT-129, seats (C62), signed like the amount
  price: number; // BT-146, minor units, never negative
  baseQuantity: number; // BT-149
  amount: number; // BT-131
  periodStart: string; // BT-134 (YYYYMMDD)
  periodEnd: string; // BT-135 (YYYYMMDD, the last day included)
}

export interface EVat {
  category: VatCategory; // BT-118 / BT-151
  rate?: string; // BT-119 / BT-152 (percent; absent for O)
  basis: number; // BT-116
  tax: number; // BT-117
  exemptionReason?: string; // BT-120
  exemptionCode?: string; // BT-121
}

export interface EDocument {
  number: string; // BT-1
  typeCode: '380' | '381'; // BT-3
  issueDate: string; // BT-2 (YYYYMMDD)
  currency: 'EUR' | 'USD'; // BT-5
  seller: EParty; // BG-4
  buyer: EParty; // BG-7
  lines: ELine[]; // BG-25
  vat: EVat; // BG-23
  paymentTerms: string; // BT-20
  dueDate?: string; // BT-9 (YYYYMMDD)
  preceding?: { number: string; issueDate: string }; // BG-3: BT-25, BT-26
  purchaseOrder?: string; // BT-13
  note?: string; // BG-1: BT-22
  totals: {
    lineTotal: number; // BT-106
    taxBasis: number; // BT-109
    tax: number; // BT-110
    grandTotal: number; // BT-112
    prepaid: number; // BT-113
    due: number; // BT-115
  };
}

/** What the record alone does not say: the zone its days are read in and the invoice a credit note corrects. */
export interface EContext {
  timeZone: string;
  sellerLegalId: string;
  preceding?: Pick<Invoice, 'number' | 'issuedAt'>;
}

export const REVERSE_CHARGE_CODE = 'VATEX-EU-AE';
export const OUTSIDE_SCOPE_CODE = 'VATEX-EU-O';
export const OUTSIDE_SCOPE_REASON = 'Not subject to EU VAT: services supplied to a customer established outside the EU (Art. 44 and 59 of Directive 2006/112/EC)';
export const TERMS = {
  paid: 'Paid when issued: account credit first, then the card on file.',
  due: 'Payable on receipt, by the card on file.',
  credited: 'Credited to the customer’s account credit balance.',
} as const;

const CATEGORY: Record<Invoice['tax']['kind'], VatCategory> = { standard: 'S', reverse_charge: 'AE', outside_eu: 'O' };

function itemName(line: InvoiceLine): string {
  const product = findProduct(line.productId)?.name ?? line.productId;
  const plan = findPlan(line.planId)?.name ?? line.planId;
  return `${product} – ${plan}`;
}

function eLine(line: InvoiceLine, index: number, sign: 1 | -1, timeZone: string): ELine {
  const amount = sign * line.amount;
  const seats = Math.abs(line.quantity);
  const whole = seats > 0 && seats * line.unitAmount === Math.abs(amount);
  const quantity = seats === 0 ? Math.sign(amount) || 1 : Math.sign(amount || 1) * seats;
  const kind = line.kind === 'credit' ? 'credit for the unused time' : 'charge';
  return {
    id: String(index + 1),
    name: itemName(line),
    description: `${seats} seat${seats === 1 ? '' : 's'}, ${line.interval === 'year' ? 'yearly' : 'monthly'} plan, ${kind}`,
    sellerItemId: line.planId,
    quantity,
    price: whole ? line.unitAmount : Math.abs(amount),
    baseQuantity: whole ? 1 : Math.abs(quantity),
    amount,
    periodStart: day102(line.periodStart, timeZone),
    // The period is [start, end): its last day included is the day of the instant before `end`.
    periodEnd: day102(new Date(Date.parse(line.periodEnd) - 1).toISOString(), timeZone),
  };
}

function party(p: Invoice['seller'] | Invoice['buyer'], withVat: boolean, legalId?: string): EParty {
  return { name: p.name, ...(legalId ? { legalId } : {}), ...(withVat && p.vatNumber ? { vatId: vatId(p.vatNumber, p.address.country) } : {}), address: p.address };
}

/** A VAT number with its country prefix (BR-CO-9); Greece's prefix is EL. */
function vatId(number: string, country: string): string {
  const compact = number.replace(/[\s.-]/gu, '').toUpperCase();
  if (/^[A-Z]{2}/u.test(compact)) return compact;
  return `${country === 'GR' ? 'EL' : country.toUpperCase()}${compact}`;
}

function vatBreakdown(invoice: Invoice, sign: 1 | -1): EVat {
  const category = CATEGORY[invoice.tax.kind];
  const base = { category, basis: sign * invoice.subtotal, tax: sign * invoice.tax.amount };
  if (category === 'S') return { ...base, rate: percentOfRate(invoice.tax.rateBasisPoints) };
  if (category === 'AE') return { ...base, rate: '0', exemptionReason: invoice.tax.mention ?? 'Reverse charge', exemptionCode: REVERSE_CHARGE_CODE };
  return { ...base, exemptionReason: OUTSIDE_SCOPE_REASON, exemptionCode: OUTSIDE_SCOPE_CODE };
}

/** The EN 16931 document for an issued invoice or credit note. */
export function eDocument(invoice: Invoice, context: EContext): EDocument {
  const credit = invoice.kind === 'credit_note';
  const sign = credit ? -1 : 1;
  const vat = vatBreakdown(invoice, sign);
  const withVat = vat.category !== 'O';
  const grandTotal = sign * invoice.total;
  const due = credit ? 0 : invoice.amountDue;
  const issueDate = day102(invoice.issuedAt, context.timeZone);
  return {
    number: invoice.number,
    typeCode: credit ? '381' : '380',
    issueDate,
    currency: invoice.currency,
    seller: party(invoice.seller, withVat, context.sellerLegalId),
    buyer: party(invoice.buyer, withVat),
    lines: invoice.lines.map((l, i) => eLine(l, i, sign, context.timeZone)),
    vat,
    paymentTerms: credit ? TERMS.credited : due > 0 ? TERMS.due : TERMS.paid,
    ...(credit ? {} : { dueDate: issueDate }),
    ...(context.preceding ? { preceding: { number: context.preceding.number, issueDate: day102(context.preceding.issuedAt, context.timeZone) } } : {}),
    ...(invoice.purchaseOrder ? { purchaseOrder: invoice.purchaseOrder } : {}),
    ...(invoice.note ? { note: invoice.note } : {}),
    totals: {
      lineTotal: sign * invoice.subtotal,
      taxBasis: sign * invoice.subtotal,
      tax: sign * invoice.tax.amount,
      grandTotal,
      prepaid: grandTotal - due,
      due,
    },
  };
}
