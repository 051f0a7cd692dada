/**
 * Sign-in through the core with the real password hashers: Argon2id at OWASP's first choice (19 MiB,
 * t=2, p=1), next to the scrypt the app used before (N=2^14, r=8, p=1) as the baseline, same run,
 * alternating so that the shared machine's load falls on both alike. The "naive" column is scrypt
 * (lower is not the goal: a sign-in should cost tens of milliseconds, well under the 500 ms target).
 * `npx tsx bench/sign-in-figures.ts` prints only these figures.
 */
import { pathToFileURL } from 'node:url';
import { createCore } from '../core/app/create-core.ts';
import { createOfflineGateway } from '../core/adapters/offline-gateway.ts';
import { randomSecrets } from '../core/adapters/secrets.ts';
import { createSealer, memoryDataKey } from '../core/adapters/sealer.ts';
import { createArgon2Hasher, createScryptHasher } from '../core/adapters/password-hasher.ts';
import type { PasswordHasher } from '../core/ports/password-hasher.ts';
import { seedDemo } from '../core/seed/demo.ts';
import { DEMO_PASSWORD, DEMO_PEOPLE, demoEmail } from '../core/seed/demo-people.ts';
import { MemoryStore } from '../core/store/memory-store.ts';
import { countingIds, FixedClock, RecordingMailer } from '../core/testing/fakes.ts';
import { printTable, sample, summarize, type Row } from './stats.ts';

const HOST = { mode: 'test', version: 'bench', dataDir: '(memory)' } as const;

async function signInCore(hasher: PasswordHasher) {
  const store = new MemoryStore();
  const ports = { store, clock: new FixedClock(), ids: countingIds(), hasher, mailer: new RecordingMailer(), gateway: createOfflineGateway(), secrets: randomSecrets, sealer: createSealer(memoryDataKey()) };
  await seedDemo(store, ports);
  const core = createCore(ports, HOST);
  const email = demoEmail(DEMO_PEOPLE[0]!);
  return async () => {
    const result = await core.dispatch('auth.signIn', { email, password: DEMO_PASSWORD }, { userId: null });
    if (!result.ok) throw new Error(`sign-in failed: ${result.error.message}`);
  };
}

export async function signInFigures(log: (text: string) => void, n = 15): Promise<Row[]> {
  log('sign-in: Argon2id vs scrypt (N=2^14), alternating…');
  const argon2 = await signInCore(createArgon2Hasher());
  const scrypt = await signInCore(createScryptHasher());
  const ours: number[] = [];
  const naive: number[] = [];
  await argon2();
  await scrypt();
  for (let i = 0; i < n; i++) {
    ours.push(...(await sample({ n: 1 }, argon2)));
    naive.push(...(await sample({ n: 1 }, scrypt)));
  }
  return [
    {
      figure: 'sign-in (password check through the core): Argon2id m=19 MiB t=2 p=1 | scrypt N=2^14 before',
      unit: 'ms',
      ours: summarize(ours),
      naive: summarize(naive),
      target: 500,
      note: 'the naive column is the old hasher: cheaper is weaker here; OWASP scrypt minimum N=2^17 costs ~470 ms on this machine',
    },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = await signInFigures((text) => console.log(text));
  printTable(rows);
}
