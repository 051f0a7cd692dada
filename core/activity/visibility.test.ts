/**
 * Who reads which audit entries: billing entries (cards, billing details, orders, invoices, payments,
 * refunds, subscriptions) only with View billing; the account's other entries with Manage users; one's
 * own otherwise. A matrix for the demo's people, and a property over any role and any entry.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { isBillingEntry } from '../audit/record-types.ts';
import type { SessionState } from '../app/handler.ts';
import { PERMISSIONS, ROLES, type AuditEntry } from '../model/records.ts';
import { replaceAudit } from '../testing/audit-history.ts';
import { demoFixture, type Fixture } from '../testing/fixture.ts';

/** One entry of every kind the app records, with the target type it records it on. */
const KINDS: [action: string, targetType: string, billing: boolean][] = [
  ['account.seeded', 'account', false],
  ['account.billing_details.updated', 'account', true],
  ['account.cancelled', 'account', false],
  ['account.reactivated', 'account', false],
  ['billing.refund_issued', 'account', true],
  ['payments.pending_applied', 'account', true],
  ['card.added', 'card', true],
  ['card.made_default', 'card', true],
  ['card.removed', 'card', true],
  ['order.placed', 'order', true],
  ['order.failed', 'order', true],
  ['subscription.renewed', 'subscription', true],
  ['subscription.renewal_failed', 'subscription', true],
  ['support.downgrade_requested', 'subscription', true],
  ['user.personal_info.updated', 'user', false],
  ['user.products.changed', 'user', false],
  ['user.role.changed', 'user', false],
  ['role.created', 'role', false],
  ['queue.members.removed', 'queue', false],
  ['something.new', 'thing', true],
];

function entry(i: number, kind: (typeof KINDS)[number], actorId: string | null, targetId: string): AuditEntry {
  const [action, targetType] = kind;
  return { id: `aud_v_${String(i).padStart(4, '0')}`, at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(), actorId, action, targetType, targetId, before: null, after: null };
}

async function visibleIds(f: Fixture, s: SessionState): Promise<string[]> {
  const result = await f.call(s, 'audit.list', { limit: 500 });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.entries.map((e) => e.id).sort();
}

describe('audit visibility', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });

  it('classifies every kind of entry as billing or not', () => {
    expect(KINDS.map(([action, targetType]) => isBillingEntry({ action, targetType }))).toEqual(KINDS.map(([, , billing]) => billing));
  });

  it('matrix: the demo’s people × every kind of entry, about someone else', async () => {
    const other = f.userId('Sofia');
    const entries = KINDS.map((kind, i) => entry(i, kind, other, kind[1] === 'user' ? other : 'x'));
    replaceAudit(f.store.tables, entries);
    const billing = entries.filter((e) => isBillingEntry(e)).map((e) => e.id).sort();
    const all = entries.map((e) => e.id).sort();
    const rest = all.filter((id) => !billing.includes(id));
    const seen = async (name: string) => visibleIds(f, await f.signIn(name));
    expect(await seen('Claire')).toEqual(all); // super administrator
    expect(await seen('Marco')).toEqual(rest); // administrator, no billing rights
    expect(await seen('Hannah')).toEqual([]); // billing contact, not an administrator: only her own
    expect(await seen('Jan')).toEqual([]); // Licence manager: only his own
    const marco = await f.call(await f.signIn('Marco'), 'audit.facets');
    expect(marco.ok && marco.value.total).toBe(rest.length);
    expect(marco.ok && marco.value.kinds.map((k) => k.kind)).not.toEqual(expect.arrayContaining(['card.', 'order.', 'billing.', 'payments.', 'subscription.']));
  });

  it('a billing contact reads the billing entries about herself and her own changes, not others’', async () => {
    const hannah = f.userId('Hannah');
    const entries = [entry(1, KINDS[6]!, hannah, 'card_1'), entry(2, KINDS[9]!, f.userId('Claire'), 'ord_1'), entry(3, KINDS[14]!, f.userId('Claire'), hannah)];
    replaceAudit(f.store.tables, entries);
    expect(await visibleIds(f, await f.signIn('Hannah'))).toEqual(['aud_v_0001', 'aud_v_0003']);
  });

  it('property: any role, custom role and billing flag × any entry reads exactly what the rule allows', async () => {
    const tom = f.userId('Tom');
    const other = f.userId('Sofia');
    const session = await f.signIn('Tom');
    const viewer = fc.record({
      role: fc.constantFrom(...ROLES.filter((r) => r !== 'super_admin')),
      permissions: fc.subarray([...PERMISSIONS]),
      billingContact: fc.boolean(),
    });
    const entries = fc.array(fc.record({ kind: fc.constantFrom(...KINDS), actor: fc.constantFrom<string | null>(tom, other, null), aboutMe: fc.boolean() }), { maxLength: 30 });
    await fc.assert(
      fc.asyncProperty(viewer, entries, async (v, picked) => {
        const user = f.store.tables.users.get(tom)!;
        f.store.tables.roles.set('role_prop', { id: 'role_prop', name: 'Prop', permissions: v.permissions });
        f.store.tables.users.set(tom, { ...user, role: v.role, billingContact: v.billingContact, ...(v.role === 'user' && v.permissions.length ? { customRoleId: 'role_prop' } : { customRoleId: undefined }) });
        const made = picked.map((p, i) => entry(i, p.kind, p.actor, p.kind[1] === 'user' ? (p.aboutMe ? tom : other) : 'x'));
        replaceAudit(f.store.tables, made);
        const perms = v.role === 'admin' ? new Set(['manage_users']) : new Set(v.permissions);
        const billing = v.billingContact || (v.role === 'user' && perms.has('view_billing'));
        const admin = perms.has('manage_users');
        const expected = made.filter((e) => (billing || !isBillingEntry(e)) && (admin || e.actorId === tom || (e.targetType === 'user' && e.targetId === tom)));
        expect(await visibleIds(f, session)).toEqual(expected.map((e) => e.id).sort());
      }),
      { numRuns: 60, seed: 1818 },
    );
  });
});
