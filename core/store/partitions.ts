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
    case 'users':
      return `users-${String(fnv1a(id) % USER_BUCKETS).padStart(2, '0')}`;
    case 'subscriptions':
      return 'subscriptions';
    case 'queues':
      return 'queues';
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
    default:
      throw new Error(`no partition for collection ${String(coll)}`);
  }
}

export const PARTITION_NAME = /^(account|carts|subscriptions|queues|users-\d{2}|billing-\d{4}|audit-\d{4}-\d{2}|outbox-\d{4}-\d{2})$/;
