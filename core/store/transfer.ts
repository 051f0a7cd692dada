/**
 * Moving an account between stores (local files ⇄ PostgreSQL): every record of the source written
 * into an empty target as one commit — all of it or nothing. A dry run only counts. The source is
 * left as it was: switching the desktops over is the admin's step once the copy is checked.
 */
import { put, type Change } from '../model/changes.ts';
import { COLLECTIONS, type CollectionName } from '../model/records.ts';
import type { Store } from '../ports/store.ts';

export interface TransferReport {
  dryRun: boolean;
  counts: Record<CollectionName, number>;
  total: number;
}

/** The copy cannot be made: the message says why, nothing was written. */
export class TransferRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TransferRefused';
  }
}

export function countRecords(store: Store): Record<CollectionName, number> {
  return Object.fromEntries(COLLECTIONS.map((coll) => [coll, store.tables[coll].size])) as Record<CollectionName, number>;
}

export async function transfer(from: Store, to: Store, options: { dryRun?: boolean } = {}): Promise<TransferReport> {
  const counts = countRecords(from);
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  // A damaged source would be copied without its damaged part, silently: say so instead.
  if (from.problems.length > 0) throw new TransferRefused(`the source has problems: ${from.problems.map((p) => `${p.file}: ${p.detail}`).join('; ')}`);
  if (from.online === false) throw new TransferRefused('the source server is unreachable: its local copy may be behind');
  if (total === 0) throw new TransferRefused('the source holds no account');
  const targetCount = Object.values(countRecords(to)).reduce((sum, n) => sum + n, 0);
  if (targetCount > 0) throw new TransferRefused(`the target is not empty (${targetCount} records): copy only into an empty store`);
  if (to.readOnly) throw new TransferRefused('the target is read-only (written by a newer app)');
  if (to.online === false) throw new TransferRefused('the target server is unreachable');
  if (!options.dryRun) {
    const changes: Change[] = [];
    for (const coll of COLLECTIONS) for (const [id, value] of from.tables[coll] as Map<string, unknown>) changes.push(put(coll, id, value as never));
    await to.commit(changes);
  }
  return { dryRun: options.dryRun === true, counts, total };
}
