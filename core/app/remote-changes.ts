/**
 * Other desktops' commits in words: each audit entry they wrote becomes typed remote changes (who,
 * what, to whom), and the core keeps the latest ones it took in, so that a seats check failing just
 * after a colleague took the seat can say so.
 */
import { targetLabel } from '../activity/target-label.ts';
import type { Change, Tables } from '../model/changes.ts';
import type { AuditEntry } from '../model/records.ts';
import type { RemoteChange } from '../schemas/remote-change.ts';
import { fullName } from '../users/views.ts';

type Values = Record<string, unknown> | null;

function productIds(values: Values): Set<string> {
  const list = values?.products;
  if (!Array.isArray(list)) return new Set();
  return new Set(list.flatMap((p: unknown) => (p && typeof p === 'object' && typeof (p as { productId?: unknown }).productId === 'string' ? [(p as { productId: string }).productId] : [])));
}

function actorOf(tables: Tables, entry: AuditEntry): RemoteChange['actor'] {
  if (!entry.actorId) return null;
  const user = tables.users.get(entry.actorId);
  return { id: entry.actorId, name: user ? fullName(user) || user.email : entry.actorId };
}

/** One audit entry as remote changes: a licence change is one per product given or taken. */
export function describeEntry(tables: Tables, entry: AuditEntry): RemoteChange[] {
  const base = { actor: actorOf(tables, entry), auditAction: entry.action, target: { type: entry.targetType, id: entry.targetId, name: targetLabel(tables, entry).label }, at: entry.at };
  if (entry.targetType === 'user' && (entry.before?.products !== undefined || entry.after?.products !== undefined)) {
    const before = productIds(entry.before);
    const after = productIds(entry.after);
    const given = [...after].filter((id) => !before.has(id)).map((productId): RemoteChange => ({ ...base, action: 'licence_given', productId }));
    const taken = [...before].filter((id) => !after.has(id)).map((productId): RemoteChange => ({ ...base, action: 'licence_taken', productId }));
    if (given.length || taken.length) return [...given, ...taken];
  }
  const action = entry.before === null && entry.after !== null ? 'created' : entry.after === null && entry.before !== null ? 'deleted' : 'changed';
  return [{ ...base, action }];
}

/** The audit entries among a batch of changes. */
export function auditEntries(changes: readonly Change[]): AuditEntry[] {
  return changes.flatMap((c) => (c.coll === 'audit' && c.op === 'put' ? [c.value] : []));
}

/** What a batch of other desktops' changes did, in order, at most `limit` of them (the latest). */
export function describeChanges(tables: Tables, changes: readonly Change[], limit = 5): RemoteChange[] {
  return auditEntries(changes).flatMap((entry) => describeEntry(tables, entry)).slice(-limit);
}

/** How long a colleague's change counts as "just now" for a seats check that fails after it. */
export const RECENT_MS = 10 * 60_000;

/** The latest audit entries other desktops committed, as this core took them in (bounded). */
export class RecentRemote {
  private entries: AuditEntry[] = [];
  constructor(private readonly keep = 100) {}

  add(changes: readonly Change[]): void {
    const audit = auditEntries(changes);
    if (!audit.length) return;
    this.entries = [...this.entries, ...audit].slice(-this.keep);
  }

  /** Who just gave `productId` to someone (latest first), within RECENT_MS of `now`. */
  gave(tables: Tables, productId: string, now: Date, limit = 3): RemoteChange[] {
    const since = now.getTime() - RECENT_MS;
    const out: RemoteChange[] = [];
    for (let i = this.entries.length - 1; i >= 0 && out.length < limit; i--) {
      const entry = this.entries[i]!;
      if (Date.parse(entry.at) < since) continue;
      for (const change of describeEntry(tables, entry)) if (change.action === 'licence_given' && change.productId === productId && out.length < limit) out.push(change);
    }
    return out;
  }
}
