/**
 * A command's effect is a list of serialisable changes, applied in one place (applyChange) by every
 * store adapter. A change is a put or a delete of one record in one collection.
 */
import type { CollectionName, Collections } from './records.ts';

export type Change = {
  [K in CollectionName]:
    | { op: 'put'; coll: K; id: string; value: Collections[K] }
    | { op: 'del'; coll: K; id: string };
}[CollectionName];

export type Tables = { [K in CollectionName]: Map<string, Collections[K]> };

export function emptyTables(): Tables {
  return {
    account: new Map(),
    meta: new Map(),
    roles: new Map(),
    users: new Map(),
    subscriptions: new Map(),
    invoices: new Map(),
    payments: new Map(),
    cards: new Map(),
    carts: new Map(),
    orders: new Map(),
    supportRequests: new Map(),
    queues: new Map(),
    groups: new Map(),
    audit: new Map(),
    outbox: new Map(),
    noticeReads: new Map(),
    savedViews: new Map(),
    signIns: new Map(),
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
