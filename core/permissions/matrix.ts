/**
 * The permission matrix: one requirement per channel, checked by the dispatcher before any handler
 * runs. Finer rules (only the user edits their own name) sit in the commands and use `can`.
 */
import type { Channel } from '../contract.ts';
import type { Account, CustomRole, Permission, User } from '../model/records.ts';

/** What an actor may hold: the three custom-role permissions, billing, and changing roles. */
export type Capability = Permission | 'billing' | 'manage_roles';
export type Requirement = 'public' | 'signed_in' | Capability;

export const REQUIREMENTS: Record<Channel, Requirement> = {
  'app.status': 'public',
  'auth.signIn': 'public',
  'auth.signOut': 'public',
  'auth.session': 'public',
  'me.get': 'signed_in',
  'me.updatePersonal': 'signed_in',
  'me.updateEmail': 'signed_in',
  'me.changePassword': 'signed_in',
  'users.list': 'manage_users',
  'users.updateDetails': 'signed_in',
  'users.get': 'manage_users',
  'users.create': 'manage_users',
  'users.setStatus': 'manage_users',
  'users.delete': 'manage_users',
  'users.setRole': 'manage_roles',
  'roles.list': 'manage_users',
  'roles.save': 'manage_roles',
  'roles.delete': 'manage_roles',
  'licences.preview': 'manage_users',
  'licences.apply': 'manage_users',
  'imports.check': 'manage_users',
  'imports.apply': 'manage_users',
  'queues.list': 'manage_users',
  'queues.unassign': 'manage_users',
  'products.list': 'signed_in',
  'audit.list': 'signed_in',
  'audit.facets': 'signed_in',
  'outbox.list': 'signed_in',
  'billing.overview': 'view_billing',
  'subscriptions.list': 'view_billing',
  'billing.preview': 'billing',
  'cart.get': 'billing',
  'cart.add': 'billing',
  'cart.removeLine': 'billing',
  'cart.clear': 'billing',
  'orders.place': 'billing',
  'orders.list': 'view_billing',
  'invoices.list': 'view_billing',
  'invoices.get': 'view_billing',
  'support.requestDowngrade': 'billing',
  'support.list': 'view_billing',
  'account.billing': 'view_billing',
  'account.updateBilling': 'billing',
  'cards.list': 'view_billing',
  'cards.add': 'billing',
  'cards.setDefault': 'billing',
  'cards.remove': 'billing',
  'transactions.list': 'view_billing',
  'payments.pending': 'view_billing',
  'payments.applyPending': 'billing',
  'account.cancel': 'billing',
  'account.reactivate': 'billing',
  'host.print': 'signed_in',
  'host.savePdf': 'signed_in',
};

/** Every capability the user holds in this account. */
export function capabilities(user: User, account: Account, roles: ReadonlyMap<string, CustomRole>): Set<Capability> {
  const caps = new Set<Capability>();
  if (user.status !== 'active') return caps;
  if (user.role === 'super_admin') {
    caps.add('manage_users').add('manage_licenses').add('view_billing').add('manage_roles').add('billing');
  } else if (user.role === 'admin') {
    caps.add('manage_users').add('manage_licenses');
  }
  const custom = user.customRoleId ? roles.get(user.customRoleId) : undefined;
  for (const permission of custom?.permissions ?? []) caps.add(permission);
  if (user.billingContact) caps.add('billing').add('view_billing');
  // Offline and corporate accounts keep their billing with a representative or portal: no self-service.
  if (account.billingMode !== 'self_service') caps.delete('billing');
  return caps;
}

export function can(
  user: User | undefined,
  account: Account | undefined,
  roles: ReadonlyMap<string, CustomRole>,
  requirement: Requirement,
): boolean {
  if (requirement === 'public') return true;
  if (!user || !account || user.status !== 'active') return false;
  if (requirement === 'signed_in') return true;
  return capabilities(user, account, roles).has(requirement);
}
