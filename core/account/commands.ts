/** The account's billing details, pending payments, cancellation and reactivation (SPEC §3). */
import type { CommandContext, HandlerMap, HandlerOutcome } from '../app/handler.ts';
import { auditChange } from '../audit/record.ts';
import { enumOf } from '../audit/values.ts';
import { transactions } from '../billing/transactions.ts';
import { queryTransactions } from '../billing/transactions-query.ts';
import { taxTreatment } from '../billing/tax.ts';
import { isEuCountry } from '../billing/vat-number.ts';
import type { OutputOf } from '../contract.ts';
import { put, type Change } from '../model/changes.ts';
import type { Account } from '../model/records.ts';
import { failure, invalidField, type Failure } from '../result.ts';
import { checkPassword } from '../auth/password-check.ts';
import { addressFormat } from './address-format.ts';
import { updateBilling } from './billing-update.ts';
import { accountEmail } from './emails.ts';
import { applyPending, pendingInvoices } from './pending.ts';

function details(account: Account) {
  const tax = taxTreatment({ country: account.billingAddress.country, vatNumber: account.vatNumber });
  return {
    name: account.name,
    billingAddress: account.billingAddress,
    vatNumber: account.vatNumber ?? null,
    vatApplies: isEuCountry(account.billingAddress.country),
    taxKind: tax.kind,
    taxRateBasisPoints: tax.rateBasisPoints,
    billingMode: account.billingMode,
    status: account.status,
    creditBalance: account.creditBalance,
    currency: account.currency,
  };
}

/** The actor's password, checked, counted and throttled like a sign-in (auth/password-check.ts). */
async function passwordOk(ctx: CommandContext, password: string): Promise<{ ok: true; changes: Change[] } | { ok: false; failure: Failure; changes: Change[] }> {
  const check = await checkPassword(ctx, ctx.actor!.email, ctx.actor, password, 'password');
  if (check.ok) return check;
  return { ok: false, failure: check.failure ?? { code: 'invalid_input', key: 'errors.invalidInput', fields: { password: { key: 'errors.password.currentWrong' } } }, changes: check.changes };
}

type Channels = 'account.billing' | 'account.updateBilling' | 'account.addressFormat' | 'transactions.list' | 'transactions.query' | 'payments.pending' | 'payments.applyPending' | 'account.cancel' | 'account.reactivate' | 'account.withdrawReactivation';

export const accountHandlers: HandlerMap<Channels> = {
  'account.billing'(_input, ctx) {
    return { ok: true, value: details(ctx.account!) };
  },

  'account.updateBilling'(input, ctx) {
    const result = updateBilling(input, ctx);
    if (!result.ok || result.value.outcome === 'needs_confirmation') return result as HandlerOutcome<OutputOf<'account.updateBilling'>>;
    return { ...result, value: { outcome: 'saved', details: details(result.value.account) } };
  },

  'account.addressFormat'(input) {
    const country = input.country.toUpperCase();
    if (!/^[A-Z]{2}$/.test(country)) return invalidField('country', 'errors.address.country');
    return { ok: true, value: addressFormat(country) };
  },

  'transactions.list'(_input, ctx) {
    return { ok: true, value: { transactions: transactions(ctx.tables) } };
  },

  'transactions.query'(input, ctx) {
    return { ok: true, value: queryTransactions(transactions(ctx.tables), input, { language: ctx.actor!.language, timeZone: ctx.actor!.timeZone }) };
  },

  'payments.pending'(_input, ctx) {
    return { ok: true, value: pendingInvoices(ctx) };
  },

  'payments.applyPending'(input, ctx) {
    return applyPending(ctx, input?.cardId);
  },

  async 'account.cancel'(input, ctx) {
    const account = ctx.account!;
    if (account.status === 'cancelled') return failure('conflict', 'errors.account.alreadyCancelled');
    const check = await passwordOk(ctx, input.password);
    if (!check.ok) return check;
    const at = ctx.now.toISOString();
    const next: Account = { ...account, status: 'cancelled', cancelledAt: at, cancelReason: input.details.trim() ? `${input.reason}: ${input.details.trim()}` : input.reason };
    const changes: Change[] = [...check.changes, put('account', 'account', next)];
    for (const sub of ctx.tables.subscriptions.values()) if (sub.autoRenew) changes.push(put('subscriptions', sub.id, { ...sub, autoRenew: false }));
    const email = accountEmail(ctx, ctx.actor!, 'account_cancelled');
    changes.push(put('outbox', email.id, email), auditChange(ctx, 'account.cancelled', { type: 'account', id: account.id }, { status: enumOf('status', account.status) }, { status: enumOf('status', 'cancelled'), reason: enumOf('cancelReason', input.reason) }));
    return { ok: true, value: details(next), changes, signOut: true };
  },

  async 'account.reactivate'(input, ctx) {
    const account = ctx.account!;
    if (account.status !== 'cancelled') return { ok: true, value: { outcome: 'reactivated', requestState: null } };
    const check = await passwordOk(ctx, input.password);
    if (!check.ok) return check;
    const isTrial = account.trialEndsAt !== undefined && ![...ctx.tables.invoices.values()].some((i) => i.total > 0);
    if (isTrial) {
      const next: Account = { ...account, status: 'active' };
      delete next.cancelledAt;
      // Renewals resume where cancelling stopped them.
      const renewals = [...ctx.tables.subscriptions.values()].filter((sub) => !sub.autoRenew).map((sub) => put('subscriptions', sub.id, { ...sub, autoRenew: true }));
      return { ok: true, value: { outcome: 'reactivated', requestState: null }, changes: [...check.changes, put('account', 'account', next), ...renewals, auditChange(ctx, 'account.reactivated', { type: 'account', id: account.id }, { status: enumOf('status', 'cancelled') }, { status: enumOf('status', 'active') })] };
    }
    if (account.reactivation) return { ok: true, value: { outcome: 'requested', requestState: account.reactivation.state }, changes: check.changes };
    const next: Account = { ...account, reactivation: { state: 'sent', requestedAt: ctx.now.toISOString() } };
    return { ok: true, value: { outcome: 'requested', requestState: 'sent' }, changes: [...check.changes, put('account', 'account', next), auditChange(ctx, 'account.reactivation_requested', { type: 'account', id: account.id }, null, { state: enumOf('requestState', 'sent') })] };
  },

  /** A paid account's pending request, withdrawn: the account stays cancelled, and may ask again later. */
  'account.withdrawReactivation'(_input, ctx) {
    const account = ctx.account!;
    const request = account.reactivation;
    if (account.status !== 'cancelled' || !request || request.state === 'done') return failure('conflict', 'errors.account.noReactivationRequest');
    const next: Account = { ...account };
    delete next.reactivation;
    return { ok: true, value: { done: true }, changes: [put('account', 'account', next), auditChange(ctx, 'account.reactivation_withdrawn', { type: 'account', id: account.id }, { state: enumOf('requestState', request.state) }, null)] };
  },
};
