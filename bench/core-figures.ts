/**
 * The in-process figures on the 10k-user dataset, ours and naive, each on its own scratch copy:
 * one change durable, an order placed, a 5-line quote, a year of renewals caught up; plus a few
 * queries timed for information (ours only).
 */
import path from 'node:path';
import type { Channel } from '../core/contract.ts';
import { put } from '../core/model/changes.ts';
import { FIXED_NOW } from '../core/testing/fakes.ts';
import { copyDataset, type Dataset } from './bulk-load.ts';
import { openSignedIn, type Kind } from './setup.ts';
import { sample, summarize, type Row, type Summary } from './stats.ts';

const DAY = 86_400_000;
const BULK = 5_000;
type Pair = Record<Kind, Summary>;

/** Five cart lines on five subscriptions: seats, plan changes, an add-on, a co-term product. */
export function fiveLines(dataset: Dataset) {
  const subs = dataset.subscriptions;
  const find = (planId: string, nth = 0, addOns?: number) => subs.filter((s) => s.planId === planId && (addOns === undefined || s.addOns === addOns))[nth]!.id;
  return [
    { kind: 'add_seats', subscriptionId: find('rs_standard', 0), seats: 2 },
    { kind: 'change_plan', subscriptionId: find('rs_standard', 1), planId: 'rs_premium' },
    { kind: 'change_plan', subscriptionId: find('bp_basic', 0, 0), planId: 'bp_premium' },
    { kind: 'add_addon', subscriptionId: find('bp_premium', 0, 0), planId: 'cc_addon', seats: 3 },
    { kind: 'add_seats', subscriptionId: find('mt_business', 0), seats: 4 },
  ];
}

async function durableChange(kind: Kind, dataset: Dataset): Promise<Summary> {
  const bench = await openSignedIn(kind, dataset);
  let n = 0;
  const personal = () => ({ firstName: 'Ada', lastName: 'Admin', phone: `+33 1 ${String(++n).padStart(8, '0')}`, language: 'en', timeZone: 'Europe/Paris' });
  const samples = await sample(kind === 'ours' ? { n: 200, warmup: 10 } : { n: 7, warmup: 1, budgetMs: 6_000 }, (input) => bench.call('me.updatePersonal', input), personal);
  await bench.close();
  return summarize(samples);
}

/** One licence change, durable: a user's Remote Support feature switched, on and off in turn. */
async function oneLicence(kind: Kind, dataset: Dataset): Promise<Summary> {
  const bench = await openSignedIn(kind, dataset);
  const holder = [...bench.store.tables.users.values()].find((u) => u.status === 'active' && u.products.some((p) => p.productId === 'remote_support'))!;
  let on = false;
  const input = () => ({ userIds: [holder.id], assign: [{ productId: 'remote_support', features: { session_recording: (on = !on) } }], remove: [], alsoRemoveFromQueues: false, notify: false });
  const samples = await sample(kind === 'ours' ? { n: 200, warmup: 10 } : { n: 7, warmup: 1, budgetMs: 6_000 }, (i) => bench.call('licences.apply', i), input);
  await bench.close();
  return summarize(samples);
}

/**
 * 5,000 active users without Meetings get it in one licences.apply (seats bought first, untimed);
 * between samples the same users lose it again (untimed), so every sample assigns 5,000.
 */
async function bulkAssign(kind: Kind, dataset: Dataset): Promise<Summary> {
  const bench = await openSignedIn(kind, dataset);
  const tables = bench.store.tables;
  const userIds = [...tables.users.values()].filter((u) => u.status === 'active' && !u.products.some((p) => p.productId === 'meetings')).slice(0, BULK).map((u) => u.id);
  if (userIds.length < BULK) throw new Error(`only ${userIds.length} users without Meetings`);
  const sub = [...tables.subscriptions.values()].find((s) => s.productId === 'meetings')!;
  await bench.store.commit([put('subscriptions', sub.id, { ...sub, seats: sub.seats + BULK })]);
  const change = { userIds, remove: [] as string[], alsoRemoveFromQueues: false, notify: false };
  const samples = await sample(kind === 'ours' ? { n: 7, warmup: 1 } : { n: 3, warmup: 0, budgetMs: 20_000 }, async () => {
    const plan = (await bench.call('licences.apply', { ...change, assign: [{ productId: 'meetings', features: {} }] })) as { changedUserIds: string[] };
    if (plan.changedUserIds.length !== BULK) throw new Error(`assigned ${plan.changedUserIds.length}`);
  }, async () => {
    await bench.call('licences.apply', { ...change, assign: [], remove: ['meetings'] });
  });
  await bench.close();
  return summarize(samples);
}

async function placeOrder(kind: Kind, dataset: Dataset): Promise<Summary> {
  const bench = await openSignedIn(kind, dataset);
  const subscriptionId = dataset.subscriptions.find((s) => s.planId === 'rs_premium')!.id;
  let n = 0;
  const fillCart = async () => {
    await bench.call('cart.add', { change: { kind: 'add_seats', subscriptionId, seats: 1 } });
    return { idempotencyKey: `bench-order-${kind}-${++n}` };
  };
  const samples = await sample(kind === 'ours' ? { n: 100, warmup: 5 } : { n: 5, warmup: 1, budgetMs: 6_000 }, async (input) => {
    const order = (await bench.call('orders.place', input)) as { status: string };
    if (order.status !== 'paid') throw new Error(`order ${order.status}`);
  }, fillCart);
  await bench.close();
  return summarize(samples);
}

