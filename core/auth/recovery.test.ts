import { describe, expect, it } from 'vitest';
import type { SessionState } from '../app/handler.ts';
import { DEMO_PASSWORD, DEMO_PEOPLE, demoEmail } from '../seed/demo-people.ts';
import { codeFromOutbox } from '../testing/codes.ts';
import { demoFixture, snapshot } from '../testing/fixture.ts';
import { SELF_RESET_MS } from './codes.ts';

const TOM = demoEmail(DEMO_PEOPLE.find((p) => p.first === 'Tom')!);
const NEW_PASSWORD = 'Lighthouse-keeper-77';
const reset = (code: string, over: Record<string, string> = {}) => ({ email: TOM, code, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD, ...over });
const outboxTo = (f: Awaited<ReturnType<typeof demoFixture>>, to: string) => [...f.store.tables.outbox.values()].filter((m) => m.to === to);

describe('auth.requestPasswordReset', () => {
  it('answers the same for an unknown email and a known one; only the known one gets an email', async () => {
    const f = await demoFixture();
    const before = snapshot(f.store);
    const unknown = await f.call({ userId: null }, 'auth.requestPasswordReset', { email: 'nobody@lumen-analytics.example' });
    expect(snapshot(f.store)).toBe(before);
    const known = await f.call({ userId: null }, 'auth.requestPasswordReset', { email: TOM.toUpperCase() });
    expect(known).toEqual(unknown);
    expect(outboxTo(f, TOM).filter((m) => m.template === 'password_reset')).toHaveLength(1);
    // Asked again at once: the same answer, no second email.
    expect(await f.call({ userId: null }, 'auth.requestPasswordReset', { email: TOM })).toEqual(unknown);
    expect(outboxTo(f, TOM).filter((m) => m.template === 'password_reset')).toHaveLength(1);
  });
});

describe('auth.resetPassword', () => {
  it('sets the password, signs in, ends the other sessions, and the code works once', async () => {
    const f = await demoFixture();
    const elsewhere = await f.signIn('Tom');
    await f.call({ userId: null }, 'auth.requestPasswordReset', { email: TOM });
    const code = codeFromOutbox(f.store, TOM, 'password_reset');
    const here: SessionState = { userId: null };
    const result = await f.call(here, 'auth.resetPassword', reset(code));
    expect(result).toMatchObject({ ok: true, value: { user: { email: TOM } } });
    expect(await f.call(here, 'me.get')).toMatchObject({ ok: true });
    expect(await f.call(elsewhere, 'me.get')).toMatchObject({ ok: false, error: { code: 'unauthenticated', key: 'access.errors.signedOutPasswordChanged' } });
    // The ended session keeps saying why, to auth.session too, until it signs in again.
    expect(await f.call(elsewhere, 'auth.session')).toMatchObject({ ok: false, error: { key: 'access.errors.signedOutPasswordChanged' } });
    expect((await f.call({ userId: null }, 'auth.signIn', { email: TOM, password: DEMO_PASSWORD })).ok).toBe(false);
    expect((await f.call(elsewhere, 'auth.signIn', { email: TOM, password: NEW_PASSWORD })).ok).toBe(true);
    expect(await f.call(elsewhere, 'me.get')).toMatchObject({ ok: true });
    expect(await f.call({ userId: null }, 'auth.resetPassword', reset(code, { newPassword: 'Another-long-phrase', confirmPassword: 'Another-long-phrase' }))).toMatchObject({ ok: false, error: { key: 'access.errors.codeRefused' } });
    const mails = outboxTo(f, TOM);
    expect(mails.map((m) => m.template)).toEqual(['password_reset', 'password_changed']);
    const bare = code.replace(/-/g, '');
    const elsewhereText = JSON.stringify([...f.store.tables.users.values(), ...f.store.tables.audit.values(), mails[1]]);
    expect(elsewhereText).not.toContain(code);
    expect(elsewhereText).not.toContain(bare);
  });

  it('refuses the code from 30 minutes on, saying it expired', async () => {
    const f = await demoFixture();
    await f.call({ userId: null }, 'auth.requestPasswordReset', { email: TOM });
    const code = codeFromOutbox(f.store, TOM, 'password_reset');
    f.clock.advance(SELF_RESET_MS);
    expect(await f.call({ userId: null }, 'auth.resetPassword', reset(code))).toMatchObject({ ok: false, error: { code: 'invalid_input', key: 'access.errors.resetExpired' } });
  });
});

describe('users.sendPasswordReset', () => {
  it('emails a reset code to the user, audited, leaving the password as it is until used', async () => {
    const f = await demoFixture();
    const admin = await f.signIn('Marco');
    const tomId = f.userId('Tom');
    const hash = f.store.tables.users.get(tomId)!.passwordHash;
    expect(await f.call(admin, 'users.sendPasswordReset', { userIds: [tomId] })).toMatchObject({ ok: true, value: { users: [{ id: tomId }] } });
    expect(f.store.tables.users.get(tomId)!.passwordHash).toBe(hash);
    const [mail] = outboxTo(f, TOM);
    expect(mail).toMatchObject({ template: 'password_reset', language: 'en' });
    expect(mail!.body).toContain('Marco Rossi');
    expect([...f.store.tables.audit.values()].some((e) => e.action === 'user.password.reset_sent' && e.actorId === f.userId('Marco'))).toBe(true);
    expect((await f.call({ userId: null }, 'auth.resetPassword', reset(codeFromOutbox(f.store, TOM, 'password_reset')))).ok).toBe(true);
  });

  it('refuses a super administrator’s reset to an administrator without manage_roles, changing nothing', async () => {
    const f = await demoFixture();
    const admin = await f.signIn('Marco');
    const before = snapshot(f.store);
    expect(await f.call(admin, 'users.sendPasswordReset', { userIds: [f.userId('Claire')] })).toMatchObject({ ok: false, error: { code: 'forbidden', key: 'access.errors.superAdminOnly' } });
    expect(snapshot(f.store)).toBe(before);
  });
});

describe('sessions end with a reason', () => {
  it('a password changed in My Account ends the other sessions, not this one', async () => {
    const f = await demoFixture();
    const here = await f.signIn('Tom');
    const there = await f.signIn('Tom');
    const changed = await f.call(here, 'me.updateLogin', { email: TOM, currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    expect(changed.ok).toBe(true);
    expect(await f.call(here, 'me.get')).toMatchObject({ ok: true });
    expect(await f.call(there, 'me.get')).toMatchObject({ ok: false, error: { code: 'unauthenticated', key: 'access.errors.signedOutPasswordChanged', message: 'Your password was changed, sign in again.' } });
  });

  it('deactivation ends every session of the user at its next call, saying why', async () => {
    const f = await demoFixture();
    const tom = await f.signIn('Tom');
    const admin = await f.signIn('Marco');
    expect((await f.call(admin, 'users.setStatus', { userIds: [f.userId('Tom')], status: 'deactivated' })).ok).toBe(true);
    expect(await f.call(tom, 'overview.get', { months: 12 })).toMatchObject({ ok: false, error: { code: 'unauthenticated', key: 'access.errors.signedOutDeactivated', message: 'Your account was deactivated by an administrator.' } });
    expect(tom.userId).toBeNull();
    expect(await f.call(tom, 'auth.session')).toMatchObject({ ok: false, error: { key: 'access.errors.signedOutDeactivated' } });
    await f.call(tom, 'auth.signOut');
    expect(await f.call(tom, 'auth.session')).toEqual({ ok: true, value: null });
  });
});
