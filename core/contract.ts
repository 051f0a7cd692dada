/**
 * The one list of channels. Electron main, the preload, the browser bridge, the renderer's `Api`
 * type and the tests all derive from it; no channel name is written anywhere else.
 * Every output is wrapped in a Result ({ ok, value } | { ok: false, error }) when it crosses.
 */
import { z } from 'zod';
import { auditFacetsOutput, auditListInput, auditListOutput, outboxListInput, outboxListOutput } from './schemas/activity.ts';
import {
  addCardInput,
  addCardOutput,
  addressFormatInput,
  addressFormatSchema,
  applyPendingOutput,
  billingDetailsSchema,
  cancelInput,
  cardIdInput,
  cardsOutput,
  pendingSchema,
  reactivateInput,
  reactivationSchema,
  payWithInput,
  transactionsOutput,
  updateBillingInput,
  updateBillingOutput,
  updateCardInput,
  invoiceSettingsSchema,
  updateInvoiceSettingsInput,
} from './schemas/account.ts';
import { acknowledgeProblemsOutput, appStatusSchema, diagnosticsSchema, setStoreSettingInput, storeSettingSchema, updateStateSchema } from './schemas/app.ts';
export type { UpdateState } from './schemas/app.ts';
import { signInListInput, signInListOutput } from './schemas/sign-ins.ts';
import { codeSignInInput, requestPasswordResetInput, sessionSchema, signInInput, meSchema } from './schemas/auth.ts';
import { emptyInput, okOutput } from './schemas/common.ts';
import {
  accountSecuritySchema,
  codeInput,
  recoveryCodesSchema,
  resetTwoStepInput,
  secondStepInput,
  signInOutput,
  twoStepEnrolmentSchema,
  twoStepStatusSchema,
} from './schemas/two-step.ts';
import {
  billingOverviewSchema,
  cartAddInput,
  cartRemoveInput,
  cartSchema,
  downgradeInput,
  einvoiceArchiveInput,
  einvoiceArchiveProgressSchema,
  einvoiceArchiveSavedSchema,
  einvoiceArchiveSchema,
  einvoiceSchema,
  invoiceGetInput,
  invoiceSchema,
  invoicesListInput,
  invoicesListOutput,
  orderSchema,
  placeOrderInput,
  previewInput,
  quoteSchema,
  refundInput,
  refundSchema,
  saveFacturXInput,
  subscriptionViewSchema,
  supportRequestSchema,
} from './schemas/billing.ts';
import { userImportApplyInput, userImportApplyOutput, userImportCheckInput, userImportReportSchema } from './schemas/user-import.ts';
import {
  groupChangeOutput,
  groupCreateInput,
  groupDeleteInput,
  groupMembersInput,
  groupRenameInput,
  groupSetProductsInput,
  groupsListOutput,
  groupViewSchema,
  productHoldersInput,
  productHoldersOutput,
} from './schemas/groups.ts';
import { importApplyInput, importApplyOutput, importCheckInput, importReportSchema } from './schemas/imports.ts';
import { licenceChangeInput, licencePlanSchema, productsListOutput } from './schemas/licences.ts';
import { overviewInput, overviewOutput } from './schemas/overview.ts';
import { transactionsQueryInput, transactionsQueryOutput } from './schemas/transactions-query.ts';
export { TX_SORT_COLUMNS, type TxSortColumn } from './schemas/transactions-query.ts';
import {
  queueAddMembersInput,
  queueCreateInput,
  queueDeleteInput,
  queueDeleteOutput,
  queueMemberInput,
  queueRenameInput,
  queuesListInput,
  queuesListOutput,
  queueSetMemberRoleInput,
  queueUnassignInput,
  queueUnassignOutput,
  queueViewSchema,
} from './schemas/queues.ts';
import { meSavedSchema, updateLoginInput, updatePersonalInput } from './schemas/me.ts';
import { roleDeleteInput, roleSaveInput, rolesListOutput, customRoleViewSchema } from './schemas/roles.ts';
import {
  updateDetailsInput,
  userCreateInput,
  userDeleteInput,
  userDetailSchema,
  userGetInput,
  userIdsInput,
  userSetRoleInput,
  userSetStatusInput,
  usersChangedOutput,
  usersDeletedOutput,
  usersListInput,
  usersListOutput,
  userSummarySchema,
} from './schemas/users.ts';
import type { Result } from './result.ts';
import { appRouteSchema } from './schemas/links.ts';
import { savedViewDeleteInput, savedViewRenameInput, savedViewSaveInput, savedViewSetDefaultInput, savedViewsListInput, savedViewsOutput } from './schemas/saved-views.ts';
export type { SavedViewOutput, SavedViewState } from './schemas/saved-views.ts';
export { COLUMN_WIDTH_MAX, COLUMN_WIDTH_MIN, VIEW_NAME_MAX, VIEWS_MAX } from './schemas/saved-views.ts';
import { notificationsListOutput, notificationsMarkReadInput } from './schemas/notifications.ts';
export type { Notification, NotificationKind } from './schemas/notifications.ts';
export { appRouteSchema, LINK_SCHEME, type AppRoute, type LinkParse, type LinkRefusal } from './schemas/links.ts';
// Links are untrusted input: the one parser, shared by the host (argv, open-url) and the renderer (URL hash).
export { parseLink, parseRoutePath, routeLink, routePath } from './links/parse.ts';

