/**
 * The permission matrix (core/permissions/matrix.ts) against the SPEC's rules, first as a pure
 * function over random users and accounts, then through the dispatcher: a missing capability is
 * `forbidden` and changes nothing, public channels are never refused for want of a session, and
 * every other channel is `unauthenticated` without one.
 */
import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { activityHandlers } from '../../core/activity/commands.ts';
import { createOfflineGateway } from '../../core/adapters/offline-gateway.ts';
import { appHandlers } from '../../core/app/app-commands.ts';
import { createCore, DOMAINS, mergeHandlers } from '../../core/app/create-core.ts';
import type { Handlers, SessionState } from '../../core/app/handler.ts';
import { authHandlers } from '../../core/auth/commands.ts';
import { billingHandlers } from '../../core/billing/commands.ts';
import { cardHandlers } from '../../core/cards/commands.ts';
import { CHANNELS, contract, type Channel } from '../../core/contract.ts';
import { meHandlers } from '../../core/me/commands.ts';
import { put } from '../../core/model/changes.ts';
import { LANGUAGES, PERMISSIONS, ROLES, type Account, type BillingMode, type CustomRole, type Permission, type Role, type User } from '../../core/model/records.ts';
import { can, capabilities, EFFECTS, REQUIREMENTS, type Capability, type Requirement } from '../../core/permissions/matrix.ts';
import { translate } from '../../core/i18n/translate.ts';
import { DEMO_PASSWORD, DEMO_PEOPLE } from '../../core/seed/demo-people.ts';
import { demoFixture, snapshot, type Fixture } from '../../core/testing/fixture.ts';
import { countingIds, FixedClock, plainHasher, RecordingMailer } from '../../core/testing/fakes.ts';
import { MemoryStore } from '../../core/store/memory-store.ts';
import { usersHandlers } from '../../core/users/commands.ts';

const SEED = 31337;
const CAPABILITIES: Capability[] = [...PERMISSIONS, 'billing', 'manage_roles', 'buy_licences'];
const BILLING_MODES: BillingMode[] = ['self_service', 'offline', 'corporate'];

import { sampleInputs } from './sample-inputs.ts';
import { randomSecrets } from '../../core/adapters/secrets.ts';
import { createSealer, memoryDataKey } from '../../core/adapters/sealer.ts';


const channelsWhere = (test: (r: Requirement) => boolean) => CHANNELS.filter((c) => test(REQUIREMENTS[c]));
const isCapability = (r: Requirement): boolean => r !== 'public' && r !== 'signed_in';
/** A requirement names one capability, or several of which any one will do. */
const anyOf = (r: Requirement): readonly Capability[] => (r === 'public' || r === 'signed_in' ? [] : typeof r === 'string' ? [r] : r);
const meetsSpec = (caps: ReadonlySet<Capability>, r: Requirement) => anyOf(r).some((c) => caps.has(c));

interface Profile {
  role: Role;
  /** The custom role's permissions; 'missing' points at a role that does not exist. */
  custom: Permission[] | 'missing' | undefined;
  billingContact: boolean;
  status: User['status'];
  billingMode: BillingMode;
}

const profiles: fc.Arbitrary<Profile> = fc.record({
  role: fc.constantFrom(...ROLES),
  custom: fc.oneof(fc.constant(undefined), fc.constant('missing' as const), fc.subarray([...PERMISSIONS])),
  billingContact: fc.boolean(),
  status: fc.constantFrom<User['status']>('active', 'deactivated'),
  billingMode: fc.constantFrom(...BILLING_MODES),
});

