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

  async sync(): Promise<readonly Change[]> {
    this.syncs++;
    return [];
  }
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
});
