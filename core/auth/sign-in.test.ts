import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SessionState } from '../app/handler.ts';
import { put } from '../model/changes.ts';
import type { PasswordHasher } from '../ports/password-hasher.ts';
import { DEMO_PASSWORD } from '../seed/demo-people.ts';
import { plainHasher } from '../testing/fakes.ts';
import { demoFixture, type Fixture } from '../testing/fixture.ts';
import { ACCOUNT_POLICY } from './throttle.ts';

const MARCO = 'marco.rossi@lumen-analytics.example';
const NOBODY = 'nobody@lumen-analytics.example';
/** 23 tries a second. */
const GAP_MS = Math.round(1000 / 23);

function countingHasher(): PasswordHasher & { verifies: number } {
  const hasher = { ...plainHasher, verifies: 0 };
  hasher.verify = (password, stored) => {
    hasher.verifies++;
    return plainHasher.verify(password, stored);
  };
  return hasher;
}

async function fixture() {
  const hasher = countingHasher();
  const f = await demoFixture(undefined, { hasher });
  hasher.verifies = 0;
  return { f, hasher };
}

const signIn = (f: Fixture, email: string, password: string, session: SessionState = { userId: null }) =>
  f.core.call('auth.signIn', { email, password }, session);

/** The answer as an attacker sees it. */
const seen = (r: Awaited<ReturnType<typeof signIn>>) => (r.ok ? 'ok' : `${r.error.code}:${r.error.key}:${r.error.retryAfter ?? 0}`);

