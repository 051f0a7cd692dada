import { describe, expect, it } from 'vitest';
import { put } from '../model/changes.ts';
import type { Group } from '../model/records.ts';
import { demoFixture } from '../testing/fixture.ts';
import { assignedCount } from './views.ts';

describe('subscriptions.list counts every product’s holders in one walk over the users', () => {
  it('gives each subscription the count assignedCount gives its product: direct holders, a group’s members, not the deactivated', async () => {
    const f = await demoFixture();
    const claire = await f.signIn('Claire');
    const tom = f.store.tables.users.get(f.userId('Tom'))!;
    // A group giving Meetings to Tom, and Hannah deactivated.
    const group: Group = { id: 'grp_test', name: 'Test', memberIds: [tom.id], products: [{ productId: 'meetings', features: {} }], createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z' };
    await f.store.commit([put('groups', group.id, group)]);
    expect((await f.call(claire, 'users.setStatus', { userIds: [f.userId('Hannah')], status: 'deactivated' })).ok).toBe(true);
    const listed = await f.call(claire, 'subscriptions.list');
    if (!listed.ok) throw new Error(listed.error.message);
    expect(listed.value.subscriptions.length).toBeGreaterThan(0);
    for (const sub of listed.value.subscriptions) expect(sub.assigned, sub.productId).toBe(assignedCount(f.store.tables, sub.productId));
  });
});
