/**
 * Across any sequence of role, status and delete commands by any user of the account, the account
 * keeps an active super administrator and an active billing contact, and a refused command changes
 * nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Store } from '../ports/store.ts';
import { ROLES, type User } from '../model/records.ts';
import { demoFixture, snapshot } from '../testing/fixture.ts';

const SEED = 20261123;

const command = fc.record({
  actor: fc.nat({ max: 40 }),
  kind: fc.constantFrom('setRole', 'setStatus', 'delete'),
  picks: fc.uniqueArray(fc.nat({ max: 40 }), { minLength: 1, maxLength: 4 }),
  role: fc.constantFrom(...ROLES),
  custom: fc.boolean(),
  billingContact: fc.option(fc.boolean(), { nil: undefined }),
  status: fc.constantFrom('active', 'deactivated'),
});

function holds(store: Store): void {
  const users: User[] = [...store.tables.users.values()];
  expect(users.some((u) => u.status === 'active' && u.role === 'super_admin'), 'an active super administrator').toBe(true);
  expect(users.some((u) => u.status === 'active' && u.billingContact), 'an active billing contact').toBe(true);
}

describe('users: account invariants (property)', () => {
  it('always keep an active super admin and billing contact; refusals change nothing', async () => {
    const tally = { ok: 0, refused: 0, guarded: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 14 }), async (commands) => {
        const f = await demoFixture();
        // Every user ever seeded, deleted ones included: their ids keep answering not_found.
        const everyone = [...f.store.tables.users.keys()];
        for (const c of commands) {
          const session = { userId: everyone[c.actor % everyone.length]! };
          const userIds = c.picks.map((i) => everyone[i % everyone.length]!);
          const input =
            c.kind === 'setRole'
              ? { userIds, role: c.role, ...(c.custom ? { customRoleId: 'role_licence_manager' } : {}), ...(c.billingContact === undefined ? {} : { billingContact: c.billingContact }) }
              : c.kind === 'setStatus'
                ? { userIds, status: c.status }
                : { userIds };
          const before = snapshot(f.store);
          const result = await f.core.dispatch(`users.${c.kind}`, input, session);
          if (result.ok) tally.ok++;
          else {
            tally.refused++;
            if (result.error.key === 'people.errors.lastSuperAdmin' || result.error.key === 'people.errors.lastBillingContact') tally.guarded++;
            expect(snapshot(f.store)).toBe(before);
          }
          holds(f.store);
        }
      }),
      { seed: SEED, numRuns: 120 },
    );
    expect(tally.ok, 'some commands went through').toBeGreaterThan(20);
    expect(tally.guarded, 'the invariants were put to the test').toBeGreaterThan(0);
  });
});
