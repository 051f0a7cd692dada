/**
 * A desktop's core on a shared account in PostgreSQL: like openLocalCore, with a PgStore (schema
 * migrated on open when behind, a local copy for offline reading). The demo is seeded only into an
 * empty database, and only when asked: several desktops share the account.
 */
import { createCore, type Core } from '../app/create-core.ts';
import type { HostInfo } from '../app/handler.ts';
import type { Ports } from '../ports/index.ts';
import { StoreConflict } from '../ports/store.ts';
import { seedDemo } from '../seed/demo.ts';
import { PgStore, type PgStoreOptions } from '../store/pg/pg-store.ts';
import { appPorts } from './app-ports.ts';
import { deploymentDataKey } from './data-key.ts';
import type { DataKeySource } from './sealer.ts';

export interface SharedCoreOptions extends PgStoreOptions {
  host: Omit<HostInfo, 'dataDir'>;
  ports?: Partial<Omit<Ports, 'store'>>;
  /**
   * The account's data key, the same on every desktop: the deployment's (adapters/data-key.ts). None
   * given: ACCOUNT_ADMIN_DATA_KEY or ACCOUNT_ADMIN_DATA_KEY_FILE, else no key (enrolment refused).
   */
  dataKey?: DataKeySource;
  seed?: boolean;
  renewEveryMs?: number;
}

export async function openSharedCore(options: SharedCoreOptions): Promise<{ core: Core; store: PgStore; seeded: boolean; stop: () => void }> {
  const { host, ports: overrides, dataKey, seed, renewEveryMs, ...storeOptions } = options;
  // Read before the database is opened: a key given wrong stops the start with a message saying so.
  const key = dataKey ?? deploymentDataKey(process.env);
  const store = await PgStore.open(storeOptions);
  const ports = appPorts(store, key, overrides);
  let seeded = false;
  if (seed === true && store.online && !store.readOnly && store.tables.account.size === 0) {
    try {
      await seedDemo(store, ports);
      seeded = true;
    } catch (error) {
      // Another desktop seeded the empty database first: its account is in the tables now.
      if (!(error instanceof StoreConflict)) throw error;
    }
  }
  const core = createCore(ports, { ...host, dataDir: options.localCopyDir });
  // Renewals are caught up by whichever desktop gets there first; the others see a conflict, take
  // its commits in and find nothing left to do. Offline, they wait for the server.
  const renew = () =>
    core.renewDue().catch((error: unknown) => {
      console.warn(`[shared-core] renewal catch-up failed: ${error instanceof Error ? error.message : String(error)}`);
      return 0;
    });
  await renew();
  const timer = setInterval(() => void renew(), renewEveryMs ?? 60 * 60 * 1000);
  timer.unref?.();
  // Back online: catch up on renewals that fell due while this desktop could not write.
  const unsubscribe = store.subscribe((event) => {
    if (event.kind === 'connection' && event.online) void renew();
  });
  return {
    core,
    store,
    seeded,
    stop: () => {
      clearInterval(timer);
      unsubscribe();
    },
  };
}
