/**
 * The sign-in log: each path (password, invitation code, reset code) records each of its outcomes
 * with its reason, at the clock's time, durably even when refused; an unknown email gets the same
 * answer and creates nothing but its record; no secret is recorded; and the log is read by who may.
 */
import { describe, expect, it, afterEach } from 'vitest';
import type { SessionState } from '../app/handler.ts';
import { INVITATION_MS, SELF_RESET_MS } from '../auth/codes.ts';
import { ACCOUNT_POLICY } from '../auth/throttle.ts';
import type { SignInEvent } from '../model/records.ts';
import { DEMO_PASSWORD, DEMO_PEOPLE, demoEmail } from '../seed/demo-people.ts';
import { FileStore } from '../store/file-store.ts';
import { codeFromOutbox } from '../testing/codes.ts';
import { demoFixture, snapshot, type Fixture } from '../testing/fixture.ts';
import { tempDirs } from '../testing/temp-dirs.ts';
import { recordSignIn } from './record.ts';

const email = (first: string) => demoEmail(DEMO_PEOPLE.find((p) => p.first === first)!);
const TOM = email('Tom');
const NOBODY = 'nobody@lumen-analytics.example';
const NEW_PASSWORD = 'Lighthouse-keeper-77';
const ADA = { firstName: 'Ada', lastName: 'Lovelace', email: 'ada.lovelace@lumen-analytics.example', role: 'user', billingContact: false } as const;
const tempDir = tempDirs('aa-signins-', afterEach);

const anon = (): SessionState => ({ userId: null });
const log = (f: Fixture): SignInEvent[] => [...f.store.tables.signIns.values()];
/** The last record, without its id. */
const last = (f: Fixture) => {
  const { id: _id, ...rest } = log(f).at(-1)!;
  return rest;
};
const codeInput = (mail: string, code: string) => ({ email: mail, code, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });

