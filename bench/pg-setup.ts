/** A desktop on the benchmark's shared account: openSharedCore with the bench's clock and fast hasher, signed in as the admin. */
import { openSharedCore } from '../core/adapters/open-shared-core.ts';
import type { Core } from '../core/app/create-core.ts';
import type { SessionState } from '../core/app/handler.ts';
import type { Channel } from '../core/contract.ts';
import type { Result } from '../core/result.ts';
import type { PgStore, PgStoreOptions } from '../core/store/pg/pg-store.ts';
import { FixedClock, plainHasher } from '../core/testing/fakes.ts';
import type { Dataset } from './bulk-load.ts';
import { HOST, signIn } from './setup.ts';

export interface PgDesktop {
  core: Core;
  store: PgStore;
  session: SessionState;
  dispatch(channel: Channel, input?: unknown): Promise<Result<unknown>>;
  close(): Promise<void>;
}

/**
 * How a desktop checks its commits: `ours` (what the command read; after a refusal, the next command
 * under the account's lock), `optimistic` (what was read, retried without the lock), `account` (one
 * version for the whole account: the naive baseline).
 */
export type ConcurrencyMode = 'ours' | 'optimistic' | 'account';

export interface PgDesktopOptions {
  mode?: ConcurrencyMode;
  /** Work as this admin (only the dataset's first admin has a password: the others' sessions are set directly). */
  userId?: string;
}

function storeModeOptions(mode: ConcurrencyMode): Pick<PgStoreOptions, 'conflicts' | 'lockAfterConflictMs'> {
  if (mode === 'ours') return {};
  return { conflicts: mode === 'account' ? 'account' : 'reads', lockAfterConflictMs: 0 };
}

export async function openPgDesktop(url: string, localCopyDir: string, dataset: Dataset, options: PgDesktopOptions = {}): Promise<PgDesktop> {
  const { core, store, stop } = await openSharedCore({ url, localCopyDir, host: HOST, ports: { clock: new FixedClock(), hasher: plainHasher }, log: () => undefined, ...storeModeOptions(options.mode ?? 'ours') });
  const session = await signIn(core, dataset);
  if (options.userId) session.userId = options.userId;
  return {
    core,
    store,
    session,
    dispatch: (channel, input) => core.dispatch(channel, input, session),
    close: async () => {
      stop();
      await store.close();
    },
  };
}