export const contract = {
  'app.status': { input: emptyInput, output: appStatusSchema },
  // The session, or (enrolled in two-step sign-in) the second step's challenge.
  'auth.signIn': { input: signInInput, output: signInOutput },
  // The second step: a code from the authenticator app or a recovery code, for the challenge; gives the session.
  'auth.secondStep': { input: secondStepInput, output: sessionSchema },
  'auth.signOut': { input: emptyInput, output: okOutput },
  'auth.session': { input: emptyInput, output: sessionSchema.nullable() },
  // An invitee's first sign-in (the code from their invitation email), choosing their password.
  'auth.acceptInvitation': { input: codeSignInInput, output: sessionSchema },
  // "Forgot password?": the same answer whether or not the email has an account.
  'auth.requestPasswordReset': { input: requestPasswordResetInput, output: okOutput },
  'auth.resetPassword': { input: codeSignInInput, output: signInOutput },
  'me.get': { input: emptyInput, output: meSchema },
  'me.updatePersonal': { input: updatePersonalInput, output: meSavedSchema },
  'me.updateLogin': { input: updateLoginInput, output: meSavedSchema },
  // Two-step sign-in (TOTP): the key is answered once by Begin, the recovery codes once by Confirm or Regenerate.
  'me.twoStepStatus': { input: emptyInput, output: twoStepStatusSchema },
  'me.twoStepBegin': { input: emptyInput, output: twoStepEnrolmentSchema },
  'me.twoStepConfirm': { input: codeInput, output: recoveryCodesSchema },
  'me.twoStepDisable': { input: codeInput, output: twoStepStatusSchema },
  'me.twoStepRegenerate': { input: codeInput, output: recoveryCodesSchema },
  'users.list': { input: usersListInput, output: usersListOutput },
  'users.updateDetails': { input: updateDetailsInput, output: userSummarySchema },
  'users.get': { input: userGetInput, output: userDetailSchema },
  'users.create': { input: userCreateInput, output: userSummarySchema },
  'users.setStatus': { input: userSetStatusInput, output: usersChangedOutput },
  'users.delete': { input: userDeleteInput, output: usersDeletedOutput },
  'users.setRole': { input: userSetRoleInput, output: usersChangedOutput },
  'users.resendInvitation': { input: userIdsInput, output: usersChangedOutput },
  'users.revokeInvitation': { input: userIdsInput, output: usersDeletedOutput },
  'users.sendPasswordReset': { input: userIdsInput, output: usersChangedOutput },
  // Someone's two-step sign-in removed (lost phone and recovery codes): audited, emailed to them.
  'users.resetTwoStep': { input: resetTwoStepInput, output: okOutput },
  // Users from a CSV: the dry run, then all of them invited at once, or none.
  'users.importCheck': { input: userImportCheckInput, output: userImportReportSchema },
  'users.importApply': { input: userImportApplyInput, output: userImportApplyOutput },
  'roles.list': { input: emptyInput, output: rolesListOutput },
  'roles.save': { input: roleSaveInput, output: customRoleViewSchema },
  'roles.delete': { input: roleDeleteInput, output: okOutput },
  'licences.preview': { input: licenceChangeInput, output: licencePlanSchema },
  'licences.apply': { input: licenceChangeInput, output: licencePlanSchema },
  'imports.check': { input: importCheckInput, output: importReportSchema },
  'imports.apply': { input: importApplyInput, output: importApplyOutput },
  'queues.list': { input: queuesListInput, output: queuesListOutput },
  'queues.unassign': { input: queueUnassignInput, output: queueUnassignOutput },
  // Managing queues: every member holds Contact Center (checked through core/licences/effective.ts).
  'queues.create': { input: queueCreateInput, output: queueViewSchema },
  'queues.rename': { input: queueRenameInput, output: queueViewSchema },
  'queues.delete': { input: queueDeleteInput, output: queueDeleteOutput },
  'queues.addMembers': { input: queueAddMembersInput, output: queueViewSchema },
  'queues.removeMember': { input: queueMemberInput, output: queueUnassignOutput },
  'queues.setMemberRole': { input: queueSetMemberRoleInput, output: queueViewSchema },
  'products.list': { input: emptyInput, output: productsListOutput },
  // Who holds a product, directly or through groups.
  'products.holders': { input: productHoldersInput, output: productHoldersOutput },
  // Groups of people: every member holds the group's products (dryRun: the plan, nothing written).
  'groups.list': { input: emptyInput, output: groupsListOutput },
  'groups.create': { input: groupCreateInput, output: groupViewSchema },
  'groups.rename': { input: groupRenameInput, output: groupViewSchema },
  'groups.delete': { input: groupDeleteInput, output: groupChangeOutput },
  'groups.addMembers': { input: groupMembersInput, output: groupChangeOutput },
  'groups.removeMembers': { input: groupMembersInput, output: groupChangeOutput },
  'groups.setProducts': { input: groupSetProductsInput, output: groupChangeOutput },
  'overview.get': { input: overviewInput, output: overviewOutput },
  'audit.list': { input: auditListInput, output: auditListOutput },
  'audit.facets': { input: emptyInput, output: auditFacetsOutput },
  'outbox.list': { input: outboxListInput, output: outboxListOutput },
  // The sign-in log: every attempt, succeeded or failed with its reason (filters and paging as the audit's).
  'signIns.list': { input: signInListInput, output: signInListOutput },
  'billing.overview': { input: emptyInput, output: billingOverviewSchema },
  'subscriptions.list': { input: emptyInput, output: z.object({ subscriptions: z.array(subscriptionViewSchema) }) },
  'billing.preview': { input: previewInput, output: quoteSchema },
  'cart.get': { input: emptyInput, output: cartSchema },
  'cart.add': { input: cartAddInput, output: cartSchema },
  'cart.removeLine': { input: cartRemoveInput, output: cartSchema },
  'cart.clear': { input: emptyInput, output: cartSchema },
  'orders.place': { input: placeOrderInput, output: orderSchema },
  'orders.list': { input: emptyInput, output: z.object({ orders: z.array(orderSchema) }) },
  'invoices.list': { input: invoicesListInput, output: invoicesListOutput },
  'invoices.get': { input: invoiceGetInput, output: invoiceSchema },
  // The e-invoice (EN 16931 CII XML) of an issued invoice or credit note.
  'invoices.einvoice': { input: invoiceGetInput, output: einvoiceSchema },
  // Every e-invoice issued between two days of the account's calendar (both included), as one ZIP.
  'invoices.einvoiceArchive': { input: einvoiceArchiveInput, output: einvoiceArchiveSchema },
  'billing.refund': { input: refundInput, output: refundSchema },
  'support.requestDowngrade': { input: downgradeInput, output: supportRequestSchema },
  'support.list': { input: emptyInput, output: z.object({ requests: z.array(supportRequestSchema) }) },
  'account.billing': { input: emptyInput, output: billingDetailsSchema },
  'account.updateBilling': { input: updateBillingInput, output: updateBillingOutput },
  'account.addressFormat': { input: addressFormatInput, output: addressFormatSchema },
  // The account's purchase-order number and the extra recipients of its invoices.
  'account.invoiceSettings': { input: emptyInput, output: invoiceSettingsSchema },
  'account.updateInvoiceSettings': { input: updateInvoiceSettingsInput, output: invoiceSettingsSchema },
  // The account's sign-in rules: administrators must use two-step sign-in.
  'account.security': { input: emptyInput, output: accountSecuritySchema },
  'account.setSecurity': { input: accountSecuritySchema, output: accountSecuritySchema },
  'cards.list': { input: emptyInput, output: cardsOutput },
  'cards.add': { input: addCardInput, output: addCardOutput },
  'cards.update': { input: updateCardInput, output: cardsOutput },
  'cards.setDefault': { input: cardIdInput, output: cardsOutput },
  'cards.remove': { input: cardIdInput, output: cardsOutput },
  'transactions.list': { input: emptyInput, output: transactionsOutput },
  // The Transactions view: one page of the transactions its filters keep, in its order (newest first by default).
  'transactions.query': { input: transactionsQueryInput, output: transactionsQueryOutput },
  'payments.pending': { input: emptyInput, output: pendingSchema },
  'payments.applyPending': { input: payWithInput, output: applyPendingOutput },
  'account.cancel': { input: cancelInput, output: billingDetailsSchema },
  'account.reactivate': { input: reactivateInput, output: reactivationSchema },
  // A paid account's pending reactivation request, withdrawn by a billing contact.
  'account.withdrawReactivation': { input: emptyInput, output: okOutput },
  // Host channels: served by the Electron main process (OS print dialog, Save as PDF); elsewhere the
  // core answers `unavailable` and the renderer falls back to the browser's own print dialog.
  'host.print': { input: emptyInput, output: okOutput },
  'host.savePdf': { input: z.object({ fileName: z.string().min(1).max(200) }), output: z.object({ saved: z.boolean(), path: z.string().optional() }) },
  // The invoice view printed to PDF with the invoice's e-invoice embedded (Factur-X), through a save dialog.
  'host.saveFacturX': { input: saveFacturXInput, output: z.object({ saved: z.boolean(), path: z.string().optional() }) },
  // A period's e-invoices as one ZIP through a save dialog: each document's CII XML and its Factur-X PDF.
  // While it prints, the host sends `einvoice.archiveProgress` to the window that asked.
  'host.saveEInvoiceArchive': { input: einvoiceArchiveInput, output: einvoiceArchiveSavedSchema },
  // Stops that window's Save e-invoices in flight (nothing is written); `cancelled` says whether one was running.
  'host.cancelEInvoiceArchive': { input: emptyInput, output: z.object({ cancelled: z.boolean() }) },
  // Where this desktop's account lives (a shared database's address, kept by the OS keychain).
  'host.storeSetting': { input: emptyInput, output: storeSettingSchema },
  'host.setStoreSetting': { input: setStoreSettingInput, output: storeSettingSchema },
  // The desktop's updates: where they stand, and the user's consent to restart and install.
  'host.updateState': { input: emptyInput, output: updateStateSchema },
  'host.restartToUpdate': { input: emptyInput, output: okOutput },
  'store.acknowledgeProblems': { input: emptyInput, output: acknowledgeProblemsOutput },
  // For a support request: version, mode, where the account lives, store problems, the last errors.
  'app.diagnostics': { input: emptyInput, output: diagnosticsSchema },
  // The notification centre: what needs the signed-in user's attention, read or not, and marking it read.
  'notifications.list': { input: emptyInput, output: notificationsListOutput },
  'notifications.markRead': { input: notificationsMarkReadInput, output: notificationsListOutput },
  // The signed-in user's own saved table views (People): filters, columns and sort under a name.
  'savedViews.list': { input: savedViewsListInput, output: savedViewsOutput },
  'savedViews.save': { input: savedViewSaveInput, output: savedViewsOutput },
  'savedViews.rename': { input: savedViewRenameInput, output: savedViewsOutput },
  'savedViews.delete': { input: savedViewDeleteInput, output: savedViewsOutput },
  'savedViews.setDefault': { input: savedViewSetDefaultInput, output: savedViewsOutput },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const HOST_CHANNELS = ['host.print', 'host.savePdf', 'host.saveFacturX', 'host.saveEInvoiceArchive', 'host.cancelEInvoiceArchive', 'host.storeSetting', 'host.setStoreSetting', 'host.updateState', 'host.restartToUpdate'] as const satisfies readonly Channel[];
export type HostChannel = (typeof HOST_CHANNELS)[number];
export const CHANNELS = Object.keys(contract) as Channel[];

/**
 * Commands that change what billing views show (cards, the billing details, balance, pending payments,
 * invoices, orders): once one succeeds, every view on screen reloads, so the Overview's tiles, the
 * banners and Billing info agree with what was just paid or changed. A test keeps every command that
 * needs billing (and checkout) in this list.
 */
export const BILLING_WRITES = [
  'orders.place',
  'billing.refund',
  'support.requestDowngrade',
  'account.updateBilling',
  'account.updateInvoiceSettings',
  'cards.add',
  'cards.update',
  'cards.setDefault',
  'cards.remove',
  'payments.applyPending',
  'account.cancel',
  'account.reactivate',
  'account.withdrawReactivation',
] as const satisfies readonly Channel[];

export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = z.output<Contract[C]['output']>;

/**
 * The commands of the native application menu (and of the palette in browser mode) that act on
 * what the renderer shows: the view on screen decides what Print or Export CSV means.
 */
export const APP_COMMANDS = ['print', 'savePdf', 'saveEInvoice', 'exportCsv', 'about', 'dataFolder', 'palette', 'diagnostics'] as const;
export type AppCommand = (typeof APP_COMMANDS)[number];

/**
 * Events pushed from the host to the renderer (IPC `event:<name>`, or server-sent events in browser
 * mode): the host validates each payload before sending, the preload and the bridge again on arrival.
 */
export const events = {
  /** A menu item or accelerator asked the view on screen to act. */
  'app.command': z.object({ command: z.enum(APP_COMMANDS) }),
  /** Another desktop changed the shared account: views reload what they show. */
  'store.changed': z.object({ version: z.number().int().nonnegative() }),
  /** The shared store's server went away (read-only from the local copy) or came back. */
  'store.connection': z.object({ online: z.boolean() }),
  /** The desktop's updates moved on (checking, downloading, ready to install). */
  'app.update': updateStateSchema,
  /** A link (or a native notification's click) asked for a view: the host parsed it against the route schema. */
  'app.route': appRouteSchema,
  /** The desktop's Save e-invoices (ZIP) moved on: `done` of `total` documents printed (sent to the window that asked). */
  'einvoice.archiveProgress': einvoiceArchiveProgressSchema,
} as const satisfies Record<string, z.ZodType>;
export type EventName = keyof typeof events;
export type EventOf<E extends EventName> = z.output<(typeof events)[E]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];
export const eventIpcName = (event: EventName) => `event:${event}`;

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(events, name);
}

/** Subscribes to a host event; returns the function that unsubscribes. */
export type Subscribe = <E extends EventName>(event: E, listener: (payload: EventOf<E>) => void) => () => void;

/**
 * What the renderer sees as its `api` global (exposed by the preload): one async function per
 * channel, and `on` for the host's events (no channel is named `on`: channel names have a dot).
 */
export type Api = {
  [C in Channel]: (...args: undefined extends InputOf<C> ? [input?: InputOf<C>] : [input: InputOf<C>]) => Promise<Result<OutputOf<C>>>;
} & { on: Subscribe };

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** The IPC channel name used on the wire for a contract channel. */
export const ipcName = (channel: Channel) => `api:${channel}`;

export type { Result, AppError, ErrorCode } from './result.ts';
export { ERROR_CODES } from './result.ts';
