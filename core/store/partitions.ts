/**
 * Which file a record lives in. Small partitions keep each fold cheap: a command rewrites only the
 * files it touched. The key must derive from fields that never change (id, creation or issue instant).
 */
import type { CollectionName, Collections } from '../model/records.ts';

/** Users are spread over a fixed number of files; changing it would need a migration. */
export const USER_BUCKETS = 32;

/** FNV-1a: a stable, fast string hash (no library exposes just this; it is five lines). */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function partitionOf<K extends CollectionName>(coll: K, id: string, value: Collections[K]): string {
  switch (coll) {
    case 'account':
    case 'meta':
    case 'roles':
    case 'cards':
    case 'supportRequests':
      return 'account';
    case 'carts':
      return 'carts';
    case 'noticeReads':
      return 'notices';
    case 'savedViews':
      return 'views';
    case 'users':
      return `users-${String(fnv1a(id) % USER_BUCKETS).padStart(2, '0')}`;
    case 'subscriptions':
      return 'subscriptions';
    case 'queues':
      return 'queues';
    case 'groups':
      return 'groups';
    case 'invoices':
      return `billing-${(value as Collections['invoices']).issuedAt.slice(0, 4)}`;
    case 'payments':
      return `billing-${(value as Collections['payments']).at.slice(0, 4)}`;
    case 'orders':
      return `billing-${(value as Collections['orders']).placedAt.slice(0, 4)}`;
    case 'audit':
      return `audit-${(value as Collections['audit']).at.slice(0, 7)}`;
    case 'outbox':
      return `outbox-${(value as Collections['outbox']).at.slice(0, 7)}`;
    case 'signIns':
      return `signins-${(value as Collections['signIns']).at.slice(0, 7)}`;
    default:
      throw new Error(`no partition for collection ${String(coll)}`);
  }
}

/**
 * Collections that grow by one record per command or mail, in time order. Their month partitions are
 * cut into segments of at most `SEGMENT_RECORDS` records each (`audit-2026-11`, `audit-2026-11.1`, …):
 * a new record goes to the month's newest segment, so a fold rewrites that segment, not the whole
 * month (on a busy shared account, a month of audit is tens of megabytes). A record stays in the
 * segment it was first written to.
 */
export const SEGMENTED: ReadonlySet<CollectionName> = new Set<CollectionName>(['audit', 'outbox', 'signIns']);
export const SEGMENT_RECORDS = 2_000;

/** Segment n of a partition: the partition's own name for the first, then `name.n`. */
export function segmentName(partition: string, n: number): string {
  return n === 0 ? partition : `${partition}.${n}`;
}

/** The partition and segment number of a file's name (`audit-2026-11.3` → audit-2026-11, 3). */
export function parseSegment(name: string): { partition: string; n: number } {
  const match = /^(.*)\.(\d+)$/.exec(name);
  return match ? { partition: match[1]!, n: Number(match[2]) } : { partition: name, n: 0 };
}

/** The files the loader reads: every name `partitionOf` gives (a name missing here is a file never read back). */
export const PARTITION_NAME = /^(account|carts|notices|views|subscriptions|queues|groups|users-\d{2}|billing-\d{4}|audit-\d{4}-\d{2}(\.[1-9]\d*)?|outbox-\d{4}-\d{2}(\.[1-9]\d*)?|signins-\d{4}-\d{2}(\.[1-9]\d*)?)$/;