describe('the sign-in log records every path and outcome', () => {
  it('a password: succeeded, wrong_password, locked (once per wait), deactivated, unknown_user — at the clock’s time', async () => {
    const f = await demoFixture();
    const tom = f.userId('Tom');
    const at = () => f.clock.now().toISOString();

    expect((await f.call(anon(), 'auth.signIn', { email: TOM, password: DEMO_PASSWORD })).ok).toBe(true);
    expect(last(f)).toEqual({ at: at(), userId: tom, email: TOM, method: 'password', outcome: 'succeeded' });

    f.clock.advance(1000);
    await f.call(anon(), 'auth.signIn', { email: ` ${TOM.toUpperCase()} `, password: 'not-it' });
    expect(last(f)).toEqual({ at: at(), userId: tom, email: TOM, method: 'password', outcome: 'failed', reason: 'wrong_password' });

    // Enough failures for a wait; the tries that come too early are refused unchecked: one record for the wait.
    for (let i = 1; i < ACCOUNT_POLICY.free; i++) await f.call(anon(), 'auth.signIn', { email: TOM, password: `guess-${i}` });
    const before = log(f).length;
    for (let i = 0; i < 5; i++) expect(await f.call(anon(), 'auth.signIn', { email: TOM, password: DEMO_PASSWORD })).toMatchObject({ ok: false, error: { code: 'throttled' } });
    expect(log(f).length).toBe(before + 1);
    expect(last(f)).toMatchObject({ userId: tom, outcome: 'failed', reason: 'locked' });

    f.clock.advance(ACCOUNT_POLICY.lockSec * 1000);
    const admin = await f.signIn('Marco');
    expect((await f.call(admin, 'users.setStatus', { userIds: [tom], status: 'deactivated' })).ok).toBe(true);
    expect(await f.call(anon(), 'auth.signIn', { email: TOM, password: DEMO_PASSWORD })).toMatchObject({ ok: false, error: { key: 'errors.auth.deactivated' } });
    expect(last(f)).toEqual({ at: at(), userId: tom, email: TOM, method: 'password', outcome: 'failed', reason: 'deactivated' });
  });

  it('an unknown email: the same answer as a wrong password, no user created, recorded as unknown_user', async () => {
    const f = await demoFixture();
    const users = snapshot({ ...f.store, tables: { ...f.store.tables, signIns: new Map(), audit: new Map() } });
    const userCount = f.store.tables.users.size;
    const known = await f.call(anon(), 'auth.signIn', { email: TOM, password: 'not-it' });
    const unknown = await f.call(anon(), 'auth.signIn', { email: NOBODY, password: 'not-it' });
    expect(unknown).toEqual(known);
    expect(f.store.tables.users.size).toBe(userCount);
    expect(last(f)).toEqual({ at: f.clock.now().toISOString(), userId: null, email: NOBODY, method: 'password', outcome: 'failed', reason: 'unknown_user' });
    // Whatever the store holds besides (the known user's failure count), nobody new.
    expect(users).not.toContain(NOBODY);
    // A code for an unknown email: the same refusal as a wrong code for a known one.
    const wrongKnown = await f.call(anon(), 'auth.resetPassword', codeInput(TOM, 'ABCD-EFGH-JKMN'));
    const wrongUnknown = await f.call(anon(), 'auth.resetPassword', codeInput('someone@lumen-analytics.example', 'ABCD-EFGH-JKMN'));
    expect(wrongUnknown).toEqual(wrongKnown);
    expect(log(f).slice(-2).map((e) => [e.method, e.outcome === 'failed' && e.reason])).toEqual([
      ['reset_code', 'wrong_code'],
      ['reset_code', 'unknown_user'],
    ]);
  });

  it('an invitation code: wrong_code, invitation_expired, succeeded', async () => {
    const f = await demoFixture();
    const admin = await f.signIn('Marco');
    const created = await f.call(admin, 'users.create', { ...ADA, language: 'en' });
    if (!created.ok) throw new Error(created.error.message);
    const code = codeFromOutbox(f.store, ADA.email, 'invitation');
    await f.call(anon(), 'auth.acceptInvitation', codeInput(ADA.email, 'ABCD-EFGH-JKMN'));
    expect(last(f)).toMatchObject({ userId: created.value.id, method: 'invitation_code', outcome: 'failed', reason: 'wrong_code' });
    // A new password the policy refuses is the form's business, not a refused sign-in.
    const count = log(f).length;
    await f.call(anon(), 'auth.acceptInvitation', { ...codeInput(ADA.email, code), newPassword: 'short', confirmPassword: 'short' });
    expect(log(f).length).toBe(count);
    expect((await f.call(anon(), 'auth.acceptInvitation', codeInput(ADA.email, code))).ok).toBe(true);
    expect(last(f)).toEqual({ at: f.clock.now().toISOString(), userId: created.value.id, email: ADA.email, method: 'invitation_code', outcome: 'succeeded' });

    const other = await f.call(admin, 'users.create', { ...ADA, email: 'grace.hopper@lumen-analytics.example', firstName: 'Grace', lastName: 'Hopper', language: 'en' });
    if (!other.ok) throw new Error(other.error.message);
    const late = codeFromOutbox(f.store, 'grace.hopper@lumen-analytics.example', 'invitation');
    f.clock.advance(INVITATION_MS);
    expect(await f.call(anon(), 'auth.acceptInvitation', codeInput('grace.hopper@lumen-analytics.example', late))).toMatchObject({ ok: false, error: { key: 'access.errors.invitationExpired' } });
    expect(last(f)).toMatchObject({ userId: other.value.id, method: 'invitation_code', outcome: 'failed', reason: 'invitation_expired' });
  });

  it('a reset code: reset_expired, deactivated, succeeded', async () => {
    const f = await demoFixture();
    const tom = f.userId('Tom');
    await f.call(anon(), 'auth.requestPasswordReset', { email: TOM });
    const stale = codeFromOutbox(f.store, TOM, 'password_reset');
    f.clock.advance(SELF_RESET_MS);
    await f.call(anon(), 'auth.resetPassword', codeInput(TOM, stale));
    expect(last(f)).toMatchObject({ userId: tom, method: 'reset_code', outcome: 'failed', reason: 'reset_expired' });

    await f.call(anon(), 'auth.requestPasswordReset', { email: TOM });
    const code = codeFromOutbox(f.store, TOM, 'password_reset');
    expect((await f.call(anon(), 'auth.resetPassword', codeInput(TOM, code))).ok).toBe(true);
    expect(last(f)).toEqual({ at: f.clock.now().toISOString(), userId: tom, email: TOM, method: 'reset_code', outcome: 'succeeded' });

    const admin = await f.signIn('Marco');
    await f.call(admin, 'users.setStatus', { userIds: [tom], status: 'deactivated' });
    await f.call(anon(), 'auth.resetPassword', codeInput(TOM, code));
    expect(last(f)).toMatchObject({ userId: tom, method: 'reset_code', outcome: 'failed', reason: 'deactivated' });
  });

  it('records the second step’s failure through the same function', async () => {
    const f = await demoFixture();
    const tom = f.store.tables.users.get(f.userId('Tom'))!;
    const ctx = { now: f.clock.now(), tables: f.store.tables, actor: undefined, account: undefined, caps: new Set(), ports: f.core.ports, host: { mode: 'test', version: '0', dataDir: '' }, signIns: { unknownEmails: new Map(), clients: new Map(), refusalsLogged: new Map() } } as never;
    const [change] = recordSignIn(ctx, { email: TOM, user: tom, method: 'password', outcome: 'failed', reason: 'second_step_failed' });
    expect(change).toMatchObject({ op: 'put', coll: 'signIns', value: { userId: tom.id, method: 'password', outcome: 'failed', reason: 'second_step_failed' } });
  });
});

