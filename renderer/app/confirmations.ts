/**
 * What each change says when it succeeded. Every channel of the contract is either a read (listed in
 * READS) or a change with its confirmation here: the type below makes a new channel fail to compile
 * until it is classified, so no change can go unconfirmed by oversight. `null` only where the screen
 * itself is the confirmation (signing in or out, the print dialog).
 */
import type { TFunction } from 'i18next';
import type { Channel, InputOf, OutputOf } from '../../core/contract.ts';

export const READS = [
  'app.status', 'auth.session', 'me.get', 'users.list', 'users.get', 'roles.list', 'licences.preview', 'imports.check', 'queues.list',
  'products.list', 'overview.get', 'audit.list', 'audit.facets', 'outbox.list', 'signIns.list', 'billing.overview', 'subscriptions.list', 'billing.preview',
  'cart.get', 'orders.list', 'invoices.list', 'invoices.get', 'invoices.einvoice', 'invoices.einvoiceArchive', 'support.list', 'account.billing', 'cards.list', 'transactions.list', 'transactions.query',
  'payments.pending', 'users.importCheck', 'host.storeSetting', 'host.updateState', 'app.diagnostics', 'account.addressFormat', 'notifications.list',
  'account.invoiceSettings', 'products.holders', 'groups.list', 'savedViews.list', 'me.twoStepStatus', 'account.security',
] as const satisfies readonly Channel[];

export type WriteChannel = Exclude<Channel, (typeof READS)[number]>;
type Confirm<C extends Channel> = ((input: InputOf<C>, value: OutputOf<C>, t: TFunction) => string | null) | null;

const simple = (key: string): Confirm<Channel> => (_input, _value, t) => t(key);