function build(profile: Profile, id = 'usr_probe') {
  const roleId = `role_${id}`;
  const user: User = {
    id,
    email: `${id}@perm.example`,
    firstName: 'Probe',
    lastName: id,
    phone: '',
    language: 'en',
    timeZone: 'UTC',
    role: profile.role,
    ...(profile.custom === undefined ? {} : { customRoleId: profile.custom === 'missing' ? `${roleId}_gone` : roleId }),
    billingContact: profile.billingContact,
    status: profile.status,
    passwordHash: `plain$${DEMO_PASSWORD}`,
    products: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
  const role: CustomRole | undefined = Array.isArray(profile.custom) ? { id: roleId, name: `Role ${id}`, permissions: profile.custom } : undefined;
  const account: Account = {
    id: 'account',
    name: 'Probe Ltd',
    billingMode: profile.billingMode,
    currency: 'EUR',
    billingAddress: { line1: '1 Main St', city: 'Paris', postalCode: '75001', country: 'FR' },
    timeZone: 'Europe/Paris',
    status: 'active',
    creditBalance: 0,
    createdAt: '2026-01-01T00:00:00.000Z',
  };
  return { user, role, account, roles: new Map(role ? [[role.id, role]] : []) };
}

/** SPEC §permissions, written out rule by rule. */
function specCapabilities(p: Profile): Set<Capability> {
  const caps = new Set<Capability>();
  if (p.status !== 'active') return caps; // deactivated: nothing at all
  if (p.role === 'super_admin') for (const c of CAPABILITIES) caps.add(c); // everything, roles included
  if (p.role === 'admin') caps.add('manage_users').add('manage_licenses'); // billing only as a billing contact
  if (Array.isArray(p.custom)) for (const permission of p.custom) caps.add(permission); // exactly its permissions
  if (p.billingContact) caps.add('billing').add('view_billing');
  // "Adding licences (buying) needs super_admin/admin or manage_licenses"; a billing contact buys too ("seats, cart and checkout").
  if (p.role === 'super_admin' || p.role === 'admin' || caps.has('manage_licenses') || p.billingContact) caps.add('buy_licences');
  if (p.billingMode !== 'self_service') {
    // offline/corporate: no self-service billing, and no self-service ordering at all
    caps.delete('billing');
    caps.delete('buy_licences');
  }
  return caps;
}

/** SPEC §1 and §4, channel by channel: looking at subscriptions and orders is billing viewers' and buyers'; the cart and checkout are buyers'. */
const SPEC_BUYING: Partial<Record<Channel, Capability[]>> = {
  'billing.overview': ['view_billing', 'buy_licences'],
  'subscriptions.list': ['view_billing', 'buy_licences'],
  'orders.list': ['view_billing', 'buy_licences'],
  'billing.preview': ['buy_licences'],
  'cart.get': ['buy_licences'],
  'cart.add': ['buy_licences'],
  'cart.removeLine': ['buy_licences'],
  'cart.clear': ['buy_licences'],
  'orders.place': ['buy_licences'],
};

const sorted = (caps: Iterable<Capability>) => [...caps].sort();

describe('capabilities follow the SPEC rules', () => {
  it('match the rules for random users and accounts', () => {
    fc.assert(
      fc.property(profiles, (profile) => {
        const { user, account, roles } = build(profile);
        const caps = capabilities(user, account, roles);
        expect(sorted(caps)).toEqual(sorted(specCapabilities(profile)));

        if (profile.status !== 'active') expect(caps.size).toBe(0);
        expect(caps.has('manage_roles')).toBe(profile.status === 'active' && profile.role === 'super_admin');
        if (profile.status === 'active' && profile.role === 'super_admin') {
          const all = profile.billingMode === 'self_service' ? CAPABILITIES : CAPABILITIES.filter((c) => c !== 'billing' && c !== 'buy_licences');
          expect(sorted(caps)).toEqual(sorted(all));
        }
        if (profile.status === 'active' && profile.role === 'admin') {
          expect(caps.has('manage_users') && caps.has('manage_licenses')).toBe(true);
          expect(caps.has('billing')).toBe(profile.billingContact && profile.billingMode === 'self_service');
          expect(caps.has('buy_licences')).toBe(profile.billingMode === 'self_service'); // admins buy licences
        }
        if (profile.status === 'active' && profile.role === 'user') {
          const granted = new Set<Capability>(Array.isArray(profile.custom) ? profile.custom : []);
          if (profile.billingContact) granted.add('view_billing').add('billing');
          if (granted.has('manage_licenses') || granted.has('billing')) granted.add('buy_licences');
          if (profile.billingMode !== 'self_service') {
            granted.delete('billing');
            granted.delete('buy_licences');
          }
          expect(sorted(caps)).toEqual(sorted(granted));
        }
        if (profile.billingMode !== 'self_service') expect(caps.has('billing') || caps.has('buy_licences')).toBe(false);
        // Buying licences: whoever holds billing, whoever holds manage_licenses (on a self-service account).
        if (profile.billingMode === 'self_service') expect(caps.has('buy_licences')).toBe(caps.has('billing') || caps.has('manage_licenses'));
      }),
      { seed: SEED, numRuns: 1_000 },
    );
  });

  it('covers every role, custom-role shape, flag and billing mode', () => {
    // Exhaustive over the small finite space, as a complement to the random runs.
    const customs: Profile['custom'][] = [undefined, 'missing', [], ['manage_users'], ['manage_licenses'], ['view_billing'], [...PERMISSIONS]];
    let checked = 0;
    for (const role of ROLES)
      for (const custom of customs)
        for (const billingContact of [false, true])
          for (const status of ['active', 'deactivated'] as const)
            for (const billingMode of BILLING_MODES) {
              const profile = { role, custom, billingContact, status, billingMode };
              const { user, account, roles } = build(profile);
              expect(sorted(capabilities(user, account, roles)), JSON.stringify(profile)).toEqual(sorted(specCapabilities(profile)));
              checked++;
            }
    expect(checked).toBe(ROLES.length * customs.length * 2 * 2 * BILLING_MODES.length);
  });

  it('`can` agrees with the capabilities, and refuses without a user or an account', () => {
    const requirements: Requirement[] = ['public', 'signed_in', ...CAPABILITIES, ['view_billing', 'buy_licences'], ['manage_users', 'billing'], []];
    fc.assert(
      fc.property(profiles, fc.constantFrom(...requirements), (profile, requirement) => {
        const { user, account, roles } = build(profile);
        const active = profile.status === 'active';
        const expected = requirement === 'public' ? true : requirement === 'signed_in' ? active : meetsSpec(capabilities(user, account, roles), requirement);
        expect(can(user, account, roles, requirement)).toBe(expected);
        expect(can(undefined, account, roles, requirement)).toBe(requirement === 'public');
        expect(can(user, undefined, roles, requirement)).toBe(requirement === 'public');
      }),
      { seed: SEED + 1, numRuns: 500 },
    );
  });
});

describe('buying licences follows the SPEC', () => {
  it('asks for buy_licences on the cart and checkout, and lets buyers or billing viewers look at subscriptions and orders', () => {
    for (const [channel, spec] of Object.entries(SPEC_BUYING) as [Channel, Capability[]][]) {
      expect([...anyOf(REQUIREMENTS[channel])].sort(), channel).toEqual([...spec].sort());
    }
  });

  it('keeps everything else of billing (cards, billing info, pending payments, cancel, downgrades, invoices) where it was', () => {
    const billingOnly: Channel[] = ['account.updateBilling', 'cards.add', 'cards.update', 'cards.setDefault', 'cards.remove', 'payments.applyPending', 'account.cancel', 'account.reactivate', 'account.withdrawReactivation', 'support.requestDowngrade'];
    const viewOnly: Channel[] = ['invoices.list', 'invoices.get', 'invoices.einvoice', 'host.saveFacturX', 'host.saveEInvoiceArchive', 'host.cancelEInvoiceArchive', 'transactions.list', 'transactions.query', 'payments.pending', 'cards.list', 'account.billing', 'account.addressFormat', 'support.list'];
    for (const channel of billingOnly) expect(REQUIREMENTS[channel], channel).toBe('billing');
    for (const channel of viewOnly) expect(REQUIREMENTS[channel], channel).toBe('view_billing');
  });

  it('asks for manage_users to read and manage Contact Center queues: their places hold licences (SPEC §1, §5)', () => {
    const queues: Channel[] = ['queues.list', 'queues.unassign', 'queues.create', 'queues.rename', 'queues.delete', 'queues.addMembers', 'queues.removeMember', 'queues.setMemberRole'];
    expect(CHANNELS.filter((c) => c.startsWith('queues.')).sort()).toEqual([...queues].sort());
    for (const channel of queues) expect(REQUIREMENTS[channel], channel).toBe('manage_users');
    for (const channel of queues.slice(1)) expect(EFFECTS[channel], channel).toBe('write');
  });

  it('makes the demo administrators, licence manager and billing contacts buyers, and nobody else', async () => {
    const f = await demoFixture();
    const buyers = [];
    for (const person of DEMO_PEOPLE.filter((p) => p.canSignIn)) {
      const session = await f.call(await f.signIn(person.first), 'auth.session');
      if (session.ok && session.value?.permissions.includes('buy_licences')) buyers.push(person.first);
    }
    expect(buyers.sort()).toEqual(['Claire', 'Hannah', 'Jan', 'Marco', 'Sofia']);
  });
});

describe('saved views are each user’s own', () => {
  const VIEW_CHANNELS = CHANNELS.filter((c) => c.startsWith('savedViews.'));

  it('need only a session, and their inputs name no user: a command acts on its actor’s views alone', () => {
    expect(VIEW_CHANNELS.length).toBeGreaterThan(0);
    for (const channel of VIEW_CHANNELS) {
      expect(REQUIREMENTS[channel], channel).toBe('signed_in');
      expect(['read', 'personal'], channel).toContain(EFFECTS[channel]);
      const shape = z.toJSONSchema(contract[channel].input, { io: 'input' }) as { properties?: Record<string, unknown> };
      expect(Object.keys(shape.properties ?? {}).filter((key) => /user/i.test(key)), channel).toEqual([]);
    }
  });

  it('let every demo user keep views, and never show or change another user’s', async () => {
    const f = await demoFixture();
    const inputs = sampleInputs(f);
    const people = DEMO_PEOPLE.filter((p) => p.canSignIn);
    const saved = new Map<string, string>();
    for (const person of people) {
      const session = await f.signIn(person.first);
      const result = await f.call(session, 'savedViews.save', { ...inputs['savedViews.save'], name: `${person.first}’s view` });
      if (!result.ok) throw new Error(`${person.first}: ${JSON.stringify(result.error)}`);
      saved.set(person.first, result.value.views[0]!.id);
    }
    for (const person of people) {
      const session = await f.signIn(person.first);
      const listed = await f.call(session, 'savedViews.list', { table: 'people' });
      expect(listed.ok && listed.value.views.map((v) => v.name)).toEqual([`${person.first}’s view`]);
      for (const [owner, id] of saved) {
        if (owner === person.first) continue;
        const before = snapshot(f.store);
        for (const [channel, input] of [['savedViews.rename', { id, name: 'Mine now' }], ['savedViews.delete', { id }], ['savedViews.setDefault', { table: 'people', id, isDefault: true }]] as const) {
          expect(await f.core.dispatch(channel, input, session), `${person.first} on ${owner}’s view`).toMatchObject({ ok: false, error: { code: 'not_found' } });
        }
        expect(snapshot(f.store)).toBe(before);
      }
    }
  });
});

describe('the dispatcher enforces REQUIREMENTS', () => {
  it('has a valid sample input for every channel', async () => {
    const f = await demoFixture();
    const inputs = sampleInputs(f);
    expect(Object.keys(inputs).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) expect(contract[channel].input.safeParse(inputs[channel]).success, channel).toBe(true);
    // The billing samples name records the demo account really has.
    const change = inputs['cart.add'].change;
    expect(change.kind === 'add_seats' && f.store.tables.subscriptions.has(change.subscriptionId)).toBe(true);
    expect(f.store.tables.invoices.has(inputs['invoices.get'].id)).toBe(true);
    expect(f.store.tables.cards.has(inputs['cards.remove'].id)).toBe(true);
  });

  it('answers forbidden, and changes nothing, to a signed-in user lacking a channel’s capability', async () => {
    const guarded = channelsWhere(isCapability);
    expect(guarded.length).toBeGreaterThan(0);
    const f = await demoFixture();
    const inputs = sampleInputs(f);
    let n = 0;
    const outcomes = { forbidden: 0, allowed: 0 };
    await fc.assert(
      fc.asyncProperty(profiles, fc.constantFrom(...guarded), async (drawn, channel) => {
        const profile = { ...drawn, status: 'active' as const };
        const { user, role, account } = build(profile, `usr_p${++n}`);
        await f.store.commit([put('account', 'account', { ...f.store.tables.account.get('account')!, billingMode: account.billingMode }), ...(role ? [put('roles', role.id, role)] : []), put('users', user.id, user)]);
        const session: SessionState = { userId: user.id };
        const held = meetsSpec(specCapabilities(profile), REQUIREMENTS[channel]);
        const before = snapshot(f.store);
        const result = await f.core.dispatch(channel, inputs[channel], session);
        if (held) {
          outcomes.allowed++;
          expect(result.ok || !['forbidden', 'unauthenticated'].includes(result.error.code)).toBe(true);
        } else {
          outcomes.forbidden++;
          expect(result).toMatchObject({ ok: false, error: { code: 'forbidden', key: 'errors.forbidden' } });
          expect(snapshot(f.store)).toBe(before);
          expect(session.userId).toBe(user.id);
        }
      }),
      { seed: SEED + 2, numRuns: 200 },
    );
    // Both branches were exercised.
    expect(outcomes.forbidden).toBeGreaterThan(0);
    expect(outcomes.allowed).toBeGreaterThan(0);
  });

  it('lets the demo users through exactly as the matrix says', async () => {
    const f = await demoFixture();
    const inputs = sampleInputs(f);
    for (const person of DEMO_PEOPLE.filter((p) => p.canSignIn)) {
      const session = await f.signIn(person.first);
      const actor = f.store.tables.users.get(session.userId!)!;
      const caps = capabilities(actor, f.store.tables.account.get('account')!, f.store.tables.roles);
      for (const channel of channelsWhere(isCapability)) {
        const before = snapshot(f.store);
        const result = await f.core.dispatch(channel, inputs[channel], session);
        const forbidden = !result.ok && result.error.code === 'forbidden';
        expect(forbidden, `${person.first} on ${channel}`).toBe(!meetsSpec(caps, REQUIREMENTS[channel]));
        if (forbidden) expect(snapshot(f.store)).toBe(before);
      }
    }
  });

  const signedOutSessions = async (f: Fixture): Promise<[string, () => SessionState][]> => {
    const { user } = build({ role: 'super_admin', custom: undefined, billingContact: true, status: 'deactivated', billingMode: 'self_service' }, 'usr_gone');
    await f.store.commit([put('users', user.id, user)]);
    return [
      ['signed out', () => ({ userId: null })],
      ['signed out, French', () => ({ userId: null, locale: 'fr' })],
      ['a user who no longer exists', () => ({ userId: 'usr_deleted' })],
      ['a deactivated super admin', () => ({ userId: user.id })],
    ];
  };

  /** The public channels that take a one-time code (an invitation's, a reset's). */
  const CODE_CHANNELS: ReadonlySet<string> = new Set(['auth.acceptInvitation', 'auth.resetPassword']);
  /** Why the core ended each stale session (create-core.ts), by who it was. */
  const ENDED_BY: Record<string, string> = { 'a user who no longer exists': 'access.errors.signedOutRemoved', 'a deactivated super admin': 'access.errors.signedOutDeactivated' };

  it('never refuses a public channel for want of a session', async () => {
    const publicChannels = channelsWhere((r) => r === 'public');
    expect(publicChannels.length).toBeGreaterThan(0);
    const f = await demoFixture();
    const inputs = sampleInputs(f);
    for (const [who, session] of await signedOutSessions(f)) {
      for (const channel of publicChannels) {
        const result = await f.core.dispatch(channel, inputs[channel], session());
        // A one-time code nobody was sent is refused as such (or throttled, tried again), never for want of a session.
        // auth.session tells a session the core ended why it ended (for the sign-in screen).
        if (channel === 'auth.session' && ENDED_BY[who]) expect(result, `${channel} for ${who}`).toMatchObject({ ok: false, error: { code: 'unauthenticated', key: ENDED_BY[who] } });
        // A challenge nobody was given is refused as expired, never for want of a session.
        else if (channel === 'auth.secondStep') expect(result, `${channel} for ${who}`).toMatchObject({ ok: false, error: { key: 'access.twoStep.errors.challengeExpired' } });
        else if (CODE_CHANNELS.has(channel)) expect(!result.ok && (result.error.key === 'access.errors.codeRefused' || result.error.code === 'throttled'), `${channel} for ${who}: ${JSON.stringify(result)}`).toBe(true);
        else expect(result.ok, `${channel} for ${who}: ${JSON.stringify(result)}`).toBe(true);
      }
    }
    // Whatever the payload, the answer is never the sign-in gate's; the only `unauthenticated` a
    // public channel gives is auth.signIn's own answer to wrong credentials.
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...publicChannels), fc.anything({ maxDepth: 2 }), fc.boolean(), async (channel, payload, signedIn) => {
        const result = await f.core.dispatch(channel, payload, { userId: signedIn ? f.userId('Tom') : null });
        if (!result.ok && result.error.code === 'unauthenticated') {
          expect([channel, result.error.key]).toEqual(['auth.signIn', 'errors.auth.badCredentials']);
        }
        if (!result.ok) expect(result.error.key).not.toBe('errors.auth.signInFirst');
      }),
      { seed: SEED + 3, numRuns: 300 },
    );
  });

  it('answers unauthenticated on every other channel without a session, and changes nothing', async () => {
    const guarded = channelsWhere((r) => r !== 'public');
    expect(guarded.length).toBeGreaterThan(0);
    const f = await demoFixture();
    const inputs = sampleInputs(f);
    for (const [who, makeSession] of await signedOutSessions(f)) {
      for (const channel of guarded) {
        const session = makeSession();
        const before = snapshot(f.store);
        const result = await f.core.dispatch(channel, inputs[channel], session);
        // A session whose user was removed or deactivated says so; one that never signed in is asked to.
        expect(result, `${channel} for ${who}`).toMatchObject({ ok: false, error: { code: 'unauthenticated', key: ENDED_BY[who] ?? 'errors.auth.signInFirst' } });
        if (!result.ok) expect(result.error.message.trim()).not.toBe('');
        expect(snapshot(f.store)).toBe(before);
        // A stale or deactivated session is dropped.
        expect(session.userId).toBeNull();
      }
    }
  });
});