async function quote(kind: Kind, dataset: Dataset): Promise<Summary> {
  const bench = await openSignedIn(kind, dataset);
  const changes = fiveLines(dataset);
  const samples = await sample(kind === 'ours' ? { n: 200, warmup: 20 } : { n: 7, warmup: 1, budgetMs: 4_000 }, async () => {
    const quoted = (await bench.call('billing.preview', { changes })) as { lines: unknown[] };
    if (quoted.lines.length < 5) throw new Error('short quote');
  });
  await bench.close();
  return summarize(samples);
}

/**
 * Ours: the app reopened a year later — 12 periods × 20 subscriptions = 240 renewals, one commit each.
 * Naive: a full year takes minutes, so one month (20 renewals) is timed per sample and the figure
 * shown is 12 × that (labelled as projected).
 */
async function renewals(kind: Kind, dataset: Dataset, scratch: string): Promise<Summary> {
  const samples: number[] = [];
  if (kind === 'ours') {
    for (let i = 0; i < 5; i++) {
      const bench = await openSignedIn(kind, copyDataset(dataset, scratch, kind));
      bench.clock.current = new Date(FIXED_NOW.getTime() + 365 * DAY);
      const [timed] = await sample({ n: 1 }, async () => {
        const count = await bench.core.renewDue();
        if (count !== 240) throw new Error(`renewed ${count}, expected 240`);
      });
      samples.push(timed!);
      await bench.close();
    }
    return summarize(samples);
  }
  const bench = await openSignedIn(kind, copyDataset(dataset, scratch, kind));
  let month = 0;
  const monthly = await sample({ n: 2 }, async () => {
    // 30, 60 … days on: exactly one more period of each subscription has ended each time.
    bench.clock.current = new Date(FIXED_NOW.getTime() + ++month * 30 * DAY);
    const count = await bench.core.renewDue();
    if (count !== 20) throw new Error(`renewed ${count}, expected 20`);
  });
  await bench.close();
  return summarize(monthly.map((t) => t * 12));
}

const INFO_QUERIES: [Channel, unknown][] = [
  ['auth.session', undefined],
  ['users.list', undefined],
  ['billing.overview', undefined],
  ['subscriptions.list', undefined],
  ['invoices.list', undefined],
  ['transactions.list', undefined],
  ['payments.pending', undefined],
  ['audit.list', { limit: 100 }],
];

async function infoQueries(dataset: Dataset, scratch: string): Promise<Row[]> {
  const bench = await openSignedIn('ours', copyDataset(dataset, scratch, 'ours'));
  const rows: Row[] = [];
  for (const [channel, input] of INFO_QUERIES) {
    const samples = await sample({ n: 15, warmup: 2 }, () => bench.call(channel, input));
    rows.push({ figure: `query ${channel}, 10k users (info)`, unit: 'ms', ours: summarize(samples), naive: null, target: null });
  }
  await bench.close();
  return rows;
}

async function pair(run: (kind: Kind) => Promise<Summary>): Promise<Pair> {
  const ours = await run('ours');
  const naive = await run('naive');
  return { ours, naive };
}

export async function coreFigures(dataset: Dataset, root: string, log: (text: string) => void): Promise<Row[]> {
  const scratch = (name: string) => path.join(root, 'scratch', name);
  const rows: Row[] = [];
  log('one change durable (me.updatePersonal)…');
  const change = await pair((kind) => durableChange(kind, copyDataset(dataset, scratch(`change-${kind}`), kind)));
  rows.push({ figure: 'one change durable (me.updatePersonal), p50 (info)', unit: 'ms', ...change, target: null });
  log('one licence change durable…');
  const licence = await pair((kind) => oneLicence(kind, copyDataset(dataset, scratch(`licence-${kind}`), kind)));
  rows.push({ figure: 'one licence change durable (licences.apply, 1 user), p50', unit: 'ms', ...licence, target: 5, minRatio: 10, note: 'a feature switched on one user: user put + audit entry, one journal commit' });
  log('bulk assign 5,000 licences…');
  const bulk = await pair((kind) => bulkAssign(kind, copyDataset(dataset, scratch(`bulk-${kind}`), kind)));
  rows.push({ figure: 'bulk assign 5,000 licences (licences.apply), durable', unit: 'ms', ...bulk, target: 200, note: '5,000 user puts + 5,000 audit entries in one journal commit; seats checked, all or nothing' });
  log('place an order…');
  const order = await pair((kind) => placeOrder(kind, copyDataset(dataset, scratch(`order-${kind}`), kind)));
  rows.push({ figure: 'place an order (orders.place), p50', unit: 'ms', ...order, target: 10, note: 'quote + invoice + payment + outbox email + audit, one journal commit; 10 years of invoices in the store; the cart is filled (cart.add) untimed before each' });
  log('5-line quote…');
  const quoted = await pair((kind) => quote(kind, copyDataset(dataset, scratch(`quote-${kind}`), kind)));
  rows.push({ figure: 'quote for a 5-line cart (billing.preview)', unit: 'ms', ...quoted, target: 2, note: 'through core.dispatch: input and output checked against the contract, as the UI calls it' });
  log('renewal catch-up…');
  const renewed = await pair((kind) => renewals(kind, dataset, scratch(`renew-${kind}`)));
  rows.push({ figure: 'renewal catch-up, 12 months × 20 subscriptions', unit: 'ms', ...renewed, target: 100, note: 'ours: 240 renewals timed as one renewDue(); naive: PROJECTED, 12 × a timed one-month catch-up (20 renewals) per sample' });
  log('queries (info)…');
  rows.push(...(await infoQueries(dataset, scratch('queries'))));
  return rows;
}
