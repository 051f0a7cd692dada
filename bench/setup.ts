/**
 * Opens a core on a dataset, the way the app does: ours is openLocalCore on the data folder (FileStore,
 * renewals caught up on open); the naive baseline is the same core on NaiveStore. Both use the system
 * ids and mailer, the offline gateway, a fixed clock, and the fast fake hasher (see bulk-load.ts).
 */
import { openLocalCore } from '../core/adapters/open-local-core.ts';
import { createOfflineGateway } from '../core/adapters/offline-gateway.ts';
import { randomSecrets } from '../core/adapters/secrets.ts';
import { createSealer, memoryDataKey } from '../core/adapters/sealer.ts';
import { outboxOnlyMailer, randomIds } from '../core/adapters/system.ts';
import { createCore, type Core } from '../core/app/create-core.ts';
import type { SessionState } from '../core/app/handler.ts';
import type { Channel } from '../core/contract.ts';
import type { PasswordHasher } from '../core/ports/password-hasher.ts';
import type { Store } from '../core/ports/store.ts';
import { FixedClock, plainHasher } from '../core/testing/fakes.ts';
import { BENCH_PASSWORD, type Dataset } from './bulk-load.ts';
import { NaiveStore } from './naive-store.ts';

export type Kind = 'ours' | 'naive';
export const HOST = { mode: 'browser', version: 'bench' } as const;

export interface BenchCore {
  kind: Kind;
  core: Core;
  store: Store;
  clock: FixedClock;
  session: SessionState;
  /** Dispatches as the signed-in admin; throws on a failed Result (a bench must not time errors). */
  call(channel: Channel, input?: unknown): Promise<unknown>;
  close(): Promise<void>;
}

export async function openCore(kind: Kind, dataset: Dataset, clock = new FixedClock(), hasher: PasswordHasher = plainHasher): Promise<Omit<BenchCore, 'session' | 'call'>> {
  if (kind === 'ours') {
    const { core, store, stop } = await openLocalCore({ dataDir: dataset.storeDir, host: HOST, ports: { clock, hasher }, seed: false });
    return { kind, core, store, clock, close: async () => (stop(), await store.close()) };
  }
  const store = new NaiveStore(dataset.naiveDir);
  const ports = { store, clock, ids: randomIds, hasher: plainHasher, mailer: outboxOnlyMailer, gateway: createOfflineGateway(), secrets: randomSecrets, sealer: createSealer(memoryDataKey()) };
  const core = createCore(ports, { ...HOST, dataDir: dataset.naiveDir });
  await core.renewDue();
  return { kind, core, store, clock, close: () => store.close() };
}

export async function signIn(core: Core, dataset: Dataset): Promise<SessionState> {
  const session: SessionState = { userId: null };
  const result = await core.dispatch('auth.signIn', { email: dataset.adminEmail, password: BENCH_PASSWORD }, session);
  if (!result.ok) throw new Error(`sign-in failed: ${result.error.message}`);
  return session;
}

export async function openSignedIn(kind: Kind, dataset: Dataset, clock?: FixedClock): Promise<BenchCore> {
  const opened = await openCore(kind, dataset, clock);
  const session = await signIn(opened.core, dataset);
  return {
    ...opened,
    session,
    async call(channel, input) {
      const result = await opened.core.dispatch(channel, input, session);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
  };
}