describe('mergeHandlers', () => {
  const domains: Partial<Handlers>[] = DOMAINS;

  it('merges the domain maps into one handler per channel', () => {
    expect(Object.keys(mergeHandlers(domains)).sort()).toEqual([...CHANNELS].sort());
  });

  it('throws on a duplicate handler', () => {
    expect(() => mergeHandlers([...domains, { 'me.get': meHandlers['me.get'] }])).toThrow(/two handlers for channel me\.get/);
    expect(() => mergeHandlers([...domains, authHandlers])).toThrow(/two handlers for channel auth\./);
  });

  it('throws on a missing channel, naming it', () => {
    expect(() => mergeHandlers(domains.filter((d) => d !== activityHandlers))).toThrow(/no handler for audit\.list, audit\.facets, outbox\.list$/);
    expect(() => mergeHandlers(domains.filter((d) => d !== cardHandlers))).toThrow(/no handler for cards\.list, cards\.add, cards\.update, cards\.setDefault, cards\.remove$/);
    expect(() => mergeHandlers(domains.filter((d) => d !== billingHandlers))).toThrow(/no handler for billing\.overview, subscriptions\.list, .*support\.list$/);
    const { 'users.list': _dropped, ...rest } = usersHandlers;
    expect(() => mergeHandlers(domains.map((d) => (d === usersHandlers ? rest : d)))).toThrow(/no handler for users\.list$/);
    const { 'orders.place': _order, ...noOrders } = billingHandlers;
    expect(() => mergeHandlers(domains.map((d) => (d === billingHandlers ? noOrders : d)))).toThrow(/no handler for orders\.place$/);
  });

  it('throws on a handler for a channel the contract does not have', () => {
    const stray = { 'users.teleport': () => ({ ok: true, value: {} }) } as unknown as Partial<Handlers>;
    expect(() => mergeHandlers([...domains, stray])).toThrow(/unknown channel users\.teleport/);
  });

  it('makes createCore refuse the same mistakes', () => {
    const ports = { store: new MemoryStore(), clock: new FixedClock(), ids: countingIds(), hasher: plainHasher, mailer: new RecordingMailer(), gateway: createOfflineGateway(), secrets: randomSecrets, sealer: createSealer(memoryDataKey()) };
    const host = { mode: 'test' as const, version: '0', dataDir: '(memory)' };
    expect(() => createCore(ports, host, [...domains, appHandlers])).toThrow(/two handlers/);
    expect(() => createCore(ports, host, domains.slice(1))).toThrow(/no handler for app\.status/);
    expect(() => createCore(ports, host, domains)).not.toThrow();
  });
});

