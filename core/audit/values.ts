/** The typed values an audit entry records, built where the change is made (see schemas/audit-value.ts). */
import { findPlan, findProduct } from '../catalog/catalog.ts';
import type { Tables } from '../model/changes.ts';
import type { Queue, User } from '../model/records.ts';
import type { AuditValue, EnumType, RefType } from '../schemas/audit-value.ts';
import { fullName } from '../users/views.ts';

export const money = (amount: number, currency: string): AuditValue => ({ kind: 'money', amount, currency });
export const instant = (at: string): AuditValue => ({ kind: 'instant', at });
export const expiry = (month: number, year: number): AuditValue => ({ kind: 'expiry', month, year });
export const text = (value: string): AuditValue => ({ kind: 'text', text: value });
export const count = (value: number): AuditValue => ({ kind: 'number', value });
export const flag = (value: boolean): AuditValue => ({ kind: 'flag', value });
export const enumOf = (of: EnumType, value: string): AuditValue => ({ kind: 'enum', of, value });
export const ref = (type: RefType, id: string, name: string): AuditValue => ({ kind: 'ref', ref: type, id, name });

/** A text that may be absent: an absent or empty one is recorded as null ("—"). */
export const optionalText = (value: string | null | undefined): AuditValue | null => (value ? text(value) : null);
export const optionalInstant = (at: string | null | undefined): AuditValue | null => (at ? instant(at) : null);

/** What a record of this type is called, for a reference recorded with its name. */
export function nameOf(tables: Tables, type: RefType, id: string): string {
  switch (type) {
    case 'user': {
      const user = tables.users.get(id);
      return user ? fullName(user) || user.email : '';
    }
    case 'product':
      return findProduct(id)?.name ?? '';
    case 'plan': {
      const plan = findPlan(id);
      return plan ? `${findProduct(plan.productId)?.name ?? ''} ${plan.name}`.trim() : '';
    }
    case 'queue':
      return tables.queues.get(id)?.name ?? '';
    case 'invoice':
      return tables.invoices.get(id)?.number ?? '';
    case 'role':
      return tables.roles.get(id)?.name ?? '';
    case 'card': {
      const card = tables.cards.get(id);
      return card ? `${card.brand} •••• ${card.last4}` : '';
    }
    case 'subscription':
      return '';
  }
}

export const refTo = (tables: Tables, type: RefType, id: string): AuditValue => ref(type, id, nameOf(tables, type, id));

type Held = string | { productId: string; features?: Record<string, boolean> };

/** The products a user holds, by name, each with the features switched on. */
export function productsValue(held: readonly Held[]): AuditValue {
  const items = held.map((p) => {
    const id = typeof p === 'string' ? p : p.productId;
    const features = typeof p === 'string' ? [] : Object.entries(p.features ?? {}).filter(([, on]) => on).map(([key]) => key);
    return { id, name: findProduct(id)?.name ?? id, features };
  });
  return { kind: 'products', items };
}

/** A queue's members, as people with their place. */
export function membersValue(tables: Tables, members: Queue['members']): AuditValue {
  return { kind: 'list', items: members.map((m) => ({ kind: 'ref' as const, ref: 'user' as const, id: m.userId, name: nameOf(tables, 'user', m.userId), as: m.role })) };
}

/** People by name (a group's members). */
export function peopleValue(tables: Tables, userIds: readonly string[]): AuditValue {
  return { kind: 'list', items: userIds.map((id) => ({ kind: 'ref' as const, ref: 'user' as const, id, name: nameOf(tables, 'user', id) })) };
}

export const usersProducts = (user: User): AuditValue => productsValue(user.products);

export const permissionsValue = (permissions: readonly string[]): AuditValue => ({ kind: 'list', items: permissions.map((p) => ({ kind: 'enum' as const, of: 'permission' as const, value: p })) });
