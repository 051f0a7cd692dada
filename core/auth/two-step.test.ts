import { generateSync } from 'otplib';
import { describe, expect, it } from 'vitest';
import type { SessionState } from '../app/handler.ts';
import { DEMO_PASSWORD } from '../seed/demo-people.ts';
import { demoFixture, snapshot, type Fixture } from '../testing/fixture.ts';
import { RECORD_TYPES } from '../audit/record-types.ts';

const MARCO = 'marco.rossi@lumen-analytics.example';

const codeAt = (f: Fixture, key: string, offsetS = 0) => generateSync({ secret: key, epoch: Math.floor(f.clock.now().getTime() / 1000) + offsetS });

/** Enrols the signed-in session's user: the key from Begin, a first code, the recovery codes shown once. */
async function enrol(f: Fixture, session: SessionState) {
  const begun = await f.call(session, 'me.twoStepBegin');
  if (!begun.ok) throw new Error(begun.error.message);
  const confirmed = await f.call(session, 'me.twoStepConfirm', { code: codeAt(f, begun.value.key) });
  if (!confirmed.ok) throw new Error(confirmed.error.message);
  return { key: begun.value.key, recoveryCodes: confirmed.value.recoveryCodes };
}

async function passwordStep(f: Fixture, email: string, session: SessionState = { userId: null }) {
  const result = await f.call(session, 'auth.signIn', { email, password: DEMO_PASSWORD });
  if (!result.ok || !('secondStep' in result.value)) throw new Error('no second step asked');
  return { session, challenge: result.value.secondStep.challenge };
}

