/** A year of the demo account's billing: three subscriptions and their paid monthly/yearly invoices. */
import { findPlan } from '../catalog/catalog.ts';
import { put, type Change } from '../model/changes.ts';
import type { Account, Invoice, Subscription } from '../model/records.ts';
import type { Ids } from '../ports/ids.ts';

const REVERSE_CHARGE = 'Reverse charge – VAT to be accounted for by the recipient (Art. 196 Directive 2006/112/EC)';

function addMonths(date: Date, months: number): Date {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1, 0, 0, 0));
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return d;
}

interface SubSeed {
  planId: string;
  interval: 'month' | 'year';
  seats: number;
  addOn?: { planId: string; seats: number };
}

const SUBSCRIPTIONS: SubSeed[] = [
  { planId: 'rs_premium', interval: 'month', seats: 10 },
  { planId: 'bp_standard', interval: 'year', seats: 15, addOn: { planId: 'cc_addon', seats: 5 } },
  { planId: 'mt_business', interval: 'month', seats: 20 },
];

export function demoBilling(account: Account, now: Date, ids: Ids): { changes: Change[]; invoiceSeq: number } {
  const changes: Change[] = [];
  const start = addMonths(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)), -12);
  const invoices: Invoice[] = [];
  for (const seed of SUBSCRIPTIONS) {
    const plan = findPlan(seed.planId);
    if (!plan) throw new Error(`demo plan ${seed.planId} missing`);
    const step = seed.interval === 'month' ? 1 : 12;
    const unit = (seed.interval === 'month' ? plan.monthly : plan.yearly)[account.currency];
    const addOnPlan = seed.addOn ? findPlan(seed.addOn.planId) : undefined;
    let periodStart = start;
    let periodEnd = addMonths(start, step);
    for (;;) {
      const lines = [
        { description: `${plan.productId}:${plan.id}`, productId: plan.productId, planId: plan.id, quantity: seed.seats, unitAmount: unit },
      ];
      if (seed.addOn && addOnPlan) {
        const addOnUnit = (seed.interval === 'month' ? addOnPlan.monthly : addOnPlan.yearly)[account.currency];
        lines.push({ description: `${addOnPlan.productId}:${addOnPlan.id}`, productId: addOnPlan.productId, planId: addOnPlan.id, quantity: seed.addOn.seats, unitAmount: addOnUnit });
      }
      const invoiceLines = lines.map((l) => ({ ...l, periodStart: periodStart.toISOString(), periodEnd: periodEnd.toISOString(), amount: l.quantity * l.unitAmount }));
      const subtotal = invoiceLines.reduce((sum, l) => sum + l.amount, 0);
      invoices.push({
        id: ids.next('inv'),
        number: '',
        kind: 'invoice',
        issuedAt: periodStart.toISOString(),
        currency: account.currency,
        lines: invoiceLines,
        subtotal,
        taxRatePercent: '0',
        tax: 0,
        total: subtotal,
        taxMention: REVERSE_CHARGE,
        status: 'paid',
        buyer: { name: account.name, address: account.billingAddress, ...(account.vatNumber ? { vatNumber: account.vatNumber } : {}) },
      });
      if (periodEnd > now) break;
      periodStart = periodEnd;
      periodEnd = addMonths(periodStart, step);
    }
    const sub: Subscription = {
      id: ids.next('sub'),
      productId: plan.productId,
      planId: plan.id,
      interval: seed.interval,
      seats: seed.seats,
      unitAmount: unit,
      currency: account.currency,
      periodStart: periodStart.toISOString(),
      periodEnd: periodEnd.toISOString(),
      autoRenew: true,
      addOns: seed.addOn && addOnPlan ? [{ productId: addOnPlan.productId, planId: addOnPlan.id, seats: seed.addOn.seats, unitAmount: (seed.interval === 'month' ? addOnPlan.monthly : addOnPlan.yearly)[account.currency] }] : [],
      createdAt: start.toISOString(),
    };
    changes.push(put('subscriptions', sub.id, sub));
  }
  // Numbers follow issue order, without gaps.
  invoices.sort((a, b) => a.issuedAt.localeCompare(b.issuedAt));
  invoices.forEach((invoice, index) => {
    invoice.number = `INV-${invoice.issuedAt.slice(0, 4)}-${String(index + 1).padStart(6, '0')}`;
    changes.push(put('invoices', invoice.id, invoice));
    const paymentId = ids.next('pay');
    changes.push(put('payments', paymentId, { id: paymentId, invoiceId: invoice.id, at: invoice.issuedAt, amount: invoice.total, currency: invoice.currency, method: 'Visa •••• 4242', status: 'succeeded' }));
  });
  return { changes, invoiceSeq: invoices.length };
}