describe('what the log keeps', () => {
  it('never a password or a code, whatever is typed', async () => {
    const f = await demoFixture();
    await f.call(anon(), 'auth.signIn', { email: TOM, password: 'Wrong-secret-123' });
    await f.call(anon(), 'auth.signIn', { email: TOM, password: DEMO_PASSWORD });
    await f.call(anon(), 'auth.requestPasswordReset', { email: TOM });
    const code = codeFromOutbox(f.store, TOM, 'password_reset');
    await f.call(anon(), 'auth.resetPassword', codeInput(TOM, code));
    expect(log(f).map((e) => e.outcome)).toEqual(['failed', 'succeeded', 'succeeded']);
    const text = JSON.stringify(log(f));
    for (const secret of ['Wrong-secret-123', DEMO_PASSWORD, NEW_PASSWORD, code, code.replace(/-/g, '')]) expect(text).not.toContain(secret);
    for (const event of log(f)) expect(Object.keys(event).sort()).toEqual(expect.arrayContaining(['at', 'email', 'id', 'method', 'outcome', 'userId']));
    for (const event of log(f)) expect(Object.keys(event).every((k) => ['id', 'at', 'userId', 'email', 'method', 'client', 'outcome', 'reason'].includes(k))).toBe(true);
  });

  it('a refused sign-in survives a restart, and a sign-in works on a store that cannot write', async () => {
    const dir = tempDir();
    const store = new FileStore({ dir, foldDelayMs: 0 });
    const f = await demoFixture(store);
    await f.call(anon(), 'auth.signIn', { email: NOBODY, password: 'guess' });
    await store.close();
    const reopened = new FileStore({ dir, foldDelayMs: 0 });
    expect([...reopened.tables.signIns.values()].map((e) => [e.email, e.outcome])).toEqual([[NOBODY, 'failed']]);
    expect(new Set(reopened.tables.signIns.keys()).size).toBe(1);
    Object.defineProperty(reopened, 'readOnly', { value: true });
    const g = await demoFixture(reopened);
    expect((await g.call(anon(), 'auth.signIn', { email: TOM, password: DEMO_PASSWORD })).ok).toBe(true);
    await reopened.close();
  });
});

describe('signIns.list', () => {
  async function withHistory() {
    const f = await demoFixture();
    await f.call(anon(), 'auth.signIn', { email: TOM, password: 'not-it' });
    await f.call(anon(), 'auth.signIn', { email: NOBODY, password: 'guess' });
    const tom = await f.signIn('Tom');
    const marco = await f.signIn('Marco');
    return { f, tom, marco };
  }

  it('shows who manages users every attempt, with its user by name; anyone else only their own', async () => {
    const { f, tom, marco } = await withHistory();
    const all = await f.call(marco, 'signIns.list', {});
    if (!all.ok) throw new Error(all.error.message);
    expect(all.value.total).toBe(log(f).length);
    // Newest first: Marco's own sign-in, Tom's, the unknown email, Tom's wrong password.
    expect(all.value.entries.slice(0, 4).map((e) => [e.user?.name ?? e.email, e.outcome, e.reason])).toEqual([
      ['Marco Rossi', 'succeeded', null],
      ['Tom Walker', 'succeeded', null],
      [NOBODY, 'failed', 'unknown_user'],
      ['Tom Walker', 'failed', 'wrong_password'],
    ]);
    const own = await f.call(tom, 'signIns.list', {});
    if (!own.ok) throw new Error(own.error.message);
    expect(own.value.entries.map((e) => e.user?.id)).toEqual([f.userId('Tom'), f.userId('Tom')]);
    // Asking for someone else's gives a plain user nothing of theirs.
    expect(await f.call(tom, 'signIns.list', { userId: f.userId('Marco') })).toMatchObject({ ok: true, value: { total: 0, entries: [] } });
    expect(await f.call(anon(), 'signIns.list', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('filters by user, outcome, reason, method and days, and pages with a cursor', async () => {
    const { f, marco } = await withHistory();
    const list = async (input: object) => {
      const r = await f.call(marco, 'signIns.list', input);
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };
    expect((await list({ userId: f.userId('Tom') })).total).toBe(2);
    expect((await list({ outcome: 'failed' })).entries.map((e) => e.reason)).toEqual(['unknown_user', 'wrong_password']);
    expect((await list({ reason: 'unknown_user' })).entries.map((e) => e.email)).toEqual([NOBODY]);
    expect((await list({ method: 'reset_code' })).total).toBe(0);
    expect((await list({ user: 'walker' })).total).toBe(2);
    expect((await list({ user: 'NOBODY@' })).entries.map((e) => e.reason)).toEqual(['unknown_user']);
    expect((await list({ from: '2026-11-23', to: '2026-11-23' })).total).toBe(log(f).length);
    expect((await list({ to: '2026-11-22' })).total).toBe(0);
    expect(await f.call(marco, 'signIns.list', { from: '2026-02-31' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const first = await list({ limit: 3 });
    const second = await list({ limit: 3, cursor: first.nextCursor! });
    expect([...first.entries, ...second.entries].map((e) => e.id)).toEqual((await list({})).entries.map((e) => e.id));
  });
});
