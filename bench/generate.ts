/**
 * The seeded generator: an account as it would stand after ten years — N users holding licences of the
 * three products (with their per-user features), 20 monthly subscriptions renewed every month for ten
 * years (an invoice, a payment and an audit entry each), and an audit history for the people.
 * Invoices are issued by the core's own issueInvoice, so numbers, totals and tax are the app's.
 * Users get no password hash, except one admin (see bulk-load.ts for how it reaches disk).
 */
import { TZDate } from '@date-fns/tz';
import { issueInvoice } from '../core/billing/invoices.ts';
import { addIntervals } from '../core/billing/periods.ts';
import { totals } from '../core/billing/quote.ts';
import { itemsOf, priceOf } from '../core/billing/subscription-state.ts';
import { CATALOG, findPlan } from '../core/catalog/catalog.ts';
import { applyChange, emptyTables, put, type Change, type Tables } from '../core/model/changes.ts';
import { LANGUAGES, QUEUE_KINDS, type Account, type AuditEntry, type Queue, type Subscription, type User } from '../core/model/records.ts';
import type { Ids } from '../core/ports/ids.ts';

export interface GenerateOptions {
  users: number;
  seed: number;
  now: Date;
  /** Already hashed (the bench uses the fast fake hasher from core/testing/fakes.ts). */
  adminPasswordHash: string;
}

export interface Generated {
  tables: Tables;
  adminId: string;
  adminEmail: string;
  subscriptions: Subscription[];
  lastInvoiceId: string;
}

const YEARS = 10;
const SUBSCRIPTIONS = 20;
const ZONE = 'Europe/Paris';
const PRODUCTS = CATALOG.filter((p) => !p.addOnOf);
const QUEUES = 50;
const QUEUE_NAMES = ['Support', 'Sales', 'Billing', 'Renewals', 'Onboarding', 'Escalations', 'Partners', 'VIP'];
const FIRST = ['Anna', 'Ben', 'Chloé', 'David', 'Elena', 'Felix', 'Greta', 'Hugo', 'Inès', 'Jonas', 'Katrin', 'Luca', 'Maya', 'Nils', 'Olga', 'Paul', 'Rosa', 'Sami', 'Tess', 'Ugo'];
const LAST = ['Martin', 'Bernard', 'Rossi', 'Müller', 'García', 'Silva', 'de Jong', 'Smith', 'Dubois', 'Romano', 'Fischer', 'López', 'Costa', 'Visser', 'Jones', 'Moreau'];
const ZONES = ['Europe/Paris', 'Europe/Berlin', 'Europe/Rome', 'Europe/Madrid', 'Europe/Lisbon', 'Europe/Amsterdam', 'Europe/London', 'America/New_York'];

/** mulberry32: a tiny seeded PRNG, so every run builds the same data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Generated ids carry "_g" so they never collide with ids the running core mints. */
function generatedIds(): Ids {
  let n = 0;
  return { next: (prefix) => `${prefix}_g${String(++n).padStart(9, '0')}` };
}

