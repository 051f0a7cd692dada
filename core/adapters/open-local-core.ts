/** The running app's core: file store in a data folder, system clock, Argon2id, demo seed on first run. */
import path from 'node:path';
import { createCore, type Core } from '../app/create-core.ts';
import type { HostInfo } from '../app/handler.ts';
import { FileStore } from '../store/file-store.ts';
import type { OpenPartition } from '../store/partition-file.ts';
import { seedDemo } from '../seed/demo.ts';
import type { Ports } from '../ports/index.ts';
import { appPorts } from './app-ports.ts';
import { DATA_KEY_FILE, fileDataKey } from './data-key.ts';
import type { DataKeySource } from './sealer.ts';

export interface LocalCoreOptions {
  dataDir: string;
  host: Omit<HostInfo, 'dataDir'>;
  openPartition?: OpenPartition;
  ports?: Partial<Omit<Ports, 'store'>>;
  /** The data key that seals two-step keys; none: `data.key` in the data folder (0600), made at the first seal. */
  dataKey?: DataKeySource;
  seed?: boolean;
  renewEveryMs?: number;
  /**
   * The history (audit and outbox months, billing years) is read on first use, or this long after
   * opening, once the first screen has been served (FileStore's deferHistory).
   */
  historyAfterMs?: number;
}

export async function openLocalCore(options: LocalCoreOptions): Promise<{ core: Core; store: FileStore; seeded: boolean; stop: () => void }> {
  const store = new FileStore({ dir: options.dataDir, lock: `Account Admin (${options.host.mode})`, deferHistory: true, ...(options.openPartition ? { openPartition: options.openPartition } : {}) });
  const history = setTimeout(() => store.loadDeferred(), options.historyAfterMs ?? 1000);
  history.unref?.();
  const ports = appPorts(store, options.dataKey ?? fileDataKey(path.join(options.dataDir, DATA_KEY_FILE)), options.ports);
  let seeded = false;
  if (store.isEmpty && options.seed !== false && !store.readOnly && store.problems.length === 0) {
    await seedDemo(store, ports);
    seeded = true;
  }
  const core = createCore(ports, { ...options.host, dataDir: options.dataDir });
  // Catch up on every renewal that fell due while the app was closed, exactly once each.
  await core.renewDue();
  // …and on a timer while it runs (a period can end while the app is open).
  const timer = setInterval(() => void core.renewDue(), options.renewEveryMs ?? 60 * 60 * 1000);
  timer.unref?.();
  return {
    core,
    store,
    seeded,
    stop: () => {
      clearInterval(timer);
      clearTimeout(history);
    },
  };
}
