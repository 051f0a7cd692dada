import { describe, expect, it } from 'vitest';
import { put, type Change } from '../model/changes.ts';
import { StoreConflict, StoreUnavailable } from '../ports/store.ts';
import { MemoryStore } from '../store/memory-store.ts';
import { demoFixture, snapshot } from '../testing/fixture.ts';

/** A shared store's behaviour, in memory: the next commit loses to `remote` (or finds the server gone). */
class ContestedStore extends MemoryStore {
  online = true;
  remote: Change[] | null = null;
  down = false;
  syncs = 0;

  override async commit(changes: readonly Change[]): Promise<void> {
    if (this.down) throw new StoreUnavailable('connection refused');
    if (this.remote) {
      const applied = this.remote;
      this.remote = null;
      await super.commit(applied);
      throw new StoreConflict(applied);
    }
    await super.commit(changes);
  }

  /** Another desktop's commit, announced: taken in by the next command's sync. */
  incoming: Change[] | null = null;

  async sync(): Promise<readonly Change[]> {
    this.syncs++;
    const incoming = this.incoming ?? [];
    this.incoming = null;
    if (incoming.length) await super.commit(incoming);
    return incoming;
  }
}

/** What another desktop writes when `actorId` gives `userId` a licence of `productId`: the user and its audit entry. */
function gives(store: MemoryStore, at: string, actorId: string, userId: string, productId: string, n: number): Change[] {
  const before = store.tables.users.get(userId)!;
  const after = { ...before, products: [...before.products, { productId, features: {}, assignedAt: at }] };
  const auditId = `remote-audit-${userId}-${n}`;
  return [
    put('users', userId, after),
    put('audit', auditId, { id: auditId, at, actorId, action: 'user.products.changed', targetType: 'user', targetId: userId, before: { products: before.products }, after: { products: after.products } }),
  ];
}

const newUser = { firstName: 'Nora', lastName: 'Field', email: 'nora.field@example.com', role: 'user', billingContact: false };

describe('a command that loses to another desktop', () => {
  it('answers a typed conflict naming who changed what, keeps their change, writes nothing of its own, and succeeds on retry', async () => {
    const store = new ContestedStore();
    const f = await demoFixture(store);
    const claire = await f.signIn('Claire');
    const marco = f.userId('Marco');
    const renamed = { ...store.tables.users.get(marco)!, phone: '+39 02 1234 5678' };
    store.remote = [
      put('users', marco, renamed),
      put('audit', 'remote-audit-1', { id: 'remote-audit-1', at: f.clock.now().toISOString(), actorId: marco, action: 'user.updated', targetType: 'user', targetId: marco, before: null, after: null }),
    ];
    const usersBefore = store.tables.users.size;

    const lost = await f.call(claire, 'users.create', newUser);
    expect(lost.ok).toBe(false);
    if (lost.ok) return;
    expect(lost.error.code).toBe('conflict');
    expect(lost.error.message).toContain('Marco Rossi');
    expect(lost.error.params).toMatchObject({ count: 1 });
    expect(store.tables.users.size).toBe(usersBefore);
    expect(store.tables.users.get(marco)?.phone).toBe('+39 02 1234 5678');

    const retried = await f.call(claire, 'users.create', newUser);
    expect(retried.ok).toBe(true);
    expect(store.tables.users.size).toBe(usersBefore + 1);
    expect(store.syncs).toBeGreaterThanOrEqual(2);
  });

  it('answers unavailable when the server went away, and changes nothing', async () => {
    const store = new ContestedStore();
    const f = await demoFixture(store);
    const claire = await f.signIn('Claire');
    const before = snapshot(store);
    store.down = true;
    const refused = await f.call(claire, 'users.create', newUser);
    expect(refused.ok || refused.error.code).toBe('unavailable');
    expect(snapshot(store)).toBe(before);
  });

  it('reads from the last known copy while offline but refuses orders before anything is charged', async () => {
    const store = new ContestedStore();
    let charges = 0;
    const f = await demoFixture(store);
    const gateway = f.core.ports.gateway;
    const charge = gateway.charge.bind(gateway);
    gateway.charge = async (request) => {
      charges++;
      return charge(request);
    };
    const claire = await f.signIn('Claire');
    store.online = false;
    const list = await f.call(claire, 'users.list');
    expect(list.ok).toBe(true);
    const order = await f.call(claire, 'orders.place', { idempotencyKey: 'offline-order' });
    expect(order.ok || order.error.code).toBe('unavailable');
    expect(order.ok || order.error.message).toMatch(/can't be reached/);
    expect(charges).toBe(0);
  });

  it('names who gave whom which licence when a licence change loses the race (typed, not a count)', async () => {
    const store = new ContestedStore();
    const f = await demoFixture(store);
    const claire = await f.signIn('Claire');
    const [marco, jan, tom] = [f.userId('Marco'), f.userId('Jan'), f.userId('Tom')];
    store.remote = gives(store, f.clock.now().toISOString(), marco, jan, 'meetings', 1);

    const lost = await f.call(claire, 'licences.apply', { userIds: [tom], assign: [{ productId: 'meetings', features: {} }], remove: [], alsoRemoveFromQueues: false, notify: false });
    expect(lost.ok).toBe(false);
    if (lost.ok) return;
    expect(lost.error.code).toBe('conflict');
    expect(lost.error.changes).toEqual([
      expect.objectContaining({ actor: { id: marco, name: 'Marco Rossi' }, action: 'licence_given', productId: 'meetings', target: expect.objectContaining({ type: 'user', id: jan, name: 'Jan de Vries' }) }),
    ]);
  });

  it('says who just took the last seats when a seats check fails right after another desktop gave them away', async () => {
    const store = new ContestedStore();
    const f = await demoFixture(store);
    const claire = await f.signIn('Claire');
    const marco = f.userId('Marco');
    const listed = await f.call(claire, 'products.list');
    if (!listed.ok) throw new Error('products.list failed');
    // A product with fewer free seats than people without it.
    const holdersOf = (productId: string) => [...store.tables.users.values()].filter((u) => u.status === 'active' && !u.products.some((p) => p.productId === productId));
    const product = listed.value.products.find((p) => p.addOnOf === undefined && holdersOf(p.productId).length > p.free)!;
    const { productId, free } = product;
    const without = holdersOf(productId);
    // Marco, on his desktop, gives away every free seat; this desktop takes it in before its next command.
    const takers = without.slice(0, free);
    store.incoming = takers.flatMap((u, i) => gives(store, f.clock.now().toISOString(), marco, u.id, productId, i));
    const last = without[free]!;
    const change = { userIds: [last.id], assign: [{ productId, features: {} }], remove: [], alsoRemoveFromQueues: false, notify: false };

    const preview = await f.call(claire, 'licences.preview', change);
    if (!preview.ok) throw new Error(preview.error.message);
    const short = preview.value.blockers.find((b) => b.key === 'errors.licences.seatsShort');
    expect(short?.changes?.[0]).toMatchObject({ actor: { name: 'Marco Rossi' }, action: 'licence_given', productId, target: { id: takers.at(-1)!.id } });

    const refused = await f.call(claire, 'licences.apply', change);
    expect(refused.ok || refused.error.changes?.[0]?.actor?.name).toBe('Marco Rossi');

    // Long after, the shortage is no longer news: it says only that seats are short.
    f.clock.advance(60 * 60_000);
    const later = await f.call(claire, 'licences.preview', change);
    if (!later.ok) throw new Error(later.error.message);
    expect(later.value.blockers.find((b) => b.key === 'errors.licences.seatsShort')?.changes).toBeUndefined();
  });
});
