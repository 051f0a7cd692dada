/**
 * One desktop of the concurrency test, in its own process: signs in, sends N random commands
 * (licence assign/remove, seats bought via cart + order, user create) at the shared account,
 * retrying each on a store conflict, and prints what was acknowledged as one JSON line.
 * Usage: node --import tsx test/pg/concurrency-child.ts '<json: url, copyDir, tag, firstName, count, seed>'
 */
import fc from 'fast-check';
import type { Ids } from '../../core/ports/ids.ts';
import { CATALOG } from '../../core/catalog/catalog.ts';
import { openDesktop, taggedIds } from './desktop.ts';

interface Args {
  url: string;
  copyDir: string;
  tag: string;
  firstName: string;
  count: number;
  seed: number;
}

type Step = { kind: 'assign' | 'remove' | 'seats' | 'user'; pick: number; product: number; seats: number };

const args = JSON.parse(process.argv[2] ?? '{}') as Args;
const steps = fc.sample(
  fc.record({ kind: fc.constantFrom('assign', 'assign', 'remove', 'seats', 'user'), pick: fc.nat(100_000), product: fc.nat(CATALOG.length - 1), seats: fc.integer({ min: 1, max: 3 }) }),
  { seed: args.seed, numRuns: args.count },
) as Step[];

/** Every id this desktop hands out, so that an acknowledged command's audit entries can be named. */
const issued: string[] = [];
const inner = taggedIds(args.tag);
const ids: Ids = { next: (prefix) => {
  const id = inner.next(prefix);
  issued.push(id);
  return id;
} };

const desktop = await openDesktop(args.url, args.copyDir, args.tag, { ids });
const session = await desktop.signIn(args.firstName);
const isStoreConflict = (r: { ok: boolean; error?: { key: string } }) => !r.ok && (r.error?.key ?? '').startsWith('errors.store.');
const acknowledged: string[] = [];
const refused: Record<string, number> = {};
let conflicts = 0;

async function send(channel: Parameters<typeof desktop.call>[1], input: unknown): Promise<boolean> {
  let last = '';
  for (let attempt = 0; attempt < 200; attempt++) {
    const from = issued.length;
    const result = await desktop.call(session, channel, input);
    if (!result.ok) last = result.error.key;
    if (result.ok) {
      // The audit entries this command wrote: the proof, afterwards, that it is in the database.
      for (const id of issued.slice(from)) if (id.startsWith('aud_') && desktop.store.tables.audit.has(id)) acknowledged.push(id);
      return true;
    }
    if (!isStoreConflict(result)) {
      refused[result.error.key] = (refused[result.error.key] ?? 0) + 1;
      return false;
    }
    conflicts++;
  }
  throw new Error(`${channel}: still conflicting after 200 attempts (last: ${last})`);
}

for (const [i, step] of steps.entries()) {
  const users = [...desktop.store.tables.users.values()].filter((u) => u.status === 'active');
  const user = users[step.pick % users.length]!;
  const product = CATALOG[step.product]!;
  if (step.kind === 'assign' || step.kind === 'remove') {
    await send('licences.apply', {
      userIds: [user.id],
      assign: step.kind === 'assign' ? [{ productId: product.id, features: {} }] : [],
      remove: step.kind === 'remove' ? [product.id] : [],
      alsoRemoveFromQueues: true,
      notify: false,
    });
  } else if (step.kind === 'user') {
    await send('users.create', { firstName: 'Load', lastName: `${args.tag}${i}`, email: `load.${args.tag}.${i}@lumen-analytics.example`, role: 'user', billingContact: false });
  } else {
    const subs = [...desktop.store.tables.subscriptions.values()];
    const sub = subs[step.pick % subs.length];
    if (!sub) continue;
    if (await send('cart.add', { change: { kind: 'add_seats', subscriptionId: sub.id, seats: step.seats } })) {
      await send('orders.place', { idempotencyKey: `load-${args.tag}-${i}` });
    }
  }
}
await desktop.pg.close();
process.stdout.write(`${JSON.stringify({ tag: args.tag, acknowledged, conflicts, refused })}\n`);
