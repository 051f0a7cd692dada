/**
 * What a command read, for the shared store's optimistic concurrency: a commit is refused only when
 * another desktop has since written something this command read (or writes). Commands read the
 * tables as plain Maps, so the tables themselves take note: `get`/`has` of a record is a read of that
 * record; iterating a table or asking its size is a read of the whole table (a later insert into it
 * would have changed what the command saw); walking it through a facet (facets.ts) is a read of that
 * part of every record.
 *
 * Written by hand: this is the store's side of the domain's plain Maps; no library tracks Map reads.
 */
import { emptyTables, type Change, type Tables } from '../../model/changes.ts';
import { FACET_WALK, FACETS, facetKey } from '../../model/facets.ts';
import type { CollectionName } from '../../model/records.ts';
import { StampedMap } from '../../model/stamped-map.ts';

/**
 * A record's key (`users:u_1`); a table's key is its bare name (`users`), which has no colon; a
 * facet's is `users#seats`.
 */
export const recordKey = (coll: string, id: string) => `${coll}:${id}`;

export class ReadSet {
  private readonly records = new Set<string>();
  private readonly scanned = new Set<string>();
  /** Naive mode (the bench's baseline): every read is a read of everything, as with one account-wide version. */
  constructor(private readonly everything = false) {}

  /** A command starts: forget the previous one's reads. */
  clear(): void {
    this.records.clear();
    this.scanned.clear();
  }

  record(coll: string, id: string): void {
    if (!this.scanned.has(coll)) this.records.add(recordKey(coll, id));
  }

  scan(coll: string): void {
    this.scanned.add(coll);
  }

  /**
   * The keys the commit is checked against: what was read plus what it writes (a put of a record
   * another desktop changed meanwhile would overwrite that change). A record of a table read whole
   * is covered by the table's key.
   */
  keys(changes: readonly Change[]): string[] {
    if (this.everything) return Object.keys(emptyTables());
    const keys = new Set(this.scanned);
    for (const key of this.records) if (!this.scanned.has(key.slice(0, key.indexOf(':')))) keys.add(key);
    for (const change of changes) if (!this.scanned.has(change.coll)) keys.add(recordKey(change.coll, change.id));
    return [...keys];
  }
}

/**
 * The keys a commit writes, logged with it: each record's key, its table's, and the key of each
 * facet the change makes different from the record `before` (the tables as they were).
 */
export function writtenKeys(changes: readonly Change[], before: Tables): string[] {
  const keys = new Set<string>();
  for (const change of changes) {
    keys.add(change.coll);
    keys.add(recordKey(change.coll, change.id));
    for (const facet of FACETS) {
      if (facet.coll !== change.coll) continue;
      // Map's own get: the store looking, not the command reading.
      const old = Map.prototype.get.call(before[change.coll], change.id) as never;
      if (facet.fingerprint(old) !== facet.fingerprint(change.op === 'put' ? (change.value as never) : undefined)) keys.add(facetKey(facet));
    }
  }
  return [...keys];
}

/** A table that reports reads to a ReadSet; writes (the store applying commits) go through untracked. */
class TrackedTable<V> extends StampedMap<V> {
  constructor(
    private readonly coll: string,
    private readonly reads: ReadSet,
  ) {
    super();
  }

  override get(id: string): V | undefined {
    this.reads.record(this.coll, id);
    return super.get(id);
  }

  override has(id: string): boolean {
    this.reads.record(this.coll, id);
    return super.has(id);
  }

  override get size(): number {
    this.reads.scan(this.coll);
    return super.size;
  }

  override forEach(callback: (value: V, key: string, map: Map<string, V>) => void, thisArg?: unknown): void {
    this.reads.scan(this.coll);
    super.forEach(callback, thisArg);
  }

  override keys(): MapIterator<string> {
    this.reads.scan(this.coll);
    return super.keys();
  }

  override values(): MapIterator<V> {
    this.reads.scan(this.coll);
    return super.values();
  }

  override entries(): MapIterator<[string, V]> {
    this.reads.scan(this.coll);
    return super.entries();
  }

  override [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  /** A walk through a facet: a read of that part of every record, not of the whole table. */
  [FACET_WALK](name: string): Iterable<V> {
    this.reads.scan(facetKey({ coll: this.coll, name }));
    return super.values();
  }
}

/** Empty tables whose reads are reported to `reads`. */
export function trackedTables(reads: ReadSet): Tables {
  const tables = emptyTables();
  for (const coll of Object.keys(tables) as CollectionName[]) (tables as Record<CollectionName, Map<string, unknown>>)[coll] = new TrackedTable(coll, reads);
  return tables;
}
