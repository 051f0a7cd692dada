/**
 * A desktop's copy of the shared account, in a local FileStore: read when the server is unreachable,
 * and the starting point of a cold start (then only the commits after it are fetched).
 *
 * The version the copy reflects is a reserved record in the copy's own `meta` collection, written in
 * the same journal entry as the changes it covers: state and version cannot disagree after a crash.
 * The copy is a cache (the server is the durable store), so it is written off the command's path:
 * changes gather for a moment and go to disk as one unfsync'd journal entry. A crash loses a tail of
 * it at worst, and the commits after the surviving version are fetched again.
 */
import fs from 'node:fs';
import { emptyTables, put, type Change, type Tables } from '../../model/changes.ts';
import type { CollectionName, Meta } from '../../model/records.ts';
import { FileStore } from '../file-store.ts';

const MARKER_ID = 'pg-sync';

interface Marker {
  id: typeof MARKER_ID;
  version: number;
  storeId: string;
}

function markerChange(version: number, storeId: string): Change {
  const marker: Marker = { id: MARKER_ID, version, storeId };
  return put('meta', MARKER_ID, marker as unknown as Meta);
}

/**
 * How long changes may wait before they are written to the copy: a burst becomes one entry, and a
 * record changed several times meanwhile is written once, as it ended.
 */
const WRITE_DELAY_MS = 1000;

/**
 * The copy folds its journal into partition files rarely: on a busy account every desktop writes
 * every commit, and rewriting partitions each second (the local store's pace) cost more than the
 * commits themselves. A longer journal only lengthens a cold start a little.
 */
const COPY_FOLDING = { foldBytes: 8_000_000, foldDelayMs: 10_000 } as const;

export class LocalCopy {
  private store: FileStore;
  /** The last change of each record since the last write (a record's key → its change). */
  private pending = new Map<string, Change>();
  private pendingVersion: { version: number; storeId: string } | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly dir: string) {
    this.store = new FileStore({ dir, ...COPY_FOLDING });
    if (this.store.tables.account.size > 0 && !this.store.tables.meta.has(MARKER_ID)) {
      // Never overwrite an admin's local account: a copy folder is only ever written by this class.
      throw new Error(`${dir} holds a local account, not a copy of a shared one: choose another folder for the local copy`);
    }
  }

  /** What the copy reflects, or undefined when it is empty, damaged or unreadable. */
  get marker(): Marker | undefined {
    if (this.store.problems.length > 0 || this.store.readOnly) return undefined;
    const value = (this.store.tables.meta as Map<string, unknown>).get(MARKER_ID) as Marker | undefined;
    return value && typeof value.version === 'number' && typeof value.storeId === 'string' ? value : undefined;
  }

  /** The copy's records (the reserved marker left out), put into `tables` (by default fresh maps) the caller may change. */
  tables(tables: Tables = emptyTables()): Tables {
    for (const coll of Object.keys(tables) as CollectionName[]) {
      const target = tables[coll] as Map<string, unknown>;
      for (const [id, value] of this.store.tables[coll] as Map<string, unknown>) target.set(id, value);
    }
    tables.meta.delete(MARKER_ID);
    return tables;
  }

  /** Records commits that reached `version` (the server already has them): written shortly, in one entry. */
  apply(changes: readonly Change[], version: number, storeId: string): void {
    for (const change of changes) {
      const key = `${change.coll}\u0000${change.id}`;
      // Moved to the end: entries stay in the order of their last change.
      this.pending.delete(key);
      this.pending.set(key, change);
    }
    this.pendingVersion = { version, storeId };
    if (!this.timer) {
      this.timer = setTimeout(() => this.write(), WRITE_DELAY_MS);
      this.timer.unref?.();
    }
  }

  /** Writes what is pending now. */
  write(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const marker = this.pendingVersion;
    if (!marker) return;
    const changes = [...this.pending.values()];
    this.pending.clear();
    this.pendingVersion = undefined;
    this.store.commitSync([...changes, markerChange(marker.version, marker.storeId)], false);
  }

  /** Starts the copy over from a full load (another database, a damaged copy, a log that no longer reaches back). */
  async replaceAll(tables: Tables, version: number, storeId: string): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
    this.pendingVersion = undefined;
    await this.store.close().catch(() => undefined);
    fs.rmSync(this.dir, { recursive: true, force: true });
    this.store = new FileStore({ dir: this.dir, ...COPY_FOLDING });
    const changes: Change[] = [];
    for (const coll of Object.keys(tables) as CollectionName[]) {
      for (const [id, value] of tables[coll] as Map<string, unknown>) changes.push(put(coll, id, value as never));
    }
    this.store.commitSync([...changes, markerChange(version, storeId)], false);
    this.store.fold();
  }

  async close(): Promise<void> {
    this.write();
    await this.store.close();
  }
}
