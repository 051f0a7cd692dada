/**
 * The local store: state in memory, a durable journal per command, and small partition files folded
 * from it in the background. A crash at any instant loses nothing acknowledged: on start the journal
 * is replayed onto the partition files, each entry only onto partitions older than it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { applyChange, emptyTables, type Change, type Tables } from '../model/changes.ts';
import type { CollectionName } from '../model/records.ts';
import { StampedMap } from '../model/stamped-map.ts';
import type { Store, StoreProblem } from '../ports/store.ts';
import { JournalWriter, journalFirstSeq, journalName, readJournals, syncDir } from './journal.ts';
import { lockFolder } from './folder-lock.ts';
import { loadPartitions, type LoadedPartition } from './load-partitions.ts';
import { ensurePrivateDir, narrowFiles } from './modes.ts';
import { persists, readProblemRecord, writeProblemRecord } from './problem-record.ts';
import { openConfPartition, SCHEMA_VERSION, type OpenPartition, type PartitionData, type PartitionFile } from './partition-file.ts';
import { PARTITION_NAME, partitionOf, SEGMENT_RECORDS, SEGMENTED } from './partitions.ts';
import { Segments } from './segments.ts';

export interface FileStoreOptions {
  dir: string;
  openPartition?: OpenPartition;
  /** Fold when the journal grows past this many bytes (default 1 MB) … */
  foldBytes?: number;
  /** … or after this many ms without a commit (default 1000; 0 disables the timer). */
  foldDelayMs?: number;
  /**
   * Take the folder's lock, naming this process (the app and the CLI do): a folder another live
   * process holds opens read-only, with a `locked` problem saying who.
   */
  lock?: string;
  /** Records per segment of the segmented collections (partitions.ts; tests make it small). */
  segmentRecords?: number;
  /**
   * Open without reading the history: the audit and outbox months and the billing years are read on
   * the first access to one of their family's tables (billing, audit, outbox, sign-ins: each family on
   * its own), before any fold, or when `loadDeferred()` is called
   * (the app does once it is idle). Commits to them meanwhile are durable in the journal and applied
   * once they are read. Only files of this schema are deferred (a newer or older one is read at once,
   * so a newer file still opens the store read-only).
   */
  deferHistory?: boolean;
}

/** The partitions the first screen never needs whole: activity, mail and sign-ins by month, billing by year. */
const HISTORY_PARTITION = /^(audit|outbox|billing|signins)-/;
/**
 * Each history collection's family: the partitions (`<family>-…`) read together on its first use. The
 * Overview reads billing (spending, pending payments) without reading years of activity, mail and
 * sign-ins; a sign-in's log entry waits, like any write, until its family is read.
 */
