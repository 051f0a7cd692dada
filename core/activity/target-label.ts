/**
 * What an audit entry's target is called, resolved in the core: a user's name and email, a role's
 * or queue's name, an invoice's number, a card as printed. When the target is gone (a removed card,
 * a deleted role), the names its before/after values recorded stand in for it.
 */
import { findPlan, findProduct } from '../catalog/catalog.ts';
import type { Tables } from '../model/changes.ts';
import type { AuditEntry } from '../model/records.ts';
import { fullName } from '../users/views.ts';

export interface TargetLabel {
  label: string;
  detail?: string;
}

type Values = Record<string, unknown>;
const nonEmpty = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : undefined);

/** A recorded value as words: a typed text, a reference's name, an enum's value — or an old entry's bare string. */
function text(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return nonEmpty(value);
  const typed = value as { kind?: unknown; text?: unknown; name?: unknown; value?: unknown };
  if (typed.kind === 'text') return nonEmpty(typed.text);
  if (typed.kind === 'ref') return nonEmpty(typed.name);
  if (typed.kind === 'enum') return nonEmpty(typed.value);
  return undefined;
}

/** A field of the after values, else of the before values. */
function recorded(entry: AuditEntry, key: string): string | undefined {
  return text((entry.after as Values | null)?.[key]) ?? text((entry.before as Values | null)?.[key]);
}

function cardLabel(brand: string | undefined, last4: string | undefined): string | undefined {
  if (!last4) return undefined;
  const name = brand ? brand.charAt(0).toUpperCase() + brand.slice(1) : '';
  return `${name} •••• ${last4}`.trim();
}

function userLabel(tables: Tables, entry: AuditEntry): TargetLabel | undefined {
  const user = tables.users.get(entry.targetId);
  if (user) return { label: fullName(user) || user.email, detail: user.email };
  const name = [recorded(entry, 'firstName'), recorded(entry, 'lastName')].filter(Boolean).join(' ');
  const email = recorded(entry, 'email');
  if (name) return email ? { label: name, detail: email } : { label: name };
  return email ? { label: email } : undefined;
}

function subscriptionLabel(tables: Tables, entry: AuditEntry): string | undefined {
  const sub = tables.subscriptions.get(entry.targetId);
  if (!sub) return undefined;
  const product = findProduct(sub.productId)?.name ?? sub.productId;
  const plan = findPlan(sub.planId)?.name;
  return plan ? `${product} ${plan}` : product;
}

function orderLabel(tables: Tables, entry: AuditEntry): string | undefined {
  const invoiceId = tables.orders.get(entry.targetId)?.invoiceId;
  return (invoiceId ? tables.invoices.get(invoiceId)?.number : undefined) ?? recorded(entry, 'invoice');
}

function labelOf(tables: Tables, entry: AuditEntry): string | undefined {
  const id = entry.targetId;
  switch (entry.targetType) {
    case 'account':
      return tables.account.get(id)?.name ?? recorded(entry, 'name');
    case 'role':
      return tables.roles.get(id)?.name ?? recorded(entry, 'name');
    case 'queue':
      return tables.queues.get(id)?.name ?? recorded(entry, 'name');
    case 'group':
      return tables.groups.get(id)?.name ?? recorded(entry, 'name');
    case 'invoice':
      return tables.invoices.get(id)?.number ?? recorded(entry, 'number');
    case 'order':
      return orderLabel(tables, entry);
    case 'subscription':
      return subscriptionLabel(tables, entry);
    case 'card': {
      const card = tables.cards.get(id);
      return card ? cardLabel(card.brand, card.last4) : cardLabel(recorded(entry, 'brand'), recorded(entry, 'last4'));
    }
    default:
      return recorded(entry, 'name') ?? recorded(entry, 'number') ?? recorded(entry, 'email');
  }
}

export function targetLabel(tables: Tables, entry: AuditEntry): TargetLabel {
  if (entry.targetType === 'user') return userLabel(tables, entry) ?? { label: entry.targetId };
  return { label: labelOf(tables, entry) ?? entry.targetId };
}

const TABLES: Record<string, keyof Tables> = { user: 'users', account: 'account', role: 'roles', queue: 'queues', invoice: 'invoices', order: 'orders', subscription: 'subscriptions', card: 'cards' };

/** Whether the target still exists, so that its label is the same for every entry about it. */
function isLive(tables: Tables, entry: AuditEntry): boolean {
  const table = TABLES[entry.targetType];
  return table !== undefined && tables[table].has(entry.targetId);
}

/**
 * Whether an entry's target matches a search text (lower case). A live target's answer is kept, so
 * that a long log with few distinct targets resolves each label once; a gone target's label comes
 * from each entry's own values.
 */
export function targetMatcher(tables: Tables, needle: string): (entry: AuditEntry) => boolean {
  const known = new Map<string, Map<string, boolean>>();
  const matches = (entry: AuditEntry) => {
    const { label, detail } = targetLabel(tables, entry);
    return label.toLowerCase().includes(needle) || (detail ?? '').toLowerCase().includes(needle) || entry.targetId.toLowerCase().includes(needle);
  };
  return (entry) => {
    let byId = known.get(entry.targetType);
    if (!byId) known.set(entry.targetType, (byId = new Map()));
    const kept = byId.get(entry.targetId);
    if (kept !== undefined) return kept;
    const match = matches(entry);
    if (isLive(tables, entry)) byId.set(entry.targetId, match);
    return match;
  };
}
