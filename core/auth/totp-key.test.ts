/**
 * The TOTP key at rest: kept sealed only; a sealed key that cannot be opened (changed, another data
 * key) fails the second step closed, counted like a wrong code; a record of the previous version (the
 * key in plain text) still verifies and is sealed at its next use; without a data key (a shared account
 * whose deployment gave none) enrolment is refused and nothing changes.
 */
import { generateSync } from 'otplib';
import { describe, expect, it } from 'vitest';
import { createSealer, memoryDataKey, noDataKey } from '../adapters/sealer.ts';
import type { SessionState } from '../app/handler.ts';
import { put } from '../model/changes.ts';
import { LANGUAGES, type User } from '../model/records.ts';
import { DEMO_PASSWORD } from '../seed/demo-people.ts';
import { demoFixture, snapshot, type Fixture } from '../testing/fixture.ts';
import { translate } from '../i18n/translate.ts';

const MARCO = 'marco.rossi@lumen-analytics.example';
const codeAt = (f: Fixture, key: string, offsetS = 0) => generateSync({ secret: key, epoch: Math.floor(f.clock.now().getTime() / 1000) + offsetS });

async function enrol(f: Fixture, session: SessionState): Promise<string> {
  const begun = await f.call(session, 'me.twoStepBegin');
  if (!begun.ok) throw new Error(begun.error.message);
  const confirmed = await f.call(session, 'me.twoStepConfirm', { code: codeAt(f, begun.value.key) });
  if (!confirmed.ok) throw new Error(confirmed.error.message);
  return begun.value.key;
}

async function passwordStep(f: Fixture) {
  const session: SessionState = { userId: null };
  const result = await f.call(session, 'auth.signIn', { email: MARCO, password: DEMO_PASSWORD });
  if (!result.ok || !('secondStep' in result.value)) throw new Error('no second step asked');
  return { session, challenge: result.value.secondStep.challenge };
}

const marco = (f: Fixture) => f.store.tables.users.get(f.userId('Marco'))!;

