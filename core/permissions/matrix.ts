/**
 * The permission matrix: one requirement per channel, checked by the dispatcher before any handler
 * runs. Finer rules (only the user edits their own name; a buyer without billing only adds seats,
 * core/billing/buyer.ts) sit in the commands and use the capabilities.
 */
import type { Channel } from '../contract.ts';
import type { Account, CustomRole, Permission, User } from '../model/records.ts';

/**
 * What an actor may hold: the three custom-role permissions, billing, changing roles, and buying
 * licences (seats) — which billing contacts and licence managers share.
 */
export type Capability = Permission | 'billing' | 'manage_roles' | 'buy_licences';
/** A capability, or a list of them of which any one will do. */
export type Requirement = 'public' | 'signed_in' | Capability | readonly Capability[];

/** What a billing viewer and a licence buyer both need: the subscriptions, their prices and the orders. */
const VIEW_OR_BUY = ['view_billing', 'buy_licences'] as const;
/** Capabilities that exist only on self-service accounts: ordering and paying in the app. */
const SELF_SERVICE: readonly Capability[] = ['billing', 'buy_licences'];

export const REQUIREMENTS: Record<Channel, Requirement> = {
  'app.status': 'public',
  // Damage stays on the banner until an administrator says it has been seen.
  'store.acknowledgeProblems': 'manage_users',
  // Each user's own list: what it holds depends on their rights (core/notifications/derive.ts).
  'notifications.list': 'signed_in',
  'notifications.markRead': 'signed_in',
  // Each user's own saved views: the commands name no user, they act on the actor's record only.
  'savedViews.list': 'signed_in',
  'savedViews.save': 'signed_in',
  'savedViews.rename': 'signed_in',
  'savedViews.delete': 'signed_in',
  'savedViews.setDefault': 'signed_in',
  'auth.signIn': 'public',
  'auth.signOut': 'public',
  'auth.session': 'public',
  'auth.acceptInvitation': 'public',
  'auth.requestPasswordReset': 'public',
  'auth.resetPassword': 'public',
  // The second step holds a challenge from a right password, not a session.
  'auth.secondStep': 'public',
  'me.get': 'signed_in',
  // Everyone's own two-step sign-in.
  'me.twoStepStatus': 'signed_in',
  'me.twoStepBegin': 'signed_in',
  'me.twoStepConfirm': 'signed_in',
  'me.twoStepDisable': 'signed_in',
  'me.twoStepRegenerate': 'signed_in',
  // Someone who lost their phone and their recovery codes: whoever manages users (a super administrator's, who manages roles).
  'users.resetTwoStep': 'manage_users',
  // The account's sign-in rules: super administrators.
  'account.security': 'manage_roles',
  'account.setSecurity': 'manage_roles',
  'me.updatePersonal': 'signed_in',
  'me.updateLogin': 'signed_in',
  'users.list': 'manage_users',
  'users.updateDetails': 'signed_in',
  'users.get': 'manage_users',
  'users.create': 'manage_users',
  'users.setStatus': 'manage_users',
  'users.delete': 'manage_users',
  'users.setRole': 'manage_roles',
  'users.resendInvitation': 'manage_users',
  'users.revokeInvitation': 'manage_users',
  'users.sendPasswordReset': 'manage_users',
  'users.importCheck': 'manage_users',
  'users.importApply': 'manage_users',
  'roles.list': 'manage_users',
  'roles.save': 'manage_roles',
  'roles.delete': 'manage_roles',
  'licences.preview': 'manage_users',
  'licences.apply': 'manage_users',
  'imports.check': 'manage_users',
  'imports.apply': 'manage_users',
  'queues.list': 'manage_users',
  'queues.unassign': 'manage_users',
  // Queue places hold billed Contact Center licences: who may assign licences manages them (SPEC §1).
  'queues.create': 'manage_users',
  'queues.rename': 'manage_users',
  'queues.delete': 'manage_users',
  'queues.addMembers': 'manage_users',
  'queues.removeMember': 'manage_users',
  'queues.setMemberRole': 'manage_users',
  'products.list': 'signed_in',
  // Names and emails of holders: people who manage users or licences.
  'products.holders': ['manage_users', 'manage_licenses'],
  // Groups give licences: who may assign them (SPEC §1).
  'groups.list': 'manage_users',
  'groups.create': 'manage_users',
  'groups.rename': 'manage_users',
  'groups.delete': 'manage_users',
  'groups.addMembers': 'manage_users',
  'groups.removeMembers': 'manage_users',
  'groups.setProducts': 'manage_users',
  // Seats for everyone signed in; the handler leaves out the billing parts without view_billing.
  'overview.get': 'signed_in',
  'audit.list': 'signed_in',
  'audit.facets': 'signed_in',
  'outbox.list': 'signed_in',
  // As the audit log: the account's attempts for who manages users (core/sign-ins/commands.ts), one's own otherwise.
  'signIns.list': 'signed_in',
  'billing.overview': VIEW_OR_BUY,
  'subscriptions.list': VIEW_OR_BUY,
  'billing.preview': 'buy_licences',
  'cart.get': 'buy_licences',
  'cart.add': 'buy_licences',
  'cart.removeLine': 'buy_licences',
  'cart.clear': 'buy_licences',
  'orders.place': 'buy_licences',
  'orders.list': VIEW_OR_BUY,
  'invoices.list': 'view_billing',
  'invoices.get': 'view_billing',
  'invoices.einvoice': 'view_billing',
  'invoices.einvoiceArchive': 'view_billing',
  'support.requestDowngrade': 'billing',
  'support.list': 'view_billing',
  'billing.refund': 'billing',
  'account.billing': 'view_billing',
  'account.updateBilling': 'billing',
  'account.addressFormat': 'view_billing',
  'account.invoiceSettings': 'view_billing',
  'account.updateInvoiceSettings': 'billing',
  'cards.list': 'view_billing',
  'cards.add': 'billing',
  'cards.update': 'billing',
  'cards.setDefault': 'billing',
  'cards.remove': 'billing',
  'transactions.list': 'view_billing',
  'transactions.query': 'view_billing',
  'payments.pending': 'view_billing',
  'payments.applyPending': 'billing',
  'account.cancel': 'billing',
  'account.reactivate': 'billing',
  'account.withdrawReactivation': 'billing',
  'host.print': 'signed_in',
  'host.savePdf': 'signed_in',
  // The e-invoice in the PDF is billing data: who may view invoices.
  'host.saveFacturX': 'view_billing',
  'host.saveEInvoiceArchive': 'view_billing',
  'host.cancelEInvoiceArchive': 'view_billing',
  // Only this desktop changes (the database checks its own credentials); people who may manage roles decide.
  'host.storeSetting': 'signed_in',
  'host.setStoreSetting': 'manage_roles',
  // The app's own updates: anyone signed in sees them and may restart to install (nothing of the account).
  'host.updateState': 'signed_in',
  'host.restartToUpdate': 'signed_in',
  // What the About dialog shows (the data folder, the server without its password) and the log's last errors.
  'app.diagnostics': 'signed_in',
};

