/**
 * Opens the app's core where the account lives: this computer's data folder (the default, zero
 * setup), or a PostgreSQL database shared by several desktops (`--store postgres://…` or
 * ACCOUNT_ADMIN_STORE), with this desktop's copy of it kept in the data folder for offline reading.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Core } from '../app/create-core.ts';
import type { HostInfo } from '../app/handler.ts';
import type { Ports } from '../ports/index.ts';
import type { Store, StoreEvent } from '../ports/store.ts';
import type { OpenPartition } from '../store/partition-file.ts';
import { openLocalCore } from './open-local-core.ts';
import { openSharedCore } from './open-shared-core.ts';
import { isPostgresUrl, redactUrl } from '../store/store-url.ts';
import type { DataKeySource } from './sealer.ts';

export { STORE_ENV, STORE_FLAG, storeUrlFrom } from '../store/store-url.ts';

export interface OpenCoreOptions {
  dataDir: string;
  /** A postgres:// URL: the shared account; none: the local files. */
  storeUrl?: string;
  host: Omit<HostInfo, 'dataDir'>;
  openPartition?: OpenPartition;
  ports?: Partial<Omit<Ports, 'store'>>;
  /**
   * Where the data key that seals two-step keys comes from (adapters/data-key.ts). Local files: the
   * host's (the desktop's keychain-wrapped file); none given: `data.key` in the data folder. A shared
   * account always uses the deployment's key (the same on every desktop), never one desktop's.
   */
  localDataKey?: DataKeySource;
  /** Seed the demo account into an empty store (local default: yes; shared: only when asked). */
  seed?: boolean;
}

export interface OpenedCore {
  core: Core;
  store: Store;
  seeded: boolean;
  /** Where the account lives, for people: the data folder, or the server without its password. */
  location: string;
  /** Host events of a shared store (none for local files). */
  subscribe(listener: (event: StoreEvent) => void): () => void;
  stop(): void;
}

export async function openCore(options: OpenCoreOptions): Promise<OpenedCore> {
  const { storeUrl } = options;
  if (!storeUrl) {
    const local = await openLocalCore({ dataDir: options.dataDir, host: options.host, ...(options.openPartition ? { openPartition: options.openPartition } : {}), ...(options.ports ? { ports: options.ports } : {}), ...(options.localDataKey ? { dataKey: options.localDataKey } : {}), ...(options.seed === false ? { seed: false } : {}) });
    return { ...local, location: options.dataDir, subscribe: () => () => undefined };
  }
  if (!isPostgresUrl(storeUrl)) throw new Error(`${redactUrl(storeUrl)} is not a postgres:// address`);
  // One copy per server and database, so that pointing the desktop elsewhere never mixes accounts.
  const key = createHash('sha256').update(redactUrl(storeUrl)).digest('hex').slice(0, 16);
  const shared = await openSharedCore({
    url: storeUrl,
    localCopyDir: path.join(options.dataDir, 'shared', key),
    host: { ...options.host, storeLocation: redactUrl(storeUrl) },
    ...(options.ports ? { ports: options.ports } : {}),
    seed: options.seed === true,
  });
  return { ...shared, location: redactUrl(storeUrl), subscribe: (listener) => shared.store.subscribe(listener) };
}
