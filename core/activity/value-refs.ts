/**
 * Names for the ids an entry's before/after values hold (users, roles, queues, products, plans), so
 * that the details read "Hannah Becker" and "Remote Support", not "usr_…" and "remote_support".
 */
import { findPlan, findProduct } from '../catalog/catalog.ts';
import type { Tables } from '../model/changes.ts';
import type { AuditEntry } from '../model/records.ts';
import { fullName } from '../users/views.ts';

const MAX_DEPTH = 5;

function nameOf(tables: Tables, id: string): string | undefined {
  const user = tables.users.get(id);
  if (user) return fullName(user) || user.email;
  const plan = findPlan(id);
  if (plan) return `${findProduct(plan.productId)?.name ?? plan.productId} ${plan.name}`;
  return tables.roles.get(id)?.name ?? tables.queues.get(id)?.name ?? findProduct(id)?.name;
}

function collect(tables: Tables, value: unknown, refs: Record<string, string>, depth: number): void {
  if (typeof value === 'string') {
    if (value.length <= 64 && !(value in refs)) {
      const name = nameOf(tables, value);
      if (name !== undefined) refs[value] = name;
    }
  } else if (value && typeof value === 'object' && depth < MAX_DEPTH) {
    for (const inner of Object.values(value)) collect(tables, inner, refs, depth + 1);
  }
}

export function valueRefs(tables: Tables, entry: AuditEntry): Record<string, string> {
  const refs: Record<string, string> = {};
  collect(tables, entry.before, refs, 0);
  collect(tables, entry.after, refs, 0);
  return refs;
}
