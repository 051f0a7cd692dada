/** The running app's core: file store in a data folder, system clock, scrypt, demo seed on first run. */
import { createCore, type Core } from '../app/create-core.ts';
import type { HostInfo } from '../app/handler.ts';
import { FileStore } from '../store/file-store.ts';
import type { OpenPartition } from '../store/partition-file.ts';
import { demoChanges } from '../seed/demo.ts';
import type { Ports } from '../ports/index.ts';
import { createScryptHasher } from './scrypt-hasher.ts';
import { outboxOnlyMailer, randomIds, systemClock } from './system.ts';

export interface LocalCoreOptions {
  dataDir: string;
  host: Omit<HostInfo, 'dataDir'>;
  openPartition?: OpenPartition;
  ports?: Partial<Omit<Ports, 'store'>>;
  seed?: boolean;
}

export async function openLocalCore(options: LocalCoreOptions): Promise<{ core: Core; store: FileStore; seeded: boolean }> {
  const store = new FileStore({ dir: options.dataDir, ...(options.openPartition ? { openPartition: options.openPartition } : {}) });
  const ports: Ports = {
    store,
    clock: systemClock,
    ids: randomIds,
    hasher: createScryptHasher(),
    mailer: outboxOnlyMailer,
    ...options.ports,
  };
  let seeded = false;
  if (store.isEmpty && options.seed !== false && !store.readOnly && store.problems.length === 0) {
    await store.commit(await demoChanges(ports));
    seeded = true;
  }
  return { core: createCore(ports, { ...options.host, dataDir: options.dataDir }), store, seeded };
}