describe('a cancelled account (SPEC §3: its records stay readable)', () => {
  it('answers every channel a user could use before, except writes, which are refused in their language and change nothing', async () => {
    const f = await demoFixture();
    const inputs = sampleInputs(f);
    const account = f.store.tables.account.get('account')!;
    await f.store.commit([put('account', 'account', { ...account, status: 'cancelled', cancelledAt: f.clock.now().toISOString() })]);
    let n = 0;
    const seen = { read: 0, write: 0, other: 0 };
    await fc.assert(
      fc.asyncProperty(profiles, fc.constantFrom(...CHANNELS), fc.constantFrom(...LANGUAGES), async (drawn, channel, language) => {
        const profile = { ...drawn, status: 'active' as const };
        const { user, role } = build(profile, `usr_c${++n}`);
        const current = f.store.tables.account.get('account')!;
        await f.store.commit([put('account', 'account', { ...current, billingMode: profile.billingMode }), ...(role ? [put('roles', role.id, role)] : []), put('users', user.id, { ...user, language })]);
        const session: SessionState = { userId: user.id };
        // What this user could use on the account before it was cancelled.
        const held = !isCapability(REQUIREMENTS[channel]) || meetsSpec(specCapabilities(profile), REQUIREMENTS[channel]);
        const before = snapshot(f.store);
        const result = await f.core.dispatch(channel, inputs[channel], session);
        const refusedAsCancelled = !result.ok && result.error.key === 'errors.account.cancelled';
        if (!held) {
          expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
        } else if (EFFECTS[channel] === 'write') {
          seen.write++;
          expect(result).toMatchObject({ ok: false, error: { code: 'conflict', key: 'errors.account.cancelled', message: translate(language, 'errors.account.cancelled') } });
        } else {
          seen[EFFECTS[channel] === 'read' ? 'read' : 'other']++;
          expect(refusedAsCancelled, `${channel}: ${JSON.stringify(result)}`).toBe(false);
          expect(result.ok || !['forbidden', 'unauthenticated'].includes(result.error.code), `${channel}: ${JSON.stringify(result)}`).toBe(true);
        }
        // A refused password check (reactivating with a wrong password) records its failed try, as a
        // failed sign-in does (auth/password-check.ts); nothing else changes.
        const checkedPassword = !result.ok && (result.error.fields?.password?.key === 'errors.password.currentWrong' || result.error.code === 'throttled' || result.error.key === 'access.errors.codeRefused');
        if (!result.ok && !checkedPassword) expect(snapshot(f.store)).toBe(before);
        expect(f.store.tables.account.get('account')!.status).toBe('cancelled');
      }),
      { seed: SEED + 7, numRuns: 300 },
    );
    expect(seen.read).toBeGreaterThan(0);
    expect(seen.write).toBeGreaterThan(0);
  });

  it('lets the demo people read invoices, transactions, activity and print as before', async () => {
    const f = await demoFixture();
    const claire = await f.signIn('Claire');
    expect((await f.call(claire, 'account.cancel', { reason: 'other', details: '', password: DEMO_PASSWORD })).ok).toBe(true);
    const reads: Channel[] = ['invoices.list', 'invoices.get', 'transactions.list', 'transactions.query', 'audit.list', 'outbox.list', 'overview.get', 'users.list', 'billing.overview', 'cards.list'];
    const inputs = sampleInputs(f);
    for (const person of DEMO_PEOPLE.filter((p) => p.canSignIn)) {
      const session = await f.signIn(person.first);
      const caps = capabilities(f.store.tables.users.get(session.userId!)!, f.store.tables.account.get('account')!, f.store.tables.roles);
      for (const channel of reads) {
        const result = await f.core.dispatch(channel, inputs[channel], session);
        expect(result.ok, `${person.first} on ${channel}`).toBe(meetsSpec(caps, REQUIREMENTS[channel]) || !isCapability(REQUIREMENTS[channel]));
      }
    }
  });
});