const HISTORY_FAMILY: Partial<Record<CollectionName, string>> = { audit: 'audit', outbox: 'outbox', invoices: 'billing', payments: 'billing', orders: 'billing', signIns: 'signins' };
const familyOfPartition = (name: string) => name.slice(0, name.indexOf('-'));
/** How a partition file starts (partition-file.ts writes its keys in this order). */
const FILE_HEAD = /^\{"schemaVersion":(\d+),"seq":(\d+),/;

/** The schema version and seq of a partition file from its first bytes, or null when they don't say. */
function readHead(file: string): { schemaVersion: number; seq: number } | null {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(64);
    const n = fs.readSync(fd, buffer, 0, 64, 0);
    const match = FILE_HEAD.exec(buffer.toString('utf8', 0, n));
    return match ? { schemaVersion: Number(match[1]), seq: Number(match[2]) } : null;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * A table whose records are read on first use: any read or write of it first calls `load` (once).
 * The store fills it beforehand with `seed`, which does not.
 */
export class LazyTable<V> extends StampedMap<V> {
  private load: (() => void) | null = null;
  defer(load: () => void): void {
    this.load = load;
  }
  private ready(): void {
    const load = this.load;
    this.load = null;
    load?.();
  }
  seed(key: string, value: V): void {
    super.set(key, value);
  }
  override get size(): number {
    this.ready();
    return super.size;
  }
  override get(key: string): V | undefined {
    this.ready();
    return super.get(key);
  }
  override has(key: string): boolean {
    this.ready();
    return super.has(key);
  }
  override set(key: string, value: V): this {
    this.ready();
    return super.set(key, value);
  }
  override delete(key: string): boolean {
    this.ready();
    return super.delete(key);
  }
  override clear(): void {
    this.ready();
    super.clear();
  }
  override forEach(callback: (value: V, key: string, map: Map<string, V>) => void, thisArg?: unknown): void {
    this.ready();
    super.forEach(callback, thisArg);
  }
  override keys(): MapIterator<string> {
    this.ready();
    return super.keys();
  }
  override values(): MapIterator<V> {
    this.ready();
    return super.values();
  }
  override entries(): MapIterator<[string, V]> {
    this.ready();
    return super.entries();
  }
  override [Symbol.iterator](): MapIterator<[string, V]> {
    this.ready();
    return super[Symbol.iterator]();
  }
}

export class FileStore implements Store {
  readonly tables: Tables = emptyTables();
  problems: StoreProblem[] = [];
  readOnly = false;
  private readonly openPartition: OpenPartition;
  /** The records each partition file holds (a file name → collection → ids). */
  private readonly members = new Map<string, Map<CollectionName, Set<string>>>();
  private readonly segments: Segments;
  private readonly dirty = new Set<string>();
  private readonly files = new Map<string, PartitionFile>();
  /** None while read-only: a folder another process writes, or one newer than this app, gets no file of ours. */
  private journal: JournalWriter | undefined;
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private foldSoon: ReturnType<typeof setImmediate> | undefined;
  private release: (() => void) | undefined;
  /** History partitions not read yet (name → seq from the file's head); null once all are read. */
  private deferred: Map<string, number> | null = null;
  /** The families (HISTORY_FAMILY) with partitions not read yet. */
  private deferredFamilies = new Set<string>();
  /** Changes to history tables waiting for them to be read, journal order, with their seq. */
  private postponed: { seq: number; change: Change }[] = [];

  constructor(private readonly options: FileStoreOptions) {
    this.openPartition = options.openPartition ?? openConfPartition;
    this.segments = new Segments(options.segmentRecords ?? SEGMENT_RECORDS);
    ensurePrivateDir(options.dir);
    if (options.lock) {
      const lock = lockFolder(options.dir, options.lock);
      if (lock.ok) this.release = lock.release;
      else {
        const { pid, host, what, since } = lock.holder;
        this.problems.push({ kind: 'locked', file: options.dir, detail: `${what || 'another process'} (process ${pid} on ${host}) has had this data folder open since ${since}` });
        this.readOnly = true;
      }
    }
    this.load();
  }

  get isEmpty(): boolean {
    return this.tables.account.size === 0;
  }

  /** Which history partitions can wait: those whose head says this schema. */
  private deferrable(dir: string): Map<string, number> {
    const deferred = new Map<string, number>();
    for (const entry of fs.readdirSync(dir)) {
      if (!entry.endsWith('.json')) continue;
      const name = entry.slice(0, -'.json'.length);
      if (!HISTORY_PARTITION.test(name) || !PARTITION_NAME.test(name)) continue;
      const head = readHead(path.join(dir, entry));
      if (head?.schemaVersion === SCHEMA_VERSION) deferred.set(name, head.seq);
    }
    return deferred;
  }

  /** Puts a loaded file's records in the tables and its member sets. */
  private take(name: string, file: LoadedPartition): void {
    const byColl = this.membersOf(name);
    for (const [coll, records] of Object.entries(file.data) as [CollectionName, Record<string, unknown>][]) {
      // One key list per file serves both the table and the file's member set (100k records load in ms).
      const ids = Object.keys(records);
      const table = this.tables[coll] as Map<string, unknown>;
      if (table instanceof LazyTable) for (const id of ids) table.seed(id, records[id]);
      else for (const id of ids) table.set(id, records[id]);
      byColl.set(coll, new Set(ids));
      if (SEGMENTED.has(coll)) for (const id of ids) this.segments.placed(coll, id, name);
    }
    this.seq = Math.max(this.seq, file.seq);
    if (file.migrated) this.dirty.add(name);
  }

  private load(): void {
    const { dir } = this.options;
    const deferred = this.options.deferHistory ? this.deferrable(dir) : new Map<string, number>();
    if (deferred.size > 0) {
      this.deferred = deferred;
      for (const name of deferred.keys()) this.deferredFamilies.add(familyOfPartition(name));
      for (const [coll, family] of Object.entries(HISTORY_FAMILY) as [CollectionName, string][]) {
        if (!this.deferredFamilies.has(family)) continue;
        const table = new LazyTable<never>();
        table.defer(() => this.loadDeferred(family));
        (this.tables as Record<CollectionName, Map<string, unknown>>)[coll] = table;
      }
      for (const seq of deferred.values()) this.seq = Math.max(this.seq, seq);
    }
    const loaded = loadPartitions(dir, undefined, deferred.size > 0 ? (name) => !deferred.has(name) : undefined);
    this.problems.push(...loaded.problems);
    if (loaded.problems.some((p) => p.kind === 'newer_schema')) this.readOnly = true;
    for (const [name, file] of loaded.files) this.take(name, file);
    const journal = readJournals(dir);
    if (journal.corrupt) {
      const { file, movedTo, line, lost, total, laterFiles } = journal.corrupt;
      this.problems.push({
        kind: 'corrupt_journal',
        file,
        movedTo,
        lost,
        detail: `line ${line} of ${total} is damaged; the ${lost} command(s) from it on were not replayed${laterFiles.length ? `, nor the later journals ${laterFiles.join(', ')}` : ''}`,
      });
    }
    this.recordProblems();
    const seqOf = (name: string) => loaded.files.get(name)?.seq ?? 0;
    for (const entry of journal.entries) {
      for (const change of entry.changes) {
        if (this.waitsForHistory(change.coll)) {
          this.postponed.push({ seq: entry.seq, change });
          continue;
        }
        const target = this.partitionFor(change);
        if (target && seqOf(target) >= entry.seq) continue;
        this.applyIndexed(change);
      }
      this.seq = Math.max(this.seq, entry.seq);
    }
    // A journal is named after the sequence number it starts at, and a fold that had nothing to write
    // still starts a new (empty) one: count the names too, or the next journal would sort before that
    // empty one, reuse sequence numbers, and have its torn tail taken for corruption on the next start.
    for (const file of fs.readdirSync(dir)) {
      const first = journalFirstSeq(file);
      if (first !== undefined) this.seq = Math.max(this.seq, first - 1);
    }
    if (this.readOnly) return;
    this.journal = new JournalWriter(dir, journalName(this.seq + 1));
    // Fold what the journal replayed, so that the next start reads files only.
    if (!this.readOnly && (journal.entries.length > 0 || this.dirty.size > 0)) this.fold();
  }

  /**
   * Damage stays reported across starts until acknowledged (problem-record.ts): earlier starts'
   * problems come first, then this start's, which are added to the record.
   */
  private recordProblems(): void {
    const { dir } = this.options;
    const recorded = readProblemRecord(dir);
    const found = this.problems.filter(persists);
    if (found.length > 0 && !this.readOnly) writeProblemRecord(dir, [...recorded.filter(persists), ...found]);
    this.problems = [...recorded, ...this.problems];
    if (!this.readOnly) narrowFiles(dir, fs.readdirSync(dir));
  }

  /**
   * Reads the history partitions a `deferHistory` store left unread, then applies the journal's and
   * this run's changes to them (each only onto files older than it). Nothing to do once read.
   */
  loadDeferred(family?: string): void {
    const deferred = this.deferred;
    if (!deferred) return;
    const wanted = (name: string) => deferred.has(name) && (family === undefined || familyOfPartition(name) === family);
    const names = [...deferred.keys()].filter(wanted);
    if (names.length === 0) return;
    for (const name of names) deferred.delete(name);
    if (family === undefined) this.deferredFamilies.clear();
    else this.deferredFamilies.delete(family);
    if (deferred.size === 0) this.deferred = null;
    const { dir } = this.options;
    const chosen = new Set(names);
    const loaded = loadPartitions(dir, undefined, (name) => chosen.has(name));
    for (const [name, file] of loaded.files) this.take(name, file);
    if (loaded.problems.length > 0) {
      this.problems.push(...loaded.problems);
      if (loaded.problems.some((p) => p.kind === 'newer_schema')) this.readOnly = true;
      const found = loaded.problems.filter(persists);
      if (found.length > 0 && !this.readOnly) writeProblemRecord(dir, [...readProblemRecord(dir).filter(persists), ...found]);
    }
    const seqOf = (name: string) => loaded.files.get(name)?.seq ?? 0;
    // The changes that waited for the families just read, in journal order; the others wait on.
    const postponed = this.postponed.filter(({ change }) => !this.waitsForHistory(change.coll));
    this.postponed = this.postponed.filter(({ change }) => this.waitsForHistory(change.coll));
    for (const { seq, change } of postponed) {
      const target = this.partitionFor(change);
      if (target && seqOf(target) >= seq) continue;
      this.applyIndexed(change);
    }
  }

  /** True until the history partitions of a `deferHistory` store have been read. */
  get historyDeferred(): boolean {
    return this.deferred !== null;
  }

  /** The history families still unread (`billing`, `audit`, `outbox`, `signins`). */
  get deferredHistory(): string[] {
    return [...this.deferredFamilies].sort();
  }

  /** A change to this collection waits in `postponed` until its family's partitions are read. */
  private waitsForHistory(coll: CollectionName): boolean {
    const family = HISTORY_FAMILY[coll];
    return family !== undefined && this.deferredFamilies.has(family);
  }

  /** An administrator has seen the damage: clear the record (the damaged copies stay where they are). */
  async acknowledgeProblems(): Promise<number> {
    if (this.readOnly) throw new Error('store is read-only: another process has the folder, or a data file is newer than this app');
    const cleared = this.problems.filter(persists);
    writeProblemRecord(this.options.dir, []);
    this.problems = this.problems.filter((p) => !persists(p));
    return cleared.length;
  }

  /**
   * The file a change goes to. A record's partition derives from fields that never change, so a
   * deleted one is found from its current value; a record of a segmented collection stays in the
   * segment it was placed in, and a new one goes to its partition's newest segment.
   */
  private partitionFor(change: Change): string | undefined {
    const { coll, id } = change;
    const value = change.op === 'put' ? change.value : (this.tables[coll] as Map<string, unknown>).get(id);
    if (value === undefined) return undefined;
    const partition = partitionOf(coll, id, value as never);
    if (!SEGMENTED.has(coll)) return partition;
    return this.segments.locate(coll, id) ?? this.segments.next(partition);
  }

  private membersOf(partition: string): Map<CollectionName, Set<string>> {
    let byColl = this.members.get(partition);
    if (!byColl) this.members.set(partition, (byColl = new Map()));
    return byColl;
  }

  private index(coll: CollectionName, id: string, partition: string): void {
    const byColl = this.membersOf(partition);
    let ids = byColl.get(coll);
    if (!ids) byColl.set(coll, (ids = new Set()));
    ids.add(id);
  }

  private applyIndexed(change: Change): void {
    if (this.waitsForHistory(change.coll)) {
      // Durable in the journal already; applied once the history is read (before any fold).
      this.postponed.push({ seq: this.seq, change });
      return;
    }
    const partition = this.partitionFor(change);
    if (partition === undefined) return; // deleting a record that does not exist
    if (change.op === 'put') {
      this.index(change.coll, change.id, partition);
      if (SEGMENTED.has(change.coll)) this.segments.placed(change.coll, change.id, partition);
    } else {
      this.members.get(partition)?.get(change.coll)?.delete(change.id);
      this.segments.removed(change.coll, change.id);
    }
    applyChange(this.tables, change);
    this.dirty.add(partition);
  }

  async commit(changes: readonly Change[], options?: { durable?: boolean }): Promise<void> {
    this.commitSync(changes, options?.durable ?? true);
  }

  async flush(): Promise<void> {
    if (!this.readOnly) this.journal?.sync();
  }

  commitSync(changes: readonly Change[], durable = true): void {
    if (this.readOnly || !this.journal) throw new Error('store is read-only: a data file is newer than this app, or another process has the folder');
    if (changes.length === 0) return;
    const entry = { seq: this.seq + 1, changes: [...changes] };
    this.journal.append(entry, durable);
    this.seq = entry.seq;
    for (const change of changes) this.applyIndexed(change);
    this.scheduleFold();
  }

  private scheduleFold(): void {
    if (this.journal && this.journal.bytes >= (this.options.foldBytes ?? 1_000_000)) {
      // Right after this command is acknowledged, not inside it: a big command (5,000 licences) is
      // durable once its journal line is, and its caller should not wait for the files to be rewritten.
      if (!this.foldSoon) {
        this.foldSoon = setImmediate(() => {
          this.foldSoon = undefined;
          this.fold();
        });
      }
      return;
    }
    const delay = this.options.foldDelayMs ?? 1000;
    if (delay <= 0) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.fold(), delay);
    this.timer.unref?.();
  }

  /** Writes every dirty partition, then starts a new journal and drops the old ones. */
  fold(): void {
    clearTimeout(this.timer);
    if (!this.journal) return;
    // The journals are dropped below: every change they hold must be in the files first.
    this.loadDeferred();
    const { dir } = this.options;
    for (const name of this.dirty) {
      const data: PartitionData['data'] = {};
      for (const [coll, ids] of this.members.get(name) ?? []) {
        const table = this.tables[coll] as Map<string, unknown>;
        const records: Record<string, unknown> = {};
        for (const id of ids) records[id] = table.get(id);
        data[coll] = records;
      }
      this.file(name).write({ schemaVersion: SCHEMA_VERSION, seq: this.seq, data });
    }
    this.dirty.clear();
    const old: JournalWriter = this.journal;
    if (old.file !== journalName(this.seq + 1)) {
      this.journal = new JournalWriter(dir, journalName(this.seq + 1));
      old.close();
    }
    syncDir(dir);
    for (const file of fs.readdirSync(dir)) {
      if (file.startsWith('journal-') && file.endsWith('.ndjson') && file !== this.journal?.file) {
        fs.unlinkSync(path.join(dir, file));
      }
    }
    syncDir(dir);
  }

  private file(name: string): PartitionFile {
    let file = this.files.get(name);
    if (!file) this.files.set(name, (file = this.openPartition(this.options.dir, name)));
    return file;
  }

  async close(): Promise<void> {
    if (this.foldSoon) clearImmediate(this.foldSoon);
    this.foldSoon = undefined;
    clearTimeout(this.timer);
    if (!this.readOnly) this.fold();
    this.journal?.close();
    this.release?.();
    this.release = undefined;
  }
}