describe('Two-step sign-in', () => {
  it('enrols from My Account, then asks a code after the password; the password alone opens no session', async () => {
    const f = await demoFixture();
    const { key, recoveryCodes } = await enrol(f, await f.signIn('Marco'));
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);

    f.clock.advance(60_000);
    const { session, challenge } = await passwordStep(f, MARCO);
    expect(session.userId).toBeNull();
    expect(await f.call(session, 'me.get')).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });

    const signedIn = await f.call(session, 'auth.secondStep', { challenge, code: codeAt(f, key), kind: 'code' });
    expect(signedIn).toMatchObject({ ok: true, value: { user: { email: MARCO } } });
    expect(session.userId).toBe(f.userId('Marco'));
    // The challenge is used up.
    expect(await f.call({ userId: null }, 'auth.secondStep', { challenge, code: codeAt(f, key, 30), kind: 'code' })).toMatchObject({ ok: false, error: { params: { reason: 'challenge_expired' } } });
  });

  it('refuses a code already used, even within its step, with a typed reason', async () => {
    const f = await demoFixture();
    const { key } = await enrol(f, await f.signIn('Marco'));
    f.clock.advance(60_000);
    const code = codeAt(f, key);
    const first = await passwordStep(f, MARCO);
    expect((await f.call(first.session, 'auth.secondStep', { challenge: first.challenge, code, kind: 'code' })).ok).toBe(true);
    f.clock.advance(5_000);
    const again = await passwordStep(f, MARCO);
    expect(await f.call(again.session, 'auth.secondStep', { challenge: again.challenge, code, kind: 'code' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', key: 'access.twoStep.errors.codeUsed', params: { reason: 'code_used' } },
    });
    expect(again.session.userId).toBeNull();
  });

  it('takes a code one step off the clock, refuses one two steps off', async () => {
    const f = await demoFixture();
    const { key } = await enrol(f, await f.signIn('Marco'));
    f.clock.advance(120_000);
    const early = await passwordStep(f, MARCO);
    expect(await f.call(early.session, 'auth.secondStep', { challenge: early.challenge, code: codeAt(f, key, -60), kind: 'code' })).toMatchObject({ ok: false, error: { params: { reason: 'wrong_code' } } });
    expect((await f.call(early.session, 'auth.secondStep', { challenge: early.challenge, code: codeAt(f, key, 30), kind: 'code' })).ok).toBe(true);
  });

  it('a recovery code works once, and the count left is audited without the code', async () => {
    const f = await demoFixture();
    const { recoveryCodes } = await enrol(f, await f.signIn('Marco'));
    const first = await passwordStep(f, MARCO);
    expect((await f.call(first.session, 'auth.secondStep', { challenge: first.challenge, code: recoveryCodes[3]!.toLowerCase(), kind: 'recovery' })).ok).toBe(true);
    const again = await passwordStep(f, MARCO);
    expect(await f.call(again.session, 'auth.secondStep', { challenge: again.challenge, code: recoveryCodes[3]!, kind: 'recovery' })).toMatchObject({ ok: false, error: { params: { reason: 'wrong_recovery_code' } } });
    expect(await f.call(again.session, 'me.twoStepStatus')).toMatchObject({ ok: false });
    expect((await f.call(again.session, 'auth.secondStep', { challenge: again.challenge, code: recoveryCodes[4]!, kind: 'recovery' })).ok).toBe(true);
    expect(await f.call(again.session, 'me.twoStepStatus')).toMatchObject({ ok: true, value: { enrolled: true, recoveryCodesLeft: 8 } });
  });

  it('wrong second steps count toward the lock like wrong passwords, and a right password does not clear the count', async () => {
    const f = await demoFixture();
    await enrol(f, await f.signIn('Marco'));
    let last;
    for (let i = 0; i < 6; i++) {
      f.clock.advance(10 * 60_000);
      const step = await passwordStep(f, MARCO);
      last = await f.call(step.session, 'auth.secondStep', { challenge: step.challenge, code: '000000', kind: 'code' });
    }
    expect(f.store.tables.users.get(f.userId('Marco'))?.passwordFailures?.count).toBe(6);
    expect(last).toMatchObject({ ok: false, error: { code: 'throttled' } });
    const audited = [...f.store.tables.audit.values()].filter((e) => e.action === 'user.sign_in.failed' && e.targetId === f.userId('Marco'));
    expect(audited).toHaveLength(6);
  });

  it('never answers, audits, emails or keeps in clear the recovery codes; the key is answered by Begin alone', async () => {
    const f = await demoFixture();
    const session = await f.signIn('Marco');
    const { key, recoveryCodes } = await enrol(f, session);
    const regenerated = await f.call(session, 'me.twoStepRegenerate', { code: codeAt(f, key, 30) });
    if (!regenerated.ok) throw new Error(regenerated.error.message);
    const secrets = [key, ...recoveryCodes, ...regenerated.value.recoveryCodes];
    const answers = JSON.stringify([await f.call(session, 'auth.session'), await f.call(session, 'me.get'), await f.call(session, 'me.twoStepStatus'), await f.call(session, 'outbox.list', {}), await f.call(session, 'audit.list', {})]);
    const audit = JSON.stringify([...f.store.tables.audit.values()]);
    const outbox = JSON.stringify([...f.store.tables.outbox.values()]);
    const user = JSON.stringify(f.store.tables.users.get(f.userId('Marco')));
    for (const secret of secrets) {
      expect(answers).not.toContain(secret);
      expect(audit).not.toContain(secret);
      expect(outbox).not.toContain(secret);
    }
    for (const code of [...recoveryCodes, ...regenerated.value.recoveryCodes]) expect(user).not.toContain(code);
    expect([...f.store.tables.audit.values()].filter((e) => e.action.startsWith('user.two_step.')).map((e) => e.action)).toEqual(['user.two_step.enabled', 'user.two_step.recovery_renewed']);
    // The audit's allow-list names none of the secret fields: recorded by mistake, they would still be dropped.
    for (const field of ['key', 'sealedKey', 'twoStepPending', 'recoveryDigests', 'recoveryCode', 'challenge', 'code']) expect(Object.keys(RECORD_TYPES.user)).not.toContain(field);
  });

  it('the policy has an administrator enrol at their next sign-in, before anything else answers', async () => {
    const f = await demoFixture();
    const claire = await f.signIn('Claire');
    expect(await f.call(claire, 'account.setSecurity', { requireTwoStepForAdmins: true })).toMatchObject({ ok: false, error: { key: 'access.twoStep.errors.enrolYourselfFirst' } });
    await enrol(f, claire);
    expect(await f.call(claire, 'account.setSecurity', { requireTwoStepForAdmins: true })).toMatchObject({ ok: true, value: { requireTwoStepForAdmins: true } });

    const marco: SessionState = { userId: null };
    const signedIn = await f.call(marco, 'auth.signIn', { email: MARCO, password: DEMO_PASSWORD });
    expect(signedIn).toMatchObject({ ok: true, value: { mustEnrolTwoStep: true } });
    expect(await f.call(marco, 'users.list')).toMatchObject({ ok: false, error: { code: 'forbidden', key: 'access.twoStep.errors.enrolFirst' } });
    expect(await f.call(marco, 'me.twoStepStatus')).toMatchObject({ ok: true, value: { enrolled: false, required: true } });
    await enrol(f, marco);
    expect((await f.call(marco, 'users.list')).ok).toBe(true);
    expect(await f.call(marco, 'auth.session')).toMatchObject({ ok: true, value: { mustEnrolTwoStep: false } });
    // Required of him: he cannot turn it off.
    expect(await f.call(marco, 'me.twoStepDisable', { code: '123456' })).toMatchObject({ ok: false, error: { key: 'access.twoStep.errors.requiredByAccount' } });
    // A plain user is not asked.
    const tom = await f.signIn('Tom');
    expect((await f.call(tom, 'me.get')).ok).toBe(true);
    expect(await f.call(tom, 'auth.session')).toMatchObject({ ok: true, value: { mustEnrolTwoStep: false } });
  });

  it('an administrator resets someone else’s enrolment: audited and emailed; plain users and oneself are refused', async () => {
    const f = await demoFixture();
    const marcoSession = await f.signIn('Marco');
    await enrol(f, marcoSession);
    const tom = await f.signIn('Tom');
    const before = snapshot(f.store);
    expect(await f.call(tom, 'users.resetTwoStep', { userId: f.userId('Marco') })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await f.call(marcoSession, 'users.resetTwoStep', { userId: f.userId('Marco') })).toMatchObject({ ok: false, error: { key: 'access.twoStep.errors.notYourself' } });
    expect(snapshot(f.store)).toBe(before);

    const claire = await f.signIn('Claire');
    expect(await f.call(claire, 'users.resetTwoStep', { userId: f.userId('Marco') })).toMatchObject({ ok: true });
    expect(f.store.tables.users.get(f.userId('Marco'))?.twoStep).toBeUndefined();
    expect([...f.store.tables.audit.values()].some((e) => e.action === 'user.two_step.reset' && e.actorId === f.userId('Claire'))).toBe(true);
    const mail = [...f.store.tables.outbox.values()].find((m) => m.template === 'two_step_reset');
    expect(mail).toMatchObject({ to: MARCO });
    expect(mail?.body).toContain('Claire Dubois');
    // Signs in with the password alone again.
    expect(await f.call({ userId: null }, 'auth.signIn', { email: MARCO, password: DEMO_PASSWORD })).toMatchObject({ ok: true, value: { user: { email: MARCO } } });
  });

  it('a reset password by email code still asks the second step', async () => {
    const f = await demoFixture();
    await enrol(f, await f.signIn('Marco'));
    await f.call({ userId: null }, 'auth.requestPasswordReset', { email: MARCO });
    const { codeFromOutbox } = await import('../testing/codes.ts');
    const session: SessionState = { userId: null };
    const reset = await f.call(session, 'auth.resetPassword', { email: MARCO, code: codeFromOutbox(f.store, MARCO, 'password_reset'), newPassword: 'A-long-enough-phrase', confirmPassword: 'A-long-enough-phrase' });
    expect(reset).toMatchObject({ ok: true, value: { secondStep: {} } });
    expect(session.userId).toBeNull();
  });
});