/**
 * What a channel does: reads the account, writes it, opens or closes a session, acts on this desktop
 * only, follows a cancelled account's reactivation, or keeps the user's own reading state (what they read). Typed over every channel: a new channel does not
 * compile until it says which. A cancelled account (SPEC §3) stays readable for everyone who could
 * read it; its writes wait for the reactivation, the one thing it may still do.
 */
export type Effect = 'read' | 'write' | 'session' | 'desktop' | 'reactivation' | 'personal';

export const EFFECTS: Record<Channel, Effect> = {
  'app.status': 'read',
  'auth.signIn': 'session',
  'auth.signOut': 'session',
  'auth.session': 'read',
  // Signing in with a one-time code, or asking for one: like signing in, open on a cancelled account.
  'auth.acceptInvitation': 'session',
  'auth.requestPasswordReset': 'session',
  'auth.resetPassword': 'session',
  'auth.secondStep': 'session',
  'me.get': 'read',
  // How the user signs in: open on a cancelled account, like signing in (its policy may ask for it).
  'me.twoStepStatus': 'read',
  'me.twoStepBegin': 'session',
  'me.twoStepConfirm': 'session',
  'me.twoStepDisable': 'session',
  'me.twoStepRegenerate': 'session',
  'users.resetTwoStep': 'write',
  'account.security': 'read',
  'account.setSecurity': 'write',
  'me.updatePersonal': 'write',
  'me.updateLogin': 'write',
  'users.list': 'read',
  'users.updateDetails': 'write',
  'users.get': 'read',
  'users.create': 'write',
  'users.setStatus': 'write',
  'users.delete': 'write',
  'users.setRole': 'write',
  'users.resendInvitation': 'write',
  'users.revokeInvitation': 'write',
  'users.sendPasswordReset': 'write',
  'users.importCheck': 'read',
  'users.importApply': 'write',
  'roles.list': 'read',
  'roles.save': 'write',
  'roles.delete': 'write',
  // Previews and dry runs compute what a change would do and write nothing.
  'licences.preview': 'read',
  'licences.apply': 'write',
  'imports.check': 'read',
  'imports.apply': 'write',
  'queues.list': 'read',
  'queues.unassign': 'write',
  'queues.create': 'write',
  'queues.rename': 'write',
  'queues.delete': 'write',
  'queues.addMembers': 'write',
  'queues.removeMember': 'write',
  'queues.setMemberRole': 'write',
  'products.list': 'read',
  'products.holders': 'read',
  'groups.list': 'read',
  // A group change's dry run writes nothing but shares the channel of the change.
  'groups.create': 'write',
  'groups.rename': 'write',
  'groups.delete': 'write',
  'groups.addMembers': 'write',
  'groups.removeMembers': 'write',
  'groups.setProducts': 'write',
  'overview.get': 'read',
  'audit.list': 'read',
  'audit.facets': 'read',
  'outbox.list': 'read',
  'signIns.list': 'read',
  'billing.overview': 'read',
  'subscriptions.list': 'read',
  'billing.preview': 'read',
  'cart.get': 'read',
  'cart.add': 'write',
  'cart.removeLine': 'write',
  'cart.clear': 'write',
  'orders.place': 'write',
  'orders.list': 'read',
  'invoices.list': 'read',
  'invoices.get': 'read',
  'invoices.einvoice': 'read',
  'invoices.einvoiceArchive': 'read',
  'support.requestDowngrade': 'write',
  'support.list': 'read',
  'billing.refund': 'write',
  'account.billing': 'read',
  'account.updateBilling': 'write',
  'cards.list': 'read',
  'cards.add': 'write',
  'cards.update': 'write',
  'cards.setDefault': 'write',
  'cards.remove': 'write',
  'transactions.list': 'read',
  'transactions.query': 'read',
  'payments.pending': 'read',
  'payments.applyPending': 'write',
  'account.cancel': 'write',
  'account.reactivate': 'reactivation',
  'account.withdrawReactivation': 'reactivation',
  // Printing and saving a PDF read what is on screen.
  'host.print': 'read',
  'host.savePdf': 'read',
  'host.saveFacturX': 'read',
  'host.saveEInvoiceArchive': 'read',
  'host.cancelEInvoiceArchive': 'read',
  // Where this desktop reads the account from: a setting of the desktop, not of the account.
  'host.storeSetting': 'desktop',
  'host.setStoreSetting': 'desktop',
  'host.updateState': 'desktop',
  'host.restartToUpdate': 'desktop',
  'app.diagnostics': 'desktop',
  'account.addressFormat': 'read',
  'account.invoiceSettings': 'read',
  'account.updateInvoiceSettings': 'write',
  // Acknowledging damage is about this data folder, not the account: allowed on a cancelled one too.
  'store.acknowledgeProblems': 'desktop',
  'notifications.list': 'read',
  // Which notifications a user read: theirs, not the account's; a cancelled account's users may still tidy it.
  'notifications.markRead': 'personal',
  // A user's saved views are theirs, not the account's: kept on a cancelled account too.
  'savedViews.list': 'read',
  'savedViews.save': 'personal',
  'savedViews.rename': 'personal',
  'savedViews.delete': 'personal',
  'savedViews.setDefault': 'personal',
};

