import { describe, expect, it } from 'vitest';
import fr from '../i18n/locales/fr.json' with { type: 'json' };
import { DEMO_PASSWORD } from '../seed/demo-people.ts';
import { demoFixture, snapshot } from '../testing/fixture.ts';
import { plain } from '../testing/audit-plain.ts';

const personal = { firstName: 'Claire', lastName: 'Dubois', phone: '+33 1 23 45 67 89', language: 'fr', timeZone: 'Europe/Paris' } as const;

describe('My Account', () => {
  it('refuses every My Account channel when signed out', async () => {
    const f = await demoFixture();
    const result = await f.call({ userId: null }, 'me.get');
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('updates personal info, records before/after in the audit log, and answers in the new language', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const result = await f.call(s, 'me.updatePersonal', personal);
    expect(result.ok && [result.value.me.language, result.value.outcome]).toEqual(['fr', 'saved']);
    const audit = [...f.store.tables.audit.values()].find((e) => e.action === 'user.personal_info.updated');
    expect(plain(audit?.before)).toEqual({ phone: null, language: 'en' });
    expect(plain(audit?.after)).toEqual({ phone: '+33 1 23 45 67 89', language: 'fr' });
    const bad = await f.call(s, 'me.updatePersonal', { ...personal, firstName: ' ' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.fields?.firstName?.message).toBe(fr.errors.field.required);
  });

  it('gives field errors for a bad phone, unknown time zone and empty names, and changes nothing', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const before = snapshot(f.store);
    const result = await f.call(s, 'me.updatePersonal', { ...personal, lastName: '', phone: 'call me', timeZone: 'Mars/Olympus' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.error.fields ?? {}).sort()).toEqual(['lastName', 'phone', 'timeZone']);
    expect(snapshot(f.store)).toBe(before);
  });

  it('changes the email only with the current password and keeps emails unique, ignoring case', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const login = (email: string, currentPassword = DEMO_PASSWORD) => f.call(s, 'me.updateLogin', { email, currentPassword, newPassword: '', confirmPassword: '' });
    const taken = await login('MARCO.ROSSI@lumen-analytics.example');
    expect(!taken.ok && taken.error.fields?.email?.key).toBe('errors.email.taken');
    const wrong = await login('claire@lumen.example', 'nope');
    expect(!wrong.ok && wrong.error.fields?.currentPassword?.key).toBe('errors.password.currentWrong');
    const invalid = await login('claire@');
    expect(!invalid.ok && invalid.error.fields?.email?.key).toBe('errors.email.invalid');
    const done = await login('claire@lumen.example');
    expect(done.ok && [done.value.me.email, done.value.outcome]).toEqual(['claire@lumen.example', 'saved']);
  });

  it('answers a wrong current password as an error even when nothing changed, and a save with no change as unchanged', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const before = snapshot(f.store);
    const email = 'claire.dubois@lumen-analytics.example';
    const wrong = await f.call(s, 'me.updateLogin', { email, currentPassword: 'not-my-password', newPassword: '', confirmPassword: '' });
    expect(!wrong.ok && wrong.error.fields?.currentPassword?.key).toBe('errors.password.currentWrong');
    // The wrong password is counted and audited (auth/password-check.ts); nothing else changed.
    expect([...f.store.tables.audit.values()].filter((e) => e.action === 'user.password.check_failed')).toHaveLength(1);
    const counted = snapshot(f.store);
    const same = await f.call(s, 'me.updateLogin', { email: ` ${email} `, currentPassword: DEMO_PASSWORD, newPassword: '', confirmPassword: '' });
    expect(same.ok && same.value.outcome).toBe('unchanged');
    const personal = await f.call(s, 'me.updatePersonal', { firstName: 'Claire', lastName: 'Dubois', phone: '', language: 'en', timeZone: 'Europe/Paris' });
    expect(personal.ok && personal.value.outcome).toBe('unchanged');
    expect(snapshot(f.store)).not.toBe(before);
    // A right password clears the count of failures; the saves with no change write nothing else.
    expect(f.store.tables.users.get(f.userId('Claire'))?.passwordFailures).toBeUndefined();
    expect(counted).not.toBe(before);
  });

  it('changes the password under the policy, emails the user, and never exposes the hash', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const email = 'claire.dubois@lumen-analytics.example';
    const attempt = (newPassword: string, confirmPassword = newPassword, currentPassword = DEMO_PASSWORD) =>
      f.call(s, 'me.updateLogin', { email, currentPassword, newPassword, confirmPassword });
    const before = snapshot(f.store);
    expect((await attempt('short-1')).ok).toBe(false);
    expect((await attempt('Password1234!')).ok).toBe(false);
    expect((await attempt('claire.dubois@lumen-analytics.example')).ok).toBe(false);
    expect((await attempt('A-long-enough-phrase', 'A-different-phrase!')).ok).toBe(false);
    expect((await attempt('', 'A-long-enough-phrase')).ok).toBe(false);
    expect(snapshot(f.store)).toBe(before);
    // A wrong current password changes nothing of the user's but is counted and audited.
    expect((await attempt('A-long-enough-phrase', 'A-long-enough-phrase', 'wrong')).ok).toBe(false);
    expect([...f.store.tables.audit.values()].filter((e) => e.action === 'user.password.check_failed')).toHaveLength(1);

    const done = await attempt('A-long-enough-phrase');
    expect(done.ok && done.value.outcome).toBe('saved');
    expect(JSON.stringify(done)).not.toContain('plain$');
    expect(f.mailer.sent.map((e) => e.template)).toEqual(['password_changed']);
    const audit = [...f.store.tables.audit.values()].find((e) => e.action === 'user.password.changed');
    expect(JSON.stringify(audit)).not.toContain('A-long-enough-phrase');

    await f.call(s, 'auth.signOut');
    expect((await f.call(s, 'me.get')).ok).toBe(false);
    const again = await f.call(s, 'auth.signIn', { email: 'claire.dubois@lumen-analytics.example', password: 'A-long-enough-phrase' });
    expect(again.ok).toBe(true);
  });

  it('changes email and password together, or neither', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const before = snapshot(f.store);
    const weak = await f.call(s, 'me.updateLogin', { email: 'claire@lumen.example', currentPassword: DEMO_PASSWORD, newPassword: 'short', confirmPassword: 'short' });
    expect(!weak.ok && Object.keys(weak.error.fields ?? {})).toEqual(['newPassword']);
    expect(snapshot(f.store)).toBe(before);
    const both = await f.call(s, 'me.updateLogin', { email: 'claire@lumen.example', currentPassword: DEMO_PASSWORD, newPassword: 'A-long-enough-phrase', confirmPassword: 'A-long-enough-phrase' });
    expect(both.ok && both.value.me.email).toBe('claire@lumen.example');
    const actions = [...f.store.tables.audit.values()].map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['user.email.updated', 'user.password.changed']));
  });
});

describe('Only the user changes their own name and email', () => {
  it('refuses an administrator renaming another user and changes nothing', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const before = snapshot(f.store);
    const result = await f.call(s, 'users.updateDetails', { userId: f.userId('Tom'), firstName: 'Thomas', lastName: 'Walker', email: 'tom.walker@lumen-analytics.example' });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden', message: 'Only Tom Walker can change their own name and email.' } });
    expect(snapshot(f.store)).toBe(before);
  });

  it('lets the user rename themselves', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Tom');
    const result = await f.call(s, 'users.updateDetails', { userId: f.userId('Tom'), firstName: 'Thomas', lastName: 'Walker', email: 'tom.walker@lumen-analytics.example' });
    expect(result.ok && result.value.firstName).toBe('Thomas');
  });
});