describe('The TOTP key at rest', () => {
  it('is kept sealed only, under a new name: the record holds no key in plain text, pending or enrolled', async () => {
    const f = await demoFixture();
    const session = await f.signIn('Marco');
    const begun = await f.call(session, 'me.twoStepBegin');
    if (!begun.ok) throw new Error(begun.error.message);
    const { key } = begun.value;
    const pending = marco(f).twoStepPending!;
    expect(Object.keys(pending).sort()).toEqual(['sealedKey', 'startedAt']);
    expect(JSON.stringify(marco(f))).not.toContain(key);
    expect((await f.call(session, 'me.twoStepConfirm', { code: codeAt(f, key) })).ok).toBe(true);
    const twoStep = marco(f).twoStep!;
    expect('key' in twoStep).toBe(false);
    expect('sealedKey' in twoStep && twoStep.sealedKey).toMatch(/^v1:[\w-]+:[\w-]+:[\w-]+$/);
    expect(JSON.stringify(marco(f))).not.toContain(key);
    expect('sealedKey' in twoStep && f.core.ports.sealer.open(twoStep.sealedKey)).toBe(key);
  });

  it('a changed sealed key fails the second step closed: counted like a wrong code, said plainly; recovery codes still work', async () => {
    const f = await demoFixture();
    const session = await f.signIn('Marco');
    const key = await enrol(f, session);
    const confirmed = await f.call(session, 'me.twoStepRegenerate', { code: codeAt(f, key, 30) });
    if (!confirmed.ok) throw new Error(confirmed.error.message);
    const user = marco(f);
    const sealed = 'sealedKey' in user.twoStep! ? user.twoStep.sealedKey : '';
    // One character of the ciphertext changed.
    const last = sealed.at(-1) === 'A' ? 'B' : 'A';
    await f.store.commit([put('users', user.id, { ...user, twoStep: { ...user.twoStep!, sealedKey: `${sealed.slice(0, -1)}${last}` } } as User)]);

    f.clock.advance(120_000);
    const step = await passwordStep(f);
    const refused = await f.call(step.session, 'auth.secondStep', { challenge: step.challenge, code: codeAt(f, key), kind: 'code' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', key: 'access.twoStep.errors.keyUnavailable', params: { reason: 'key_unavailable' } } });
    expect(step.session.userId).toBeNull();
    expect(marco(f).passwordFailures?.count).toBe(1);
    expect([...f.store.tables.signIns.values()].at(-1)).toMatchObject({ outcome: 'failed', reason: 'second_step_failed' });
    // Signed in, the same key cannot turn it off either (counted too).
    expect(await f.call(session, 'me.twoStepDisable', { code: codeAt(f, key) })).toMatchObject({ ok: false, error: { key: 'access.twoStep.errors.keyUnavailable' } });
    expect(marco(f).passwordFailures?.count).toBe(2);
    // A recovery code is a digest, not sealed: it still signs in.
    const recovered = await f.call(step.session, 'auth.secondStep', { challenge: step.challenge, code: confirmed.value.recoveryCodes[0]!, kind: 'recovery' });
    expect(recovered).toMatchObject({ ok: true, value: { user: { email: MARCO } } });
  });

  it('a key sealed with another data key fails closed the same way, without a crash', async () => {
    const first = await demoFixture();
    const key = await enrol(first, await first.signIn('Marco'));
    // The same store opened with another data key (another desktop's, a key file replaced).
    const f = await demoFixture(first.store, { sealer: createSealer(memoryDataKey()) });
    f.clock.advance(120_000);
    const step = await passwordStep(f);
    expect(await f.call(step.session, 'auth.secondStep', { challenge: step.challenge, code: codeAt(f, key), kind: 'code' })).toMatchObject({ ok: false, error: { params: { reason: 'key_unavailable' } } });
    expect(marco(f).passwordFailures?.count).toBe(1);
  });

  it('a record of the previous version (the key in plain text) still verifies, and is sealed at its next use, right or wrong', async () => {
    const f = await demoFixture();
    const key = await enrol(f, await f.signIn('Marco'));
    const user = marco(f);
    const { sealedKey: _sealed, ...state } = user.twoStep as { sealedKey: string } & NonNullable<User['twoStep']>;
    const legacy = { ...user, twoStep: { ...state, key } } as User;
    await f.store.commit([put('users', user.id, legacy)]);
    expect(JSON.stringify(marco(f))).toContain(key);

    // A wrong code: refused, and the key sealed in the same write as the count.
    f.clock.advance(120_000);
    const wrong = await passwordStep(f);
    expect(await f.call(wrong.session, 'auth.secondStep', { challenge: wrong.challenge, code: '000000', kind: 'code' })).toMatchObject({ ok: false, error: { params: { reason: 'wrong_code' } } });
    expect(JSON.stringify(marco(f))).not.toContain(key);
    expect('key' in marco(f).twoStep!).toBe(false);

    // Again plain, then the right code: signed in, sealed, and the sealed key opens to the same key.
    await f.store.commit([put('users', user.id, legacy)]);
    const step = await passwordStep(f);
    expect(await f.call(step.session, 'auth.secondStep', { challenge: step.challenge, code: codeAt(f, key), kind: 'code' })).toMatchObject({ ok: true, value: { user: { email: MARCO } } });
    const sealed = marco(f).twoStep!;
    expect('key' in sealed).toBe(false);
    expect('sealedKey' in sealed && f.core.ports.sealer.open(sealed.sealedKey)).toBe(key);
    // The next sign-in reads the sealed key.
    f.clock.advance(60_000);
    const next = await passwordStep(f);
    expect((await f.call(next.session, 'auth.secondStep', { challenge: next.challenge, code: codeAt(f, key), kind: 'code' })).ok).toBe(true);
  });

  it('a pending enrolment of the previous version is confirmed with its key and kept sealed', async () => {
    const f = await demoFixture();
    const session = await f.signIn('Marco');
    const key = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    await f.store.commit([put('users', f.userId('Marco'), { ...marco(f), twoStepPending: { key, startedAt: f.clock.now().toISOString() } })]);
    expect((await f.call(session, 'me.twoStepConfirm', { code: codeAt(f, key) })).ok).toBe(true);
    expect(JSON.stringify(marco(f))).not.toContain(key);
    expect(marco(f).twoStepPending).toBeUndefined();
  });

  it('without a data key (a shared account whose deployment gave none) enrolment is refused, translated, and nothing changes', async () => {
    const f = await demoFixture(undefined, { sealer: createSealer(noDataKey('none')) });
    const session = await f.signIn('Marco');
    const before = snapshot(f.store);
    const refused = await f.call(session, 'me.twoStepBegin');
    expect(refused).toMatchObject({ ok: false, error: { code: 'unavailable', key: 'access.twoStep.errors.noDataKey' } });
    expect(snapshot(f.store)).toBe(before);
    // Each language its own words (no key shown, no English fallback).
    for (const key of ['access.twoStep.errors.noDataKey', 'access.twoStep.errors.keyUnavailable']) {
      const texts = LANGUAGES.map((language) => translate(language, key));
      expect(new Set(texts).size).toBe(LANGUAGES.length);
      for (const text of texts) expect(text).not.toContain('twoStep');
    }
  });

  it('a plain key of the previous version still verifies on a host without a data key, and stays as it was', async () => {
    const first = await demoFixture();
    const key = await enrol(first, await first.signIn('Marco'));
    const user = marco(first);
    const { sealedKey: _sealed, ...state } = user.twoStep as { sealedKey: string } & NonNullable<User['twoStep']>;
    await first.store.commit([put('users', user.id, { ...user, twoStep: { ...state, key } } as User)]);
    const f = await demoFixture(first.store, { sealer: createSealer(noDataKey('none')) });
    f.clock.advance(120_000);
    const step = await passwordStep(f);
    expect((await f.call(step.session, 'auth.secondStep', { challenge: step.challenge, code: codeAt(f, key), kind: 'code' })).ok).toBe(true);
    expect((marco(f).twoStep as { key?: string }).key).toBe(key);
  });
});
