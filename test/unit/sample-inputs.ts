/**
 * An input for every channel, built from the demo fixture (permissions.test.ts sends each to the
 * dispatcher; log-secrets.test.ts sends each with secrets in it and reads the log).
 */
import type { Channel, InputOf } from '../../core/contract.ts';
import { DEMO_PASSWORD, DEMO_PEOPLE, demoEmail } from '../../core/seed/demo-people.ts';
import type { Fixture } from '../../core/testing/fixture.ts';

const CLAIRE_EMAIL = demoEmail(DEMO_PEOPLE[0]!);

export type SampleInputs = { [C in Channel]: InputOf<C> };

/** Samples that need nothing from the store. */
const STATIC_INPUT = {
  'app.status': undefined,
  'auth.signIn': { email: CLAIRE_EMAIL, password: DEMO_PASSWORD },
  'auth.signOut': undefined,
  'auth.session': undefined,
  // Codes nobody was sent: refused like a wrong password, so the samples sign nobody in.
  'auth.acceptInvitation': { email: 'ada.lovelace@lumen-analytics.example', code: 'ABCD-EFGH-JKMN', newPassword: 'A-long-enough-phrase', confirmPassword: 'A-long-enough-phrase' },
  'auth.requestPasswordReset': { email: 'nobody@lumen-analytics.example' },
  'auth.resetPassword': { email: 'nobody@lumen-analytics.example', code: 'ABCD-EFGH-JKMN', newPassword: 'A-long-enough-phrase', confirmPassword: 'A-long-enough-phrase' },
  // A challenge nobody was given: refused as expired, so the samples sign nobody in.
  'auth.secondStep': { challenge: 'ABCD-EFGH-JKMN-ABCD-EFGH-JKMN', code: '123456', kind: 'code' },
  'me.get': undefined,
  // Nobody in the demo is enrolled: Confirm without a key waiting, Disable and Regenerate are refused before any code is checked.
  'me.twoStepStatus': undefined,
  'me.twoStepBegin': undefined,
  'me.twoStepConfirm': { code: '123456' },
  'me.twoStepDisable': { code: '123456' },
  'me.twoStepRegenerate': { code: '123456' },
  'me.updatePersonal': { firstName: 'Ada', lastName: 'Lovelace', phone: '+44 20 7946 0000', language: 'en', timeZone: 'Europe/London' },
  'me.updateLogin': { email: 'someone.new@lumen-analytics.example', currentPassword: DEMO_PASSWORD, newPassword: 'A-long-enough-phrase', confirmPassword: 'A-long-enough-phrase' },
  'users.list': undefined,
  'users.updateDetails': { userId: 'usr_000001', firstName: 'Claire', lastName: 'Dubois', email: CLAIRE_EMAIL },
  // People: the targets (Olivia, Yannick) never sign in, so the samples can't lock a demo actor out.
  'users.get': { userId: 'usr_000001' },
  'users.create': { firstName: 'Ada', lastName: 'Lovelace', email: 'ada.lovelace@lumen-analytics.example', role: 'user', billingContact: false },
  'users.setStatus': { userIds: ['usr_000016'], status: 'deactivated' },
  'users.delete': { userIds: ['usr_000016'] },
  'users.setRole': { userIds: ['usr_000015'], role: 'admin' },
  'users.resendInvitation': { userIds: ['usr_000016'] },
  'users.revokeInvitation': { userIds: ['usr_000016'] },
  'users.sendPasswordReset': { userIds: ['usr_000016'] },
  'users.resetTwoStep': { userId: 'usr_000016' },
  'users.importCheck': { rows: [{ line: 2, email: 'ada.lovelace@lumen-analytics.example', firstName: 'Ada', lastName: 'Lovelace', role: 'user', products: 'Meetings', features: 'webinars=on' }] },
  'users.importApply': { rows: [{ line: 2, email: 'ada.lovelace@lumen-analytics.example', firstName: 'Ada', lastName: 'Lovelace', role: 'user', products: 'Meetings', features: 'webinars=on' }], digest: 'not-the-digest' },
  'roles.list': undefined,
  'roles.save': { name: 'Billing viewer', permissions: ['view_billing'] },
  'roles.delete': { id: 'role_licence_manager' },
  'audit.list': { limit: 10, kind: 'user.', from: '2026-01-01' },
  'audit.facets': undefined,
  'outbox.list': undefined,
  'signIns.list': { limit: 10, outcome: 'failed', reason: 'wrong_password', from: '2026-01-01' },
  'licences.preview': { userIds: ['usr_000001'], assign: [{ productId: 'remote_support', features: { session_recording: true } }], remove: [], alsoRemoveFromQueues: false, notify: false },
  'licences.apply': { userIds: ['usr_000001'], assign: [{ productId: 'remote_support', features: { session_recording: true } }], remove: [], alsoRemoveFromQueues: false, notify: true },
  'queues.list': undefined,
  'queues.unassign': { queueId: 'que_000001', userId: 'usr_000003' },
  'queues.create': { kind: 'call', name: 'Billing line' },
  'queues.rename': { queueId: 'que_000001', name: 'Support line' },
  'queues.delete': { queueId: 'que_000002' },
  'queues.addMembers': { queueId: 'que_000003', userIds: ['usr_000003'], role: 'agent' },
  'queues.removeMember': { queueId: 'que_000001', userId: 'usr_000006' },
  'queues.setMemberRole': { queueId: 'que_000001', userId: 'usr_000008', role: 'supervisor' },
  'products.list': undefined,
  'products.holders': { productId: 'remote_support' },
  // Groups: the demo account has none, so a change names one that is not there (not_found once past the matrix).
  'groups.list': undefined,
  'groups.create': { name: 'Support team' },
  'groups.rename': { groupId: 'grp_000001', name: 'Help desk' },
  'groups.delete': { groupId: 'grp_000001' },
  'groups.addMembers': { groupId: 'grp_000001', userIds: ['usr_000016'] },
  'groups.removeMembers': { groupId: 'grp_000001', userIds: ['usr_000016'] },
  'groups.setProducts': { groupId: 'grp_000001', products: [{ productId: 'meetings', features: {} }] },
  'overview.get': { months: 12 },
  'imports.check': { rows: [{ line: 2, email: CLAIRE_EMAIL, product: 'Meetings', features: 'webinars=on', action: 'assign' }], alsoRemoveFromQueues: false },
  'imports.apply': { rows: [{ line: 2, email: CLAIRE_EMAIL, product: 'Meetings', features: 'webinars=on', action: 'assign' }], alsoRemoveFromQueues: false, notify: false, digest: 'not-the-digest' },
} as const satisfies Partial<SampleInputs>;

