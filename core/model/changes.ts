/**
 * A command's effect is a list of serialisable changes, applied in one place (applyChange) by every
 * store adapter. A change is a put or a delete of one record in one collection.
 */
import type { CollectionName, Collections } from './records.ts';
import { StampedMap } from './stamped-map.ts';

export type Change = {
  [K in CollectionName]:
    | { op: 'put'; coll: K; id: string; value: Collections[K] }
    | { op: 'del'; coll: K; id: string };
}[CollectionName];

export type Tables = { [K in CollectionName]: Map<string, Collections[K]> };

/** Every table keeps a stamp of its last change (stamped-map.ts): answers derived from them can say they are unchanged. */
export function emptyTables(): Tables {
  return {
    account: new StampedMap(),
    meta: new StampedMap(),
    roles: new StampedMap(),
    users: new StampedMap(),
    subscriptions: new StampedMap(),
    invoices: new StampedMap(),
    payments: new StampedMap(),
    cards: new StampedMap(),
    carts: new StampedMap(),
    orders: new StampedMap(),
    supportRequests: new StampedMap(),
    queues: new StampedMap(),
    groups: new StampedMap(),
    audit: new StampedMap(),
    outbox: new StampedMap(),
    noticeReads: new StampedMap(),
    savedViews: new StampedMap(),
    signIns: new StampedMap(),
  };
}

export function applyChange(tables: Tables, change: Change): void {
  const table = tables[change.coll] as Map<string, unknown>;
  if (change.op === 'put') table.set(change.id, change.value);
  else table.delete(change.id);
}

export function put<K extends CollectionName>(coll: K, id: string, value: Collections[K]): Change {
  return { op: 'put', coll, id, value } as Change;
}

export function del<K extends CollectionName>(coll: K, id: string): Change {
  return { op: 'del', coll, id } as Change;
}
