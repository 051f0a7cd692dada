import { describe, expect, it } from 'vitest';
import type { SessionState } from '../app/handler.ts';
import { INVITATION_MS } from '../auth/codes.ts';
import { plain } from '../testing/audit-plain.ts';
import { codeFromOutbox } from '../testing/codes.ts';
import { demoFixture, snapshot, type Fixture } from '../testing/fixture.ts';

const ADA = { firstName: 'Ada', lastName: 'Lovelace', email: 'ada.lovelace@lumen-analytics.example', role: 'user', billingContact: false } as const;
const PASSWORD = 'Analytical-engine-1843';
const accept = (code: string, over: Record<string, string> = {}) => ({ email: ADA.email, code, newPassword: PASSWORD, confirmPassword: PASSWORD, ...over });

async function invited(language: 'en' | 'fr' = 'fr'): Promise<{ f: Fixture; admin: SessionState; id: string; code: string }> {
  const f = await demoFixture();
  const admin = await f.signIn('Marco');
  const created = await f.call(admin, 'users.create', { ...ADA, language });
  if (!created.ok) throw new Error(created.error.message);
  return { f, admin, id: created.value.id, code: codeFromOutbox(f.store, ADA.email, 'invitation') };
}

describe('users.create invites', () => {
  it('makes the user invited, emails a code in their language valid 7 days, and keeps only its digest', async () => {
    const { f, id, code } = await invited('fr');
    const user = f.store.tables.users.get(id)!;
    expect(user.status).toBe('invited');
    expect(user.invitation?.expiresAt).toBe(new Date(f.clock.now().getTime() + INVITATION_MS).toISOString());
    expect(user.invitation?.digest).toMatch(/^[0-9a-f]{64}$/);
    const mails = [...f.store.tables.outbox.values()].filter((m) => m.to === ADA.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ template: 'invitation', language: 'fr', userId: id });
    expect(mails[0]!.subject).toContain('Lumen Analytics');
    expect(mails[0]!.body).toContain('Marco Rossi');
    // The code is in its one email and nowhere else in the store: not in the user, the audit log or another email.
    const bare = code.replace(/-/g, '');
    const elsewhere = JSON.stringify([...f.store.tables.users.values(), ...f.store.tables.audit.values(), ...[...f.store.tables.outbox.values()].filter((m) => m !== mails[0])]);
    expect(elsewhere).not.toContain(code);
    expect(elsewhere).not.toContain(bare);
    expect([...f.store.tables.audit.values()].map((e) => e.action)).toEqual(expect.arrayContaining(['user.created', 'user.invitation.sent']));
  });

  it('lets the invitee sign in with the code and a password under the policy, once', async () => {
    const { f, id, code } = await invited();
    const session: SessionState = { userId: null };
    const weak = await f.call(session, 'auth.acceptInvitation', accept(code, { newPassword: 'short', confirmPassword: 'short' }));
    expect(weak).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { newPassword: { key: 'errors.password.tooShort' } } } });
    expect(f.store.tables.users.get(id)?.status).toBe('invited');
    const result = await f.call(session, 'auth.acceptInvitation', accept(code.toLowerCase()));
    expect(result).toMatchObject({ ok: true, value: { user: { id, email: ADA.email } } });
    expect(session.userId).toBe(id);
    expect(await f.call(session, 'me.get')).toMatchObject({ ok: true, value: { id } });
    const user = f.store.tables.users.get(id)!;
    expect(user).toMatchObject({ status: 'active', passwordHash: `plain$${PASSWORD}`, invitationAcceptedAt: f.clock.now().toISOString() });
    expect(user.invitation).toBeUndefined();
    const [entry] = [...f.store.tables.audit.values()].filter((e) => e.action === 'user.invitation.accepted');
    expect(plain(entry?.after)).toMatchObject({ status: 'active' });
    // Used: the same refusal as a wrong code.
    const again = await f.call({ userId: null }, 'auth.acceptInvitation', accept(code));
    expect(again).toMatchObject({ ok: false, error: { code: 'invalid_input', key: 'access.errors.codeRefused' } });
    const signIn = await f.call({ userId: null }, 'auth.signIn', { email: ADA.email, password: PASSWORD });
    expect(signIn.ok).toBe(true);
  });

  it('refuses a code at exactly 7 days with its own message, and takes it a millisecond before', async () => {
    const late = await invited('en');
    late.f.clock.advance(INVITATION_MS);
    const before = snapshot(late.f.store);
    const refused = await late.f.call({ userId: null }, 'auth.acceptInvitation', accept(late.code));
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', key: 'access.errors.invitationExpired' } });
    if (!refused.ok) expect(refused.error.message).toBe('This invitation expired on 30 November 2026 at 11:00, ask your administrator for a new one.');
    // Nothing changes but the sign-in log, which keeps the refusal (core/sign-ins/).
    const added = [...late.f.store.tables.signIns.values()].at(-1)!;
    expect(added).toMatchObject({ outcome: 'failed', reason: 'invitation_expired' });
    late.f.store.tables.signIns.delete(added.id);
    expect(snapshot(late.f.store)).toBe(before);

    const inTime = await invited('en');
    inTime.f.clock.advance(INVITATION_MS - 1);
    expect((await inTime.f.call({ userId: null }, 'auth.acceptInvitation', accept(inTime.code))).ok).toBe(true);
  });

  it('answers a wrong code, an unknown email and a used code alike, and throttles guessing', async () => {
    const { f, code } = await invited();
    const refusal = { ok: false, error: { code: 'invalid_input', key: 'access.errors.codeRefused' } };
    expect(await f.call({ userId: null }, 'auth.acceptInvitation', accept('ABCD-EFGH-JKMN'))).toMatchObject(refusal);
    expect(await f.call({ userId: null }, 'auth.acceptInvitation', accept(code, { email: 'nobody@lumen-analytics.example' }))).toMatchObject(refusal);
    expect(await f.call({ userId: null }, 'auth.acceptInvitation', accept('ABCD-EFGH-JKMP'))).toMatchObject(refusal);
    // The fourth failure for the email waits, even with the right code.
    expect(await f.call({ userId: null }, 'auth.acceptInvitation', accept('ABCD-EFGH-JKMQ'))).toMatchObject({ ok: false, error: { code: 'throttled' } });
    expect(await f.call({ userId: null }, 'auth.acceptInvitation', accept(code))).toMatchObject({ ok: false, error: { code: 'throttled' } });
    const failed = [...f.store.tables.audit.values()].filter((e) => e.action === 'user.sign_in.failed' || e.action === 'sign_in.failed');
    expect(failed.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(failed)).not.toContain('ABCD');
  });

  it('resends: the old code dies, the new one works', async () => {
    const { f, admin, id, code } = await invited();
    f.clock.advance(60_000);
    const resent = await f.call(admin, 'users.resendInvitation', { userIds: [id] });
    expect(resent).toMatchObject({ ok: true, value: { users: [{ id, status: 'invited' }] } });
    const fresh = codeFromOutbox(f.store, ADA.email, 'invitation');
    expect(fresh).not.toBe(code);
    expect(await f.call({ userId: null }, 'auth.acceptInvitation', accept(code))).toMatchObject({ ok: false, error: { key: 'access.errors.codeRefused' } });
    expect((await f.call({ userId: null }, 'auth.acceptInvitation', accept(fresh))).ok).toBe(true);
    expect(await f.call(admin, 'users.resendInvitation', { userIds: [id] })).toMatchObject({ ok: false, error: { code: 'conflict', key: 'access.errors.notInvited' } });
  });

  it('revokes: the invited user is deleted and the code dies; an active user is refused', async () => {
    const { f, admin, id, code } = await invited();
    const before = snapshot(f.store);
    expect(await f.call(admin, 'users.revokeInvitation', { userIds: [id, f.userId('Tom')] })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(snapshot(f.store)).toBe(before);
    expect(await f.call(admin, 'users.revokeInvitation', { userIds: [id] })).toMatchObject({ ok: true, value: { deleted: [id] } });
    expect(f.store.tables.users.has(id)).toBe(false);
    expect([...f.store.tables.audit.values()].some((e) => e.action === 'user.invitation.revoked' && e.targetId === id)).toBe(true);
    expect(await f.call({ userId: null }, 'auth.acceptInvitation', accept(code))).toMatchObject({ ok: false, error: { key: 'access.errors.codeRefused' } });
  });

  it('lets an invited user hold licences (they count as seats), and deactivating drops the invitation', async () => {
    const { f, admin, id, code } = await invited();
    const given = await f.call(admin, 'licences.apply', { userIds: [id], assign: [{ productId: 'meetings', features: {} }], remove: [], alsoRemoveFromQueues: false, notify: false });
    expect(given.ok, JSON.stringify(given)).toBe(true);
    expect(f.store.tables.users.get(id)?.products.map((p) => p.productId)).toEqual(['meetings']);
    expect((await f.call(admin, 'users.setStatus', { userIds: [id], status: 'deactivated' })).ok).toBe(true);
    expect(f.store.tables.users.get(id)?.invitation).toBeUndefined();
    expect(await f.call({ userId: null }, 'auth.acceptInvitation', accept(code))).toMatchObject({ ok: false, error: { key: 'access.errors.codeRefused' } });
  });

  it('never makes an invited user active by "reactivating" them: only accepting does', async () => {
    const { f, admin, id } = await invited();
    expect(await f.call(admin, 'users.setStatus', { userIds: [id], status: 'active' })).toMatchObject({ ok: true, value: { users: [] } });
    expect(f.store.tables.users.get(id)?.status).toBe('invited');
  });
});