export const CONFIRMATIONS: { [C in WriteChannel]: Confirm<C> } = {
  'auth.signIn': null,
  'auth.signOut': null,
  // Signed in with the new password: the screen is the answer. A reset's request answers on its own form.
  'auth.acceptInvitation': null,
  'auth.requestPasswordReset': null,
  'auth.resetPassword': null,
  // Two-step sign-in: the session, the key or the recovery codes on screen are the answer.
  'auth.secondStep': null,
  'me.twoStepBegin': null,
  'me.twoStepConfirm': null,
  'me.twoStepRegenerate': null,
  'me.twoStepDisable': (_i, _v, t) => t('access.twoStep.ui.turnedOff'),
  'users.resetTwoStep': null,
  'account.setSecurity': simple('ui.toasts.saved'),
  'host.print': null,
  'host.savePdf': null,
  // The app restarts: the update banner says it will (renderer/app/UpdateBanner.tsx).
  'host.restartToUpdate': null,
  'host.saveFacturX': null,
  // Transactions says what the period's save did (saved N to the file, cancelled), beside its button.
  'host.saveEInvoiceArchive': null,
  'host.cancelEInvoiceArchive': null,
  // In the language just chosen: the confirmation is worded before the interface switches to it.
  'me.updatePersonal': (input, value, t) => t(value.outcome === 'unchanged' ? 'ui.myAccount.nothingToSave' : 'ui.toasts.saved', { lng: input.language }),
  'me.updateLogin': (input, value, t) =>
    value.outcome === 'unchanged' ? t('ui.myAccount.nothingToSave') : t(input.newPassword ? 'ui.toasts.passwordChanged' : 'ui.toasts.emailChanged'),
  'users.updateDetails': simple('ui.toasts.saved'),
  'users.create': (_i, user, t) => t('ui.toasts.userAdded', { name: `${user.firstName} ${user.lastName}` }),
  'users.setStatus': (input, value, t) => t(`people.ui.notices.${input.status === 'active' ? 'active' : 'deactivated'}`, { count: value.users.length }),
  'users.delete': (_i, value, t) => t('people.ui.notices.deleted', { count: value.deleted.length }),
  'users.setRole': (_i, value, t) => t('people.ui.notices.roleChanged', { count: value.users.length }),
  'users.resendInvitation': (_i, value, t) => t('access.ui.people.resent', { count: value.users.length, number: value.users.length }),
  'users.revokeInvitation': (_i, value, t) => t('access.ui.people.revoked', { count: value.deleted.length, number: value.deleted.length }),
  'users.importApply': (_i, value, t) => t('access.ui.import.invited', { count: value.invited, number: value.invited }),
  'users.sendPasswordReset': (_i, value, t) => t('access.ui.people.resetSent', { count: value.users.length, number: value.users.length }),
  'roles.save': (_i, role, t) => t('ui.toasts.roleSaved', { name: role.name }),
  'roles.delete': simple('ui.toasts.roleDeleted'),
  'licences.apply': (_i, plan, t) => licenceSummary(plan.products, t),
  'imports.apply': (_i, value, t) => [t('ui.toasts.imported', { count: value.applied }), licenceSummary(value.products, t)].filter(Boolean).join(' '),
  // A group change's dry run is a question, not a change: only the change itself is confirmed.
  'groups.create': (_i, group, t) => t('groups.ui.done.created', { name: group.name }),
  'groups.rename': (_i, group, t) => t('groups.ui.done.renamed', { name: group.name }),
  'groups.delete': (input, _v, t) => (input.dryRun ? null : t('groups.ui.done.deletedPlain')),
  'groups.addMembers': (input, value, t) => (input.dryRun || !value.group ? null : t('groups.ui.done.added', { count: input.userIds.length, number: input.userIds.length, name: value.group.name })),
  'groups.removeMembers': (input, value, t) => (input.dryRun || !value.group ? null : t('groups.ui.done.removedMany', { count: input.userIds.length, number: input.userIds.length, name: value.group.name })),
  'groups.setProducts': (input, value, t) => (input.dryRun || !value.group ? null : t('groups.ui.done.productsSaved', { name: value.group.name })),
  'queues.unassign': (_i, value, t) => leftQueue(value, t),
  'queues.removeMember': (_i, value, t) => leftQueue(value, t),
  'queues.create': (_i, queue, t) => t('queues.ui.outcome.created', { name: queue.name }),
  'queues.rename': (_i, queue, t) => t('queues.ui.outcome.renamed', { name: queue.name }),
  'queues.delete': (_i, value, t) => t('queues.ui.outcome.deleted', { name: value.name }),
  'queues.addMembers': (input, queue, t) => t('queues.ui.outcome.added', { count: input.userIds.length, number: input.userIds.length, name: queue.name }),
  'queues.setMemberRole': (input, queue, t) => {
    const member = [...queue.supervisors, ...queue.agents].find((m) => m.userId === input.userId);
    return t('queues.ui.outcome.roleChanged', { name: member?.name ?? '', role: t(`queues.role.${input.role}`), queue: queue.name });
  },
  'cart.add': simple('ui.toasts.addedToCart'),
  'cart.removeLine': simple('ui.toasts.removedFromCart'),
  'cart.clear': simple('ui.toasts.cartCleared'),
  'orders.place': (_i, order, t) => (order.status === 'failed' ? null : t('ui.toasts.orderPlaced')),
  'billing.refund': simple('ui.toasts.refunded'),
  'support.requestDowngrade': simple('ui.toasts.downgradeRequested'),
  // A change of tax treatment is saved only once confirmed: the dialog asking is the answer until then.
  'account.updateBilling': (_i, value, t) => (value.outcome === 'saved' ? t('ui.toasts.saved') : null),
  'account.updateInvoiceSettings': simple('ui.toasts.saved'),
  // A card already on file: the form says no second card was added.
  'cards.add': (_i, value, t) => (value.alreadyOnFile ? null : t('ui.toasts.cardAdded')),
  'cards.update': simple('ui.toasts.saved'),
  'cards.setDefault': simple('ui.toasts.cardDefault'),
  'cards.remove': simple('ui.toasts.cardRemoved'),
  'payments.applyPending': simple('ui.toasts.paymentApplied'),
  'account.cancel': simple('ui.toasts.accountCancelled'),
  'account.reactivate': (_i, value, t) => t(value.outcome === 'reactivated' ? 'ui.toasts.accountReactivated' : 'ui.toasts.reactivationRequested'),
  'account.withdrawReactivation': simple('ui.toasts.reactivationWithdrawn'),
  // The damage banner going away is the answer.
  'store.acknowledgeProblems': null,
  // The bell's count going down is the confirmation (renderer/app/notifications/).
  'notifications.markRead': null,
  'savedViews.save': (input, _v, t) => t('people.ui.views.done.saved', { name: input.name.trim() }),
  'savedViews.rename': (input, _v, t) => t('people.ui.views.done.renamed', { name: input.name.trim() }),
  'savedViews.delete': simple('people.ui.views.done.deleted'),
  'savedViews.setDefault': (input, _v, t) => t(input.isDefault ? 'people.ui.views.done.defaultSet' : 'people.ui.views.done.defaultCleared'),
  'host.setStoreSetting': simple('ui.toasts.saved'),
};

/** A member out of a queue: whether that freed their Contact Center seat, or which groups still give it. */
function leftQueue(value: OutputOf<'queues.unassign'>, t: TFunction): string {
  if (value.keptThrough.length) return t('queues.ui.toastKeptByGroup', { queue: value.queue.name, groups: value.keptThrough.map((g) => g.name).join(', ') });
  return t(value.licenceFreed ? 'ui.toasts.unassignedFreed' : 'ui.toasts.unassigned', { queue: value.queue.name });
}

type Impact = OutputOf<'licences.apply'>['products'][number];

/** "Meetings: given to 2 users, taken from 1 user." per product the change touched. */
export function licenceSummary(products: readonly Impact[], t: TFunction): string {
  return products
    .flatMap((p) => {
      const parts = [
        p.assigned ? t('ui.toasts.licences.given', { count: p.assigned }) : null,
        p.updated ? t('ui.toasts.licences.updated', { count: p.updated }) : null,
        p.removed ? t('ui.toasts.licences.taken', { count: p.removed }) : null,
      ].filter((x): x is string => x !== null);
      return parts.length ? [t('ui.toasts.licences.product', { product: p.name, changes: parts.join(', ') })] : [];
    })
    .join(' ') || t('ui.toasts.licences.nothing');
}

/** The confirmation for a successful call, or null for a read (or a change whose screen says it). */
export function confirmation(channel: Channel, input: unknown, value: unknown, t: TFunction): string | null {
  const confirm = (CONFIRMATIONS as Record<string, Confirm<Channel> | undefined>)[channel];
  return confirm ? confirm(input as never, value as never, t) : null;
}
