/** A core on fakes, seeded with the demo account: what most core tests start from. */
import { createCore, type Core } from '../app/create-core.ts';
import type { SessionState } from '../app/handler.ts';
import type { Channel, OutputOf } from '../contract.ts';
import type { Ports } from '../ports/index.ts';
import type { Result } from '../result.ts';
import { seedDemo } from '../seed/demo.ts';
import { createOfflineGateway } from '../adapters/offline-gateway.ts';
import { DEMO_PASSWORD, DEMO_PEOPLE, demoEmail } from '../seed/demo-people.ts';
import { MemoryStore } from '../store/memory-store.ts';
import type { Store } from '../ports/store.ts';
import { countingIds, FixedClock, plainHasher, RecordingMailer } from './fakes.ts';
import { randomSecrets } from '../adapters/secrets.ts';
import { createSealer, memoryDataKey } from '../adapters/sealer.ts';

export interface Fixture {
  core: Core;
  store: Store;
  clock: FixedClock;
  mailer: RecordingMailer;
  /** Signs in as a demo person by first name and returns their session. */
  signIn(firstName: string): Promise<SessionState>;
  call<C extends Channel>(session: SessionState, channel: C, input?: unknown): Promise<Result<OutputOf<C>>>;
  userId(firstName: string): string;
}

export async function demoFixture(store: Store = new MemoryStore(), overrides: Partial<Ports> = {}): Promise<Fixture> {
  const clock = new FixedClock();
  const mailer = new RecordingMailer();
  const ports: Ports = { store, clock, ids: countingIds(), hasher: plainHasher, mailer, gateway: createOfflineGateway(), secrets: randomSecrets, sealer: createSealer(memoryDataKey()), ...overrides };
  if (store.tables.account.size === 0) await seedDemo(store, ports);
  const core = createCore(ports, { mode: 'test', version: '0.0.0-test', dataDir: '(memory)' });
  await core.renewDue();
  const userId = (firstName: string) => {
    const person = DEMO_PEOPLE.find((p) => p.first === firstName);
    if (!person) throw new Error(`no demo person ${firstName}`);
    const email = demoEmail(person);
    for (const user of store.tables.users.values()) if (user.email === email) return user.id;
    throw new Error(`${firstName} is not in the store`);
  };
  return {
    core,
    store,
    clock,
    mailer,
    userId,
    async signIn(firstName) {
      const session: SessionState = { userId: null };
      const person = DEMO_PEOPLE.find((p) => p.first === firstName)!;
      const result = await core.dispatch('auth.signIn', { email: demoEmail(person), password: DEMO_PASSWORD }, session);
      if (!result.ok) throw new Error(`sign-in as ${firstName} failed: ${result.error.message}`);
      return session;
    },
    call: (session, channel, input) => core.call(channel, input, session),
  };
}

/** A JSON snapshot of every table, to prove a refused command changed nothing. */
export function snapshot(store: Store): string {
  return JSON.stringify(Object.entries(store.tables).map(([name, table]) => [name, [...table.entries()]]));
}