/**
 * What a session may still call while the account's policy has it enrol in two-step sign-in first:
 * signing in and out, the enrolment itself, and what the app shows around it.
 */
export const OPEN_BEFORE_ENROLMENT: ReadonlySet<Channel> = new Set<Channel>([
  'app.status',
  'auth.signIn',
  'auth.secondStep',
  'auth.signOut',
  'auth.session',
  'auth.acceptInvitation',
  'auth.requestPasswordReset',
  'auth.resetPassword',
  'me.get',
  'me.twoStepStatus',
  'me.twoStepBegin',
  'me.twoStepConfirm',
  'host.updateState',
  'host.restartToUpdate',
  'app.diagnostics',
]);

/** Whether a cancelled account still answers this channel: everything but its writes. */
export const openWhileCancelled = (channel: Channel) => EFFECTS[channel] !== 'write';

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
  // Buying seats: billing contacts (and super admins) as part of billing, admins and licence managers by manage_licenses.
  if (caps.has('billing') || caps.has('manage_licenses')) caps.add('buy_licences');
  // Offline and corporate accounts keep their billing with a representative or portal: no self-service.
  if (account.billingMode !== 'self_service') for (const c of SELF_SERVICE) caps.delete(c);
  return caps;
}

/** The alternatives a requirement accepts (empty for public and signed_in). */
export function alternatives(requirement: Requirement): readonly Capability[] {
  if (requirement === 'public' || requirement === 'signed_in') return [];
  return typeof requirement === 'string' ? [requirement] : requirement;
}

/** Whether the held capabilities meet a capability requirement: any one alternative will do. */
export const meets = (caps: ReadonlySet<Capability>, requirement: Requirement) => alternatives(requirement).some((c) => caps.has(c));

/** Ordering or paying (every alternative self-service only): what a cancelled account waits with until reactivated. */
export const ordersOrPays = (requirement: Requirement) => alternatives(requirement).length > 0 && alternatives(requirement).every((c) => SELF_SERVICE.includes(c));

export function can(
  user: User | undefined,
  account: Account | undefined,
  roles: ReadonlyMap<string, CustomRole>,
  requirement: Requirement,
): boolean {
  if (requirement === 'public') return true;
  if (!user || !account || user.status !== 'active') return false;
  if (requirement === 'signed_in') return true;
  return meets(capabilities(user, account, roles), requirement);
}
