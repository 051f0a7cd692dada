import { describe, expect, it } from 'vitest';
import { put } from '../model/changes.ts';
import { demoFixture } from '../testing/fixture.ts';
import { HISTORY_LIMIT } from './detail.ts';
import { plain } from '../testing/audit-plain.ts';

describe('users.get', () => {
  it('shows products with features, queues, and the history about the user, newest first', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const tom = f.userId('Tom');
    await f.store.commit([put('queues', 'que_t', { id: 'que_t', kind: 'outbound', name: 'Callbacks', members: [{ userId: tom, role: 'supervisor' }], createdAt: '2026-01-01T00:00:00.000Z' })]);
    await f.call(s, 'users.setRole', { userIds: [tom], role: 'admin' });
    f.clock.advance(60_000);
    await f.call(s, 'users.setRole', { userIds: [tom], role: 'user', billingContact: true });
    const result = await f.call(s, 'users.get', { userId: tom });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const detail = result.value;
    expect(detail).toMatchObject({ id: tom, firstName: 'Tom', status: 'active', billingContact: true, createdAt: expect.any(String) });
    expect(detail.products.map((p) => p.productId)).toEqual(['remote_support', 'business_phone']);
    expect(detail.products[0]!.features).toEqual(f.store.tables.users.get(tom)!.products[0]!.features);
    expect(detail.queues).toEqual([{ queueId: 'que_t', kind: 'outbound', name: 'Callbacks', role: 'supervisor' }]);
    expect(detail.history.map((e) => plain(e.after))).toEqual([{ role: 'user', billingContact: true }, { role: 'admin' }]);
    expect(detail.history[0]).toMatchObject({ actorName: 'Claire Dubois', targetType: 'user', targetId: tom });
  });

  it('keeps at most the last 50 entries', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const tom = f.userId('Tom');
    for (let i = 0; i < 30; i++) {
      await f.call(s, 'users.setRole', { userIds: [tom], role: i % 2 ? 'user' : 'admin' });
      f.clock.advance(1000);
    }
    for (let i = 0; i < 30; i++) await f.call(s, 'users.setRole', { userIds: [tom], role: i % 2 ? 'admin' : 'user' });
    const result = await f.call(s, 'users.get', { userId: tom });
    const history = result.ok ? result.value.history : [];
    expect(history).toHaveLength(HISTORY_LIMIT);
    expect(history.every((e, i) => i === 0 || e.at <= history[i - 1]!.at)).toBe(true);
  });

  it('answers not_found for an unknown user, forbidden without manage_users', async () => {
    const f = await demoFixture();
    expect(await f.call(await f.signIn('Claire'), 'users.get', { userId: 'usr_nobody' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await f.call(await f.signIn('Tom'), 'users.get', { userId: f.userId('Tom') })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
