import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { put } from '../model/changes.ts';
import { demoFixture } from '../testing/fixture.ts';
import { trialDaysLeft } from './trial.ts';

const DAY_MS = 86_400_000;

describe('the trial and "now" as the screens get them: from the core’s clock only', () => {
  it('app.status carries the core’s clock, which the renderer takes as its now', async () => {
    const f = await demoFixture();
    f.clock.advance(5 * 365 * DAY_MS);
    const status = await f.core.call('app.status', {}, { userId: null });
    if (!status.ok) throw new Error(status.error.message);
    expect(status.value.now).toBe(f.clock.now().toISOString());
  });

  it('counts whole days left, rounded up, and nothing once the trial has ended (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -400 * DAY_MS, max: 400 * DAY_MS }), fc.integer({ min: 0, max: 4_000_000_000_000 }), (delta, base) => {
        const now = new Date(base);
        const left = trialDaysLeft({ trialEndsAt: new Date(base + delta).toISOString() }, now);
        if (delta <= 0) expect(left).toBeNull();
        else {
          expect(left).toBeGreaterThanOrEqual(1);
          expect((left! - 1) * DAY_MS).toBeLessThan(delta);
          expect(left! * DAY_MS).toBeGreaterThanOrEqual(delta);
        }
      }),
    );
    expect(trialDaysLeft({}, new Date(0))).toBeNull();
  });

  it('gives the Overview and Subscriptions the same figure, whatever the store holds besides', async () => {
    const f = await demoFixture();
    const account = f.store.tables.account.get('account')!;
    await f.store.commit([put('account', 'account', { ...account, trialEndsAt: new Date(f.clock.now().getTime() + 14 * DAY_MS).toISOString() })]);
    const s = await f.signIn('Claire');
    const overview = await f.call(s, 'overview.get', { months: 12 });
    const billing = await f.call(s, 'billing.overview');
    if (!overview.ok || !billing.ok) throw new Error('refused');
    expect(overview.value.trialDaysLeft).toBe(14);
    expect(billing.value.trialDaysLeft).toBe(14);
    f.clock.advance(13.5 * DAY_MS);
    const later = await f.call(s, 'billing.overview');
    expect(later.ok && later.value.trialDaysLeft).toBe(1);
  });
});
