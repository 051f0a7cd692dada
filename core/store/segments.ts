/**
 * Which segment file each record of a segmented collection (partitions.ts: audit, outbox) lives in,
 * and how full each partition's newest segment is. A new record goes to the newest segment, or opens
 * the next one when that is full; a record already placed stays where it is, whatever it becomes.
 *
 * Written by hand: the placement is the file store's own layout, which no library knows.
 */
import type { CollectionName } from '../model/records.ts';
import { parseSegment, segmentName } from './partitions.ts';

const key = (coll: CollectionName, id: string) => `${coll}\u0000${id}`;

export class Segments {
  /** A record's key → the name of the file it lives in. */
  private readonly where = new Map<string, string>();
  /** A partition → its newest segment's number and how many records that segment holds. */
  private readonly newest = new Map<string, { n: number; size: number }>();

  constructor(private readonly limit: number) {}

  /** The file a record lives in, if it was placed. */
  locate(coll: CollectionName, id: string): string | undefined {
    return this.where.get(key(coll, id));
  }

  /** The file a new record of `partition` would go to (nothing is recorded until placed()). */
  next(partition: string): string {
    const newest = this.newest.get(partition);
    if (!newest) return partition;
    return segmentName(partition, newest.size >= this.limit ? newest.n + 1 : newest.n);
  }

  /** The record now lives in file `name` (a no-op when it already lived somewhere). */
  placed(coll: CollectionName, id: string, name: string): void {
    const k = key(coll, id);
    if (this.where.has(k)) return;
    this.where.set(k, name);
    this.count(name, 1);
  }

  /** The record is gone. */
  removed(coll: CollectionName, id: string): void {
    const k = key(coll, id);
    const name = this.where.get(k);
    if (name === undefined) return;
    this.where.delete(k);
    this.count(name, -1);
  }

  private count(name: string, delta: number): void {
    const { partition, n } = parseSegment(name);
    const newest = this.newest.get(partition);
    if (!newest || n > newest.n) this.newest.set(partition, { n, size: Math.max(0, delta) });
    else if (n === newest.n) newest.size += delta;
  }
}