export function generate(options: GenerateOptions): Generated {
  const random = prng(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const ids = generatedIds();
  const tables = emptyTables();
  const apply = (change: Change) => applyChange(tables, change);
  // Periods start at local midnight on the 1st; month k of the ten years runs [months[k], months[k+1]).
  const local = new TZDate(options.now.getTime(), ZONE);
  const thisMonth = new Date(new TZDate(local.getFullYear(), local.getMonth(), 1, ZONE).getTime()).toISOString();
  const anchor = addIntervals(thisMonth, 'month', -(YEARS * 12 - 1), ZONE);
  const months = Array.from({ length: YEARS * 12 + 1 }, (_, k) => addIntervals(anchor, 'month', k, ZONE));
  const start = new Date(anchor).getTime();
  const span = options.now.getTime() - start;
  const instant = (from = start) => new Date(from + Math.floor(random() * (options.now.getTime() - from))).toISOString();

  const account: Account = {
    id: 'account',
    name: 'Bench Industries SE',
    billingMode: 'self_service',
    currency: 'EUR',
    billingAddress: { line1: '18 rue de la Paix', city: 'Paris', postalCode: '75002', country: 'FR' },
    vatNumber: 'FR83404833048',
    status: 'active',
    creditBalance: 0,
    timeZone: ZONE,
    createdAt: new Date(start - 86_400_000).toISOString(),
  };
  apply(put('account', 'account', account));
  apply(put('meta', 'meta', { id: 'meta', invoiceSeq: 0, seededAt: account.createdAt }));
  apply(put('roles', 'role_licence_manager', { id: 'role_licence_manager', name: 'Licence manager', permissions: ['manage_licenses'] }));
  apply(put('cards', 'card_bench', { id: 'card_bench', brand: 'visa', last4: '4242', expMonth: 8, expYear: options.now.getUTCFullYear() + 3, holder: 'Ada Admin', token: 'tok_ok_4242_bench', isDefault: true, createdAt: account.createdAt }));

  const audit = (at: string, actorId: string | null, action: string, targetType: string, targetId: string, before: AuditEntry['before'], after: AuditEntry['after']) => {
    const id = ids.next('aud');
    apply(put('audit', id, { id, at, actorId, action, targetType, targetId, before, after }));
  };

  // People: the admin first, then N-1 users; about 40 % hold each product.
  let adminId = '';
  const adminEmail = 'ada.admin@bench.example';
  for (let i = 0; i < options.users; i++) {
    const id = ids.next('usr');
    const admin = i === 0;
    const createdAt = admin ? account.createdAt : new Date(start + Math.floor(random() * span)).toISOString();
    const first = admin ? 'Ada' : pick(FIRST);
    const last = admin ? 'Admin' : pick(LAST);
    const products = PRODUCTS.filter(() => admin || random() < 0.4).map((p) => ({
      productId: p.id,
      features: Object.fromEntries(p.features.map((f) => [f, random() < 0.5])),
      assignedAt: createdAt,
    }));
    const edited = !admin && random() < 0.5;
    const user: User = {
      id,
      email: admin ? adminEmail : `${first}.${last}.${i}@bench.example`.toLowerCase().replace(/\s+/g, ''),
      firstName: first,
      lastName: last,
      phone: edited ? `+33 1 ${String(10_000_000 + i).slice(-8)}` : '',
      language: admin ? 'en' : pick(LANGUAGES),
      timeZone: admin ? ZONE : pick(ZONES),
      role: admin ? 'super_admin' : random() < 0.01 ? 'admin' : 'user',
      ...(!admin && random() < 0.01 ? { customRoleId: 'role_licence_manager' } : {}),
      billingContact: admin,
      status: !admin && random() < 0.03 ? 'deactivated' : 'active',
      ...(admin ? { passwordHash: options.adminPasswordHash } : {}),
      products,
      createdAt,
      updatedAt: edited ? instant(new Date(createdAt).getTime()) : createdAt,
    };
    if (admin) adminId = id;
    apply(put('users', id, user));
    if (!admin) audit(createdAt, adminId, 'user.invited', 'user', id, null, { email: user.email, role: user.role });
    if (edited) audit(user.updatedAt, id, 'user.personal_info.updated', 'user', id, { phone: '' }, { phone: user.phone });
  }

  // Contact Center: about 2 % of active users sit in one to three of 50 queues (each holds the licence).
  const queued = [...tables.users.values()].filter((u) => u.status === 'active' && u.products.some((p) => p.productId === 'business_phone') && random() < 0.05);
  const queues = Array.from({ length: QUEUES }, (_, q) => ({ id: `que_g${String(q + 1).padStart(6, '0')}`, kind: QUEUE_KINDS[q % 3]!, name: `${QUEUE_NAMES[q % QUEUE_NAMES.length]} ${q + 1}`, members: [] as Queue['members'], createdAt: account.createdAt }));
  for (const user of queued) {
    const count = 1 + Math.floor(random() * 3);
    for (let c = 0; c < count; c++) {
      const queue = pick(queues);
      if (!queue.members.some((m) => m.userId === user.id)) queue.members.push({ userId: user.id, role: random() < 0.15 ? 'supervisor' : 'agent' });
    }
    apply(put('users', user.id, { ...user, products: [...user.products, { productId: 'contact_center', features: {}, assignedAt: user.createdAt }] }));
  }
  for (const queue of queues) apply(put('queues', queue.id, queue));

  // Every subscription must cover the licences assigned (the core refuses seats below them).
  const holders = new Map(PRODUCTS.map((p) => [p.id, 0]));
  for (const user of tables.users.values()) {
    if (user.status !== 'active') continue;
    for (const held of user.products) holders.set(held.productId, (holders.get(held.productId) ?? 0) + 1);
  }
  const subscriptions: Subscription[] = [];
  for (let i = 0; i < SUBSCRIPTIONS; i++) {
    const product = PRODUCTS[i % PRODUCTS.length]!;
    const plan = product.plans[Math.floor(i / PRODUCTS.length) % product.plans.length]!;
    const addOn = product.id === 'business_phone' && i % 2 === 0 ? findPlan('cc_addon')! : undefined;
    subscriptions.push({
      id: ids.next('sub'),
      productId: product.id,
      planId: plan.id,
      interval: 'month',
      seats: (holders.get(product.id) ?? 0) + 5 + i,
      unitAmount: priceOf(plan, 'month', 'EUR'),
      currency: 'EUR',
      periodStart: months[0]!,
      periodEnd: months[1]!,
      anchorAt: anchor,
      periodIndex: 0,
      autoRenew: true,
      // The first Contact Center add-on covers every queued user; the others add a few seats.
      addOns: addOn ? [{ productId: addOn.productId, planId: addOn.id, seats: subscriptions.some((s) => s.addOns.length) ? 5 : queued.length + 10, unitAmount: priceOf(addOn, 'month', 'EUR') }] : [],
      createdAt: months[0]!,
    });
  }

  // Ten years of monthly billing: each period invoiced, paid by card, and logged, in date order.
  let lastInvoiceId = '';
  for (let k = 0; k < YEARS * 12; k++) {
    for (const sub of subscriptions) {
      const lines = itemsOf(sub).map((item) => ({ kind: 'charge' as const, subscriptionId: sub.id, productId: item.productId, planId: item.planId, interval: sub.interval, periodStart: months[k]!, periodEnd: months[k + 1]!, quantity: item.seats, unitAmount: item.unitAmount, amount: item.unitAmount * item.seats }));
      const issued = issueInvoice(tables, ids, { lines, at: months[k]!, source: k === 0 ? 'history' : 'renewal', paid: totals(account, lines).amountDue });
      issued.changes.forEach(apply);
      lastInvoiceId = issued.invoice.id;
      const paymentId = ids.next('pay');
      apply(put('payments', paymentId, { id: paymentId, invoiceId: issued.invoice.id, at: months[k]!, amount: issued.invoice.amountPaid, currency: 'EUR', method: 'visa •••• 4242', status: 'succeeded' }));
      if (k > 0) audit(months[k]!, null, 'subscription.renewed', 'subscription', sub.id, { periodEnd: months[k]! }, { periodEnd: months[k + 1]!, invoice: issued.invoice.number });
    }
  }
  for (const sub of subscriptions) {
    Object.assign(sub, { periodStart: months[YEARS * 12 - 1]!, periodEnd: months[YEARS * 12]!, periodIndex: YEARS * 12 - 1 });
    apply(put('subscriptions', sub.id, sub));
  }
  return { tables, adminId, adminEmail, subscriptions, lastInvoiceId };
}
