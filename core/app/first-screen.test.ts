import { generateSync } from 'otplib';
import { describe, expect, it } from 'vitest';
import { contract } from '../contract.ts';
import { DEMO_PASSWORD, DEMO_PEOPLE, demoEmail } from '../seed/demo-people.ts';
import { demoFixture, snapshot, type Fixture } from '../testing/fixture.ts';
import type { SessionState } from './handler.ts';
import { FIRST_SCREEN_READS } from './first-screen.ts';

const codeAt = (f: Fixture, key: string) => generateSync({ secret: key, epoch: Math.floor(f.clock.now().getTime() / 1000) });

async function signIn(f: Fixture, email: string) {
  const session: SessionState = { userId: null };
  const result = await f.core.call('auth.signIn', { email, password: DEMO_PASSWORD }, session);
  if (!result.ok) throw new Error(result.error.message);
  return { session, value: result.value };
}

/** What each part's own channel answers this session now: the value, or null where it is refused. */
async function ownReads(f: Fixture, session: SessionState) {
  const parts: Record<string, unknown> = {};
  for (const [part, { channel, input }] of Object.entries(FIRST_SCREEN_READS)) {
    const result = await f.core.call(channel, input, session);
    parts[part] = result.ok ? result.value : null;
  }
  return parts;
}

async function enrol(f: Fixture, session: SessionState): Promise<string> {
  const begun = await f.call(session, 'me.twoStepBegin');
  if (!begun.ok) throw new Error(begun.error.message);
  const confirmed = await f.call(session, 'me.twoStepConfirm', { code: codeAt(f, begun.value.key) });
  if (!confirmed.ok) throw new Error(confirmed.error.message);
  return begun.value.key;
}

describe("The sign-in's answer carries the first screen's reads", () => {
  it('for each demo person, each part is what its own channel answers them (null where refused), and reading it changes nothing', async () => {
    const f = await demoFixture();
    // Super administrator and billing contact, administrator, billing contact, licence manager, plain user.
    for (const person of DEMO_PEOPLE.filter((p) => ['Claire', 'Marco', 'Hannah', 'Jan', 'Tom'].includes(p.first))) {
      const { session, value } = await signIn(f, demoEmail(person));
      expect('firstScreen' in value && value.firstScreen).toBeTruthy();
      const before = snapshot(f.store);
      expect('firstScreen' in value && value.firstScreen).toEqual(await ownReads(f, session));
      expect(snapshot(f.store)).toBe(before);
      expect(contract['auth.signIn'].output.safeParse(value).success).toBe(true);
    }
  });

  it('gives a user without billing rights nothing more: no pending payment, no cart, no spending', async () => {
    const f = await demoFixture();
    const { value } = await signIn(f, demoEmail(DEMO_PEOPLE.find((p) => p.first === 'Tom')!));
    const screen = 'firstScreen' in value ? value.firstScreen : undefined;
    expect(screen?.overview).toMatchObject({ billing: null });
    expect(screen?.overview?.seats.length).toBeGreaterThan(0);
    expect(screen?.pending).toBeNull();
    expect(screen?.cart).toBeNull();
    // Claire, who may, gets them.
    const claire = await signIn(f, demoEmail(DEMO_PEOPLE.find((p) => p.first === 'Claire')!));
    const hers = 'firstScreen' in claire.value ? claire.value.firstScreen : undefined;
    expect(hers?.overview?.billing).not.toBeNull();
    expect(hers?.pending).not.toBeNull();
    expect(hers?.cart).not.toBeNull();
  });

  it('none with the password alone of an enrolled user; the second step brings it', async () => {
    const f = await demoFixture();
    const marcoEmail = demoEmail(DEMO_PEOPLE.find((p) => p.first === 'Marco')!);
    const key = await enrol(f, (await signIn(f, marcoEmail)).session);
    f.clock.advance(60_000);
    const { session, value } = await signIn(f, marcoEmail);
    expect(value).toHaveProperty('secondStep');
    expect(value).not.toHaveProperty('firstScreen');
    const second = await f.call(session, 'auth.secondStep', { challenge: 'secondStep' in value ? value.secondStep.challenge : '', code: codeAt(f, key), kind: 'code' });
    expect(second.ok && second.value.firstScreen).toEqual(await ownReads(f, session));
  });

  it('none for an administrator who must enrol first (nothing else answers them), nor in auth.session', async () => {
    const f = await demoFixture();
    const claire = await f.signIn('Claire');
    await enrol(f, claire);
    expect((await f.call(claire, 'account.setSecurity', { requireTwoStepForAdmins: true })).ok).toBe(true);
    const { value } = await signIn(f, demoEmail(DEMO_PEOPLE.find((p) => p.first === 'Marco')!));
    expect(value).toMatchObject({ mustEnrolTwoStep: true });
    expect(value).not.toHaveProperty('firstScreen');
    const tom = await signIn(f, demoEmail(DEMO_PEOPLE.find((p) => p.first === 'Tom')!));
    const session = await f.call(tom.session, 'auth.session');
    expect(session.ok && session.value).not.toHaveProperty('firstScreen');
  });
});
