/**
 * Two desktops (two cores, two PgStores, two local copies) on one database: optimistic concurrency
 * seen from the app — the loser gets a typed conflict and the winner's change, and may retry.
 */
import fs from 'node:fs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { CartChange } from '../../core/model/records.ts';
import type { PaymentGateway } from '../../core/ports/payment-gateway.ts';
import { gatedGateway, openDesktop, type Desktop } from './desktop.ts';
import { describePg, freshDatabase } from './pg-env.ts';
import { tempDir } from './store-subjects.ts';

describePg('two desktops on one PostgreSQL account', () => {
  let root: string;
  let url: string;
  const opened: Desktop[] = [];
  const open = async (tag: string, gateway?: PaymentGateway) => {
    const desktop = await openDesktop(url, root, tag, { ...(gateway ? { gateway } : {}) });
    opened.push(desktop);
    return desktop;
  };
  beforeEach(async () => {
    root = tempDir('two-desktops');
    url = await freshDatabase('two');
  });
  afterEach(async () => {
    for (const d of opened.splice(0)) await d.pg.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const addSeats = async (d: Desktop, session: Awaited<ReturnType<Desktop['signIn']>>, seats: number) => {
    const sub = [...d.store.tables.subscriptions.values()][0]!;
    const change: CartChange = { kind: 'add_seats', subscriptionId: sub.id, seats };
    let added = await d.call(session, 'cart.add', { change });
    // Another desktop's commit not yet announced here: the conflict brought it in; the retry works.
    if (!added.ok && added.error.code === 'conflict') added = await d.call(session, 'cart.add', { change });
    expect(added.ok, JSON.stringify(added)).toBe(true);
  };

  it('tells the losing writer `conflict`, shows it the winner\'s change, and lets it retry', async () => {
    const a = await open('a');
    const gate = gatedGateway();
    const b = await open('b', gate.gateway);
    const sa = await a.signIn('Claire');
    const sb = await b.signIn('Claire');
    await addSeats(b, sb, 2);
    await a.waitFor((e) => e.kind === 'remote_change' && e.version >= b.pg.currentVersion);
    const held = gate.hold();
    const placing = b.call(sb, 'orders.place', { idempotencyKey: 'order-from-b-1' });
    await held.reached;
    // While B's command is in flight (between its read and its commit), A commits.
    const hannah = a.userId('Hannah');
    const assigned = await a.call(sa, 'licences.apply', { userIds: [hannah], assign: [{ productId: 'remote_support', features: {} }], remove: [], alsoRemoveFromQueues: false, notify: false });
    expect(assigned.ok).toBe(true);
    held.release();
    const lost = await placing;
    expect(lost.ok).toBe(false);
    if (!lost.ok) {
      expect(lost.error.code).toBe('conflict');
      expect(lost.error.message).toContain('Claire');
    }
    expect(b.store.tables.users.get(hannah)!.products.map((p) => p.productId)).toContain('remote_support');
    expect([...b.store.tables.orders.values()]).toHaveLength(0);
    const retried = await b.call(sb, 'orders.place', { idempotencyKey: 'order-from-b-1' });
    expect(retried.ok).toBe(true);
    await a.waitFor((e) => e.kind === 'remote_change' && e.version >= b.pg.currentVersion);
    await a.call(sa, 'orders.list'); // A takes B's order in
    expect([...a.store.tables.orders.keys()]).toEqual([...b.store.tables.orders.keys()]);
  });

  it('keeps one order when place-order is retried from the other desktop', async () => {
    const gate = gatedGateway();
    const a = await open('a', gate.gateway);
    const b = await open('b');
    const sa = await a.signIn('Claire');
    const sb = await b.signIn('Claire');
    await addSeats(a, sa, 3);
    const held = gate.hold();
    const first = a.call(sa, 'orders.place', { idempotencyKey: 'same-key-0001' });
    await held.reached;
    await b.waitFor((e) => e.kind === 'remote_change' && e.version >= a.pg.currentVersion);
    const fromB = await b.call(sb, 'orders.place', { idempotencyKey: 'same-key-0001' });
    expect(fromB.ok, JSON.stringify(fromB)).toBe(true);
    held.release();
    const fromA = await first;
    expect(fromA.ok).toBe(false); // conflict: B's order landed first
    const again = await a.call(sa, 'orders.place', { idempotencyKey: 'same-key-0001' });
    expect(again.ok && fromB.ok && again.value.id === fromB.value.id).toBe(true);
    const orders = [...a.store.tables.orders.values()].filter((o) => o.idempotencyKey === 'same-key-0001');
    expect(orders).toHaveLength(1);
  });

  it('numbers invoices without gaps across desktops', async () => {
    const a = await open('a');
    const b = await open('b');
    const sessions = [await a.signIn('Claire'), await b.signIn('Claire')] as const;
    const desktops = [a, b] as const;
    for (let n = 0; n < 8; n++) {
      const i = n % 2;
      const d = desktops[i]!;
      await addSeats(d, sessions[i]!, 1);
      let placed = await d.call(sessions[i]!, 'orders.place', { idempotencyKey: `gapless-${n}-key` });
      if (!placed.ok && placed.error.code === 'conflict') placed = await d.call(sessions[i]!, 'orders.place', { idempotencyKey: `gapless-${n}-key` });
      expect(placed.ok).toBe(true);
    }
    await a.waitFor((e) => e.kind === 'remote_change' && e.version >= b.pg.currentVersion);
    await a.call(sessions[0], 'orders.list');
    const numbers = [...a.store.tables.invoices.values()].map((inv) => Number(inv.number.slice(-6))).sort((x, y) => x - y);
    expect(numbers).toEqual(numbers.map((_, k) => k + 1));
  });

  it('announces a commit to the other desktop within 2 s', async () => {
    const a = await open('a');
    const b = await open('b');
    const sa = await a.signIn('Claire');
    const seen = b.waitFor((e) => e.kind === 'remote_change', 2000);
    const started = Date.now();
    const hannah = a.userId('Hannah');
    const done = await a.call(sa, 'licences.apply', { userIds: [hannah], assign: [{ productId: 'remote_support', features: {} }], remove: [], alsoRemoveFromQueues: false, notify: false });
    expect(done.ok).toBe(true);
    await seen;
    expect(Date.now() - started).toBeLessThan(2000);
    // The change is taken in by B's next command, inside its queue.
    const sb = await b.signIn('Marco');
    const got = await b.call(sb, 'users.get', { userId: hannah });
    expect(got.ok && got.value.products.some((p) => p.productId === 'remote_support')).toBe(true);
  });

  it("answers users.list's revision 'unchanged' only until another desktop changes a user", async () => {
    const a = await open('a');
    const b = await open('b');
    const sa = await a.signIn('Claire');
    const sb = await b.signIn('Claire');
    const first = await a.call(sa, 'users.list');
    if (!first.ok || !('users' in first.value)) throw new Error('no list');
    const { revision } = first.value;
    expect(await a.call(sa, 'users.list', { since: revision })).toEqual({ ok: true, value: { revision, unchanged: true } });
    const hannah = b.userId('Hannah');
    const assigned = await b.call(sb, 'licences.apply', { userIds: [hannah], assign: [{ productId: 'remote_support', features: {} }], remove: [], alsoRemoveFromQueues: false, notify: false });
    expect(assigned.ok).toBe(true);
    await a.waitFor((e) => e.kind === 'remote_change' && e.version >= b.pg.currentVersion);
    const after = await a.call(sa, 'users.list', { since: revision });
    if (!after.ok || !('users' in after.value)) throw new Error("another desktop's change was reported unchanged");
    expect(after.value.users.find((u) => u.id === hannah)?.products).toContain('remote_support');
  });
});