describe('Guessing a password is slow and visible', () => {
  it('300 wrong sign-ins at 23 per second check a handful of passwords and the right one is refused; kept up, the account locks', async () => {
    const { f, hasher } = await fixture();
    const attack = async (tries: number) => {
      for (let i = 0; i < tries; i++) {
        await signIn(f, MARCO, `guess-${i}`);
        f.clock.advance(GAP_MS);
      }
    };
    await attack(300);
    expect(hasher.verifies).toBeLessThanOrEqual(7);
    const early = await signIn(f, MARCO, DEMO_PASSWORD);
    expect(early).toMatchObject({ ok: false, error: { code: 'throttled', key: 'errors.auth.throttled' } });
    expect(early.ok || early.error.message).toMatch(/^Too many failed attempts\. Try again in \d+ seconds?\.$/);

    await attack(23 * 300); // five more minutes
    expect(hasher.verifies).toBe(ACCOUNT_POLICY.lockAfter);
    const right = await signIn(f, MARCO, DEMO_PASSWORD);
    expect(right).toMatchObject({ ok: false, error: { code: 'throttled', key: 'errors.auth.throttledMinutes' } });
    const wait = right.ok ? 0 : right.error.retryAfter!;
    expect(wait).toBeGreaterThan(10 * 60);
    expect(wait).toBeLessThanOrEqual(15 * 60);
    expect(right.ok || right.error.message).toMatch(/^Too many failed attempts\. Try again in \d+ minutes\.$/);

    f.clock.advance(wait * 1000);
    expect((await signIn(f, MARCO, DEMO_PASSWORD)).ok).toBe(true);
    expect(f.store.tables.users.get(f.userId('Marco'))?.passwordFailures).toBeUndefined();
  });

  it('waits grow after a few failures; a try too early is refused without checking the password', async () => {
    const { f, hasher } = await fixture();
    const waits: number[] = [];
    for (let i = 0; i < ACCOUNT_POLICY.lockAfter; i++) {
      const r = await signIn(f, MARCO, 'wrong-password');
      waits.push(r.ok ? -1 : (r.error.retryAfter ?? 0));
      if (i < ACCOUNT_POLICY.lockAfter - 1) f.clock.advance((r.ok ? 0 : (r.error.retryAfter ?? 0)) * 1000);
    }
    expect(waits).toEqual([0, 0, 1, 2, 4, 8, 16, 32, 64, 900]);
    const before = hasher.verifies;
    const early = await signIn(f, MARCO, DEMO_PASSWORD);
    expect(early.ok || early.error.code).toBe('throttled');
    expect(hasher.verifies).toBe(before);
  });

  it('answers an unknown email exactly as a known one, try after try (any timing)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 120_000 }), { minLength: 1, maxLength: 25 }), async (gaps) => {
        const known = await fixture();
        const unknown = await fixture();
        const a: string[] = [];
        const b: string[] = [];
        for (const gap of gaps) {
          a.push(seen(await signIn(known.f, MARCO, 'wrong-password')));
          b.push(seen(await signIn(unknown.f, NOBODY, 'wrong-password')));
          known.f.clock.advance(gap);
          unknown.f.clock.advance(gap);
        }
        expect(b).toEqual(a);
        expect(unknown.hasher.verifies).toBe(known.hasher.verifies);
      }),
      { numRuns: 15 },
    );
  });

  it('never checks more passwords than the policy allows, however the tries are spread', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 120_000 }), { minLength: 20, maxLength: 80 }), async (gaps) => {
        const { f, hasher } = await fixture();
        let elapsed = 0;
        for (const gap of gaps) {
          await signIn(f, MARCO, 'wrong-password');
          f.clock.advance(gap);
          elapsed += gap;
        }
        // The free tries and the growing waits, then one try per lock.
        expect(hasher.verifies).toBeLessThanOrEqual(ACCOUNT_POLICY.lockAfter + Math.ceil(elapsed / (ACCOUNT_POLICY.lockSec * 1000)));
      }),
      { numRuns: 20 },
    );
  });

  it('audits every failed try with the email tried and the client, never the password; emails the user once when locked, in their language', async () => {
    const { f } = await fixture();
    const session: SessionState = { userId: null, client: 'window-1' };
    // Each try as soon as it is let in, then more while locked.
    for (let i = 0; i < 40; i++) {
      const r = await signIn(f, MARCO, `secret-guess-${i}`, session);
      f.clock.advance(i < ACCOUNT_POLICY.lockAfter - 1 ? (r.ok ? 0 : (r.error.retryAfter ?? 0)) * 1000 : GAP_MS);
    }
    await signIn(f, NOBODY, 'another-secret', { userId: null, client: 'window-2' });
    const audit = [...f.store.tables.audit.values()];
    const failed = audit.filter((e) => e.action === 'user.sign_in.failed');
    expect(failed).toHaveLength(ACCOUNT_POLICY.lockAfter);
    expect(failed.at(-1)).toMatchObject({ actorId: null, targetType: 'user', targetId: f.userId('Marco'), after: { email: { kind: 'text', text: MARCO }, client: { kind: 'text', text: 'window-1' }, failures: { kind: 'number', value: 10 } } });
    expect(audit.filter((e) => e.action === 'user.sign_in.locked')).toHaveLength(1);
    expect(audit.find((e) => e.action === 'sign_in.failed')).toMatchObject({ targetType: 'email', targetId: NOBODY, after: { email: { kind: 'text', text: NOBODY }, client: { kind: 'text', text: 'window-2' }, failures: { kind: 'number', value: 1 } } });
    expect(JSON.stringify(audit)).not.toMatch(/secret-guess|another-secret/);
    const locked = f.mailer.sent.filter((e) => e.template === 'account_locked');
    expect(locked).toHaveLength(1);
    expect(locked[0]).toMatchObject({ to: MARCO, language: 'it' });
    expect(locked[0]!.subject).toContain('bloccato');
    expect(locked[0]!.body).toContain('10 tentativi');
  });

  it('throttles one client trying many emails, and not another client', async () => {
    const { f } = await fixture();
    const attacker: SessionState = { userId: null, client: 'attacker' };
    const answers: string[] = [];
    for (let i = 0; i < 20; i++) answers.push(seen(await signIn(f, `person-${i}@example.com`, 'wrong-password', attacker)));
    // The 10th failure is answered with the wait it starts.
    expect(answers.slice(0, 9).every((a) => a.startsWith('unauthenticated'))).toBe(true);
    expect(answers.slice(9).every((a) => a.startsWith('throttled'))).toBe(true);
    expect((await signIn(f, MARCO, DEMO_PASSWORD, { userId: null, client: 'colleague' })).ok).toBe(true);
  });

  it("keeps an account's count across a restart (it lives on the user record in the store)", async () => {
    const { f } = await fixture();
    for (let i = 0; i < ACCOUNT_POLICY.lockAfter; i++) {
      await signIn(f, MARCO, 'wrong-password');
      f.clock.advance(70_000);
    }
    const restarted = await demoFixture(f.store);
    restarted.clock.current = f.clock.now();
    const r = await signIn(restarted, MARCO, DEMO_PASSWORD);
    expect(r.ok || r.error.code).toBe('throttled');
  });

  it('throttles the current password of email and password changes the same way', async () => {
    const { f, hasher } = await fixture();
    const s = await f.signIn('Marco');
    hasher.verifies = 0;
    for (let i = 0; i < 300 + 23 * 300; i++) {
      // Alternately a new password and a new email, both behind the current password.
      await f.call(s, 'me.updateLogin', i % 2 ? { email: 'marco.rossi@lumen-analytics.example', currentPassword: `guess-${i}`, newPassword: 'A-long-enough-phrase', confirmPassword: 'A-long-enough-phrase' } : { email: 'marco@lumen.example', currentPassword: `guess-${i}`, newPassword: '', confirmPassword: '' });
      f.clock.advance(GAP_MS);
    }
    expect(hasher.verifies).toBe(ACCOUNT_POLICY.lockAfter);
    const right = await f.call(s, 'me.updateLogin', { email: 'marco.rossi@lumen-analytics.example', currentPassword: DEMO_PASSWORD, newPassword: 'A-long-enough-phrase', confirmPassword: 'A-long-enough-phrase' });
    expect(right).toMatchObject({ ok: false, error: { code: 'throttled', fields: { currentPassword: { key: 'errors.auth.throttledMinutes' } } } });
    expect([...f.store.tables.audit.values()].filter((e) => e.action === 'user.password.check_failed')).toHaveLength(ACCOUNT_POLICY.lockAfter);
    // A locked account does not sign in either.
    const other = await signIn(f, MARCO, DEMO_PASSWORD);
    expect(other.ok || other.error.code).toBe('throttled');
  });

  it('re-hashes a hash of an older scheme at the next successful sign-in', async () => {
    const { f } = await fixture();
    const id = f.userId('Marco');
    const user = f.store.tables.users.get(id)!;
    await f.store.commit([put('users', id, { ...user, passwordHash: `old$${DEMO_PASSWORD}` })]);
    expect((await signIn(f, MARCO, DEMO_PASSWORD)).ok).toBe(true);
    expect(f.store.tables.users.get(id)?.passwordHash).toBe(`plain$${DEMO_PASSWORD}`);
  });
});

describe('every password check is throttled', () => {
  it('no command verifies a password except through auth/password-check.ts', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = join(import.meta.dirname, '..');
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) && /\bhasher\.verify\(|\.verify\(/.test(readFileSync(full, 'utf8'))) offenders.push(full.slice(root.length + 1));
      }
    };
    walk(root);
    // The hasher adapter and the test fake implement verify; only the check calls it.
    expect(offenders.filter((f) => f !== 'adapters/password-hasher.ts' && f !== 'testing/fakes.ts')).toEqual(['auth/password-check.ts']);
  });

  it('throttles the password that cancelling the account asks for', async () => {
    const { f, hasher } = await fixture();
    const s = await f.signIn('Claire');
    hasher.verifies = 0;
    for (let i = 0; i < 300; i++) {
      await f.call(s, 'account.cancel', { reason: 'other', details: '', password: `guess-${i}` });
      f.clock.advance(GAP_MS);
    }
    expect(hasher.verifies).toBeLessThanOrEqual(7);
    const right = await f.call(s, 'account.cancel', { reason: 'other', details: '', password: DEMO_PASSWORD });
    expect(right.ok || right.error.code).toBe('throttled');
  });
});