/** The first record of a demo table that matches, or a clear failure naming what the seed no longer has. */
function demoId<T extends { id: string }>(table: ReadonlyMap<string, T>, what: string, test: (record: T) => boolean = () => true): string {
  for (const record of table.values()) if (test(record)) return record.id;
  throw new Error(`the demo fixture has no ${what}`);
}

/**
 * An input each channel accepts (typed: a new channel does not compile until it has one), so that
 * the dispatcher gets past parsing to the permission check. Built from the fixture, so that the
 * billing samples name a real subscription, invoice and card of the demo account. Each is harmless
 * if it does get through: account.cancel's password is wrong, and the order has no cart behind it.
 */
export function sampleInputs(f: Fixture): SampleInputs {
  const tables = f.store.tables;
  const subscriptionId = demoId(tables.subscriptions, 'Remote Support Premium subscription', (s) => s.planId === 'rs_premium');
  const invoiceId = demoId(tables.invoices, 'invoice');
  const cardId = demoId(tables.cards, 'card');
  return { ...STATIC_INPUT, ...storeInputs(subscriptionId, invoiceId, cardId) };
}

/** The billing, account, card and host channels' samples; every channel not in STATIC_INPUT must be here. */
function storeInputs(subscriptionId: string, invoiceId: string, cardId: string): Pick<SampleInputs, Exclude<Channel, keyof typeof STATIC_INPUT>> {
  const change = { kind: 'add_seats', subscriptionId, seats: 1 } as const;
  return {
    'billing.overview': undefined,
    'subscriptions.list': undefined,
    'billing.preview': { changes: [change] },
    'cart.get': undefined,
    'cart.add': { change },
    'cart.removeLine': { index: 0 },
    'cart.clear': undefined,
    'orders.place': { idempotencyKey: 'permissions-test-order' },
    'orders.list': undefined,
    'invoices.list': undefined,
    'invoices.get': { id: invoiceId },
    'invoices.einvoice': { id: invoiceId },
    'invoices.einvoiceArchive': { from: '2026-01-01', to: '2026-12-31' },
    'support.requestDowngrade': { subscriptionId, planId: 'rs_standard' },
    'support.list': undefined,
    'billing.refund': { cardId, amount: 1, currency: 'EUR', idempotencyKey: 'permissions-test-refund' },
    'account.billing': undefined,
    'account.addressFormat': { country: 'US' },
    'account.invoiceSettings': undefined,
    'account.updateInvoiceSettings': { purchaseOrder: 'PO-2027-0042', recipients: [{ email: 'accounting@lumen.example', language: 'fr' }] },
    // The policy as it is: nothing changes, and nobody is led into enrolment by the samples.
    'account.security': undefined,
    'account.setSecurity': { requireTwoStepForAdmins: false },
    'account.updateBilling': { name: 'Lumen Analytics SAS', billingAddress: { line1: '18 rue de la Paix', city: 'Paris', postalCode: '75002', country: 'FR' }, vatNumber: 'FR83404833048' },
    'cards.list': undefined,
    'cards.add': { number: '4242 4242 4242 4242', expMonth: 12, expYear: 2030, cvc: '123', holder: 'Claire Dubois' },
    'cards.update': { id: cardId, expMonth: 12, expYear: 2031, holder: 'Claire Dubois' },
    'cards.setDefault': { id: cardId },
    'cards.remove': { id: cardId },
    'transactions.list': undefined,
    'transactions.query': { types: ['invoice'], from: '2026-01-01', sort: { column: 'amount', desc: true }, limit: 50 },
    'payments.pending': undefined,
    'payments.applyPending': undefined,
    'account.cancel': { reason: 'other', details: '', password: 'not-the-password' },
    'account.reactivate': { password: 'not-the-password' },
    'account.withdrawReactivation': undefined,
    'host.print': undefined,
    'host.savePdf': { fileName: 'invoice.pdf' },
    'host.saveFacturX': { id: invoiceId, fileName: 'invoice.pdf' },
    'host.saveEInvoiceArchive': { from: '2026-01-01', to: '2026-12-31' },
    'host.cancelEInvoiceArchive': undefined,
    'host.storeSetting': undefined,
    'host.setStoreSetting': { url: '' },
    'host.updateState': undefined,
    'host.restartToUpdate': undefined,
    'store.acknowledgeProblems': undefined,
    'app.diagnostics': undefined,
    'notifications.list': undefined,
    'notifications.markRead': { ids: ['payment_failed:inv_000001'] },
    // Saved views: a user's own; the ids name a view nobody saved (not_found once past the matrix).
    'savedViews.list': { table: 'people' },
    'savedViews.save': { table: 'people', name: 'Invited admins', state: { filters: { query: '', role: 'admin', productId: '', noLicence: false, status: 'invited' }, sort: { column: 'name', desc: false }, columns: [{ id: 'name', visible: true, width: 220 }] } },
    'savedViews.rename': { id: 'view_000001', name: 'Admins' },
    'savedViews.delete': { id: 'view_000001' },
    'savedViews.setDefault': { table: 'people', id: 'view_000001', isDefault: true },
  };
}
