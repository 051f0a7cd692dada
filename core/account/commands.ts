/** The account's billing details, pending payments, cancellation and reactivation (SPEC §3). */
import type { CommandContext, HandlerMap } from '../app/handler.ts';
import { auditChange, diff } from '../audit/record.ts';
import { transactions } from '../billing/transactions.ts';
import { taxTreatment } from '../billing/tax.ts';
import { checkVatNumber, isEuCountry } from '../billing/vat-number.ts';
import { put, type Change } from '../model/changes.ts';
import type { Account } from '../model/records.ts';
import { failure } from '../result.ts';
import type { FieldErrors } from '../users/rules.ts';
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

async function passwordOk(ctx: CommandContext, password: string): Promise<boolean> {
  const hash = ctx.actor?.passwordHash;
  return hash !== undefined && (await ctx.ports.hasher.verify(password, hash));
}

type Channels = 'account.billing' | 'account.updateBilling' | 'transactions.list' | 'payments.pending' | 'payments.applyPending' | 'account.cancel' | 'account.reactivate' | 'account.withdrawReactivation';

export const accountHandlers: HandlerMap<Channels> = {
  'account.billing'(_input, ctx) {
    return { ok: true, value: details(ctx.account!) };
  },

  'account.updateBilling'(input, ctx) {
    const account = ctx.account!;
    const errors: FieldErrors = {};
    const a = input.billingAddress;
    for (const field of ['line1', 'city', 'postalCode'] as const) if (!a[field].trim()) errors[`billingAddress.${field}`] = { key: 'errors.field.required' };
    if (!/^[A-Z]{2}$/.test(a.country)) errors['billingAddress.country'] = { key: 'errors.address.country' };
    if (!input.name.trim()) errors.name = { key: 'errors.field.required' };
    let vatNumber: string | undefined;
    const rawVat = input.vatNumber?.trim() ?? '';
    if (rawVat && isEuCountry(a.country)) {
      const check = checkVatNumber(a.country, rawVat);
      if (check.ok) vatNumber = check.normalized;
      else errors.vatNumber = { key: `errors.vat.${check.reason}` };
    }
    if (Object.keys(errors).length) return failure('invalid_input', 'errors.invalidInput', undefined, errors);
    const address = { ...a, line1: a.line1.trim(), city: a.city.trim(), postalCode: a.postalCode.trim(), ...(a.line2?.trim() ? { line2: a.line2.trim() } : {}), ...(a.region?.trim() ? { region: a.region.trim() } : {}) };
    if (!a.line2?.trim()) delete address.line2;
    if (!a.region?.trim()) delete address.region;
    const next: Account = { ...account, name: input.name.trim(), billingAddress: address, vatNumber };
    const before = { name: account.name, billingAddress: account.billingAddress, vatNumber: account.vatNumber ?? null };
    const after = { name: next.name, billingAddress: next.billingAddress, vatNumber: next.vatNumber ?? null };
    const changed = diff(before, after);
    if (!Object.keys(changed.after).length) return { ok: true, value: details(account) };
    // Issued invoices keep the details they were issued with: only the account record changes.
    return { ok: true, value: details(next), changes: [put('account', 'account', next), auditChange(ctx, 'account.billing_details.updated', { type: 'account', id: account.id }, changed.before, changed.after)] };
  },

  'transactions.list'(_input, ctx) {
    return { ok: true, value: { transactions: transactions(ctx.tables) } };
  },

  'payments.pending'(_input, ctx) {
    return { ok: true, value: pendingInvoices(ctx) };
  },

  'payments.applyPending'(_input, ctx) {
    return applyPending(ctx);
  },

  async 'account.cancel'(input, ctx) {
    const account = ctx.account!;
    if (account.status === 'cancelled') return failure('conflict', 'errors.account.alreadyCancelled');
    if (!(await passwordOk(ctx, input.password))) return failure('invalid_input', 'errors.invalidInput', undefined, { password: { key: 'errors.password.currentWrong' } });
    const at = ctx.now.toISOString();
    const next: Account = { ...account, status: 'cancelled', cancelledAt: at, cancelReason: input.details.trim() ? `${input.reason}: ${input.details.trim()}` : input.reason };
    const changes: Change[] = [put('account', 'account', next)];
    for (const sub of ctx.tables.subscriptions.values()) if (sub.autoRenew) changes.push(put('subscriptions', sub.id, { ...sub, autoRenew: false }));
    const email = accountEmail(ctx, ctx.actor!, 'account_cancelled');
    changes.push(put('outbox', email.id, email), auditChange(ctx, 'account.cancelled', { type: 'account', id: account.id }, { status: account.status }, { status: 'cancelled', reason: input.reason }));
    return { ok: true, value: details(next), changes, signOut: true };
  },

  async 'account.reactivate'(input, ctx) {
    const account = ctx.account!;
    if (account.status !== 'cancelled') return { ok: true, value: { outcome: 'reactivated', requestState: null } };
    if (!(await passwordOk(ctx, input.password))) return failure('invalid_input', 'errors.invalidInput', undefined, { password: { key: 'errors.password.currentWrong' } });
    const isTrial = account.trialEndsAt !== undefined && ![...ctx.tables.invoices.values()].some((i) => i.total > 0);
    if (isTrial) {
      const next: Account = { ...account, status: 'active' };
      delete next.cancelledAt;
      // Renewals resume where cancelling stopped them.
      const renewals = [...ctx.tables.subscriptions.values()].filter((sub) => !sub.autoRenew).map((sub) => put('subscriptions', sub.id, { ...sub, autoRenew: true }));
      return { ok: true, value: { outcome: 'reactivated', requestState: null }, changes: [put('account', 'account', next), ...renewals, auditChange(ctx, 'account.reactivated', { type: 'account', id: account.id }, { status: 'cancelled' }, { status: 'active' })] };
    }
    if (account.reactivation) return { ok: true, value: { outcome: 'requested', requestState: account.reactivation.state } };
    const next: Account = { ...account, reactivation: { state: 'sent', requestedAt: ctx.now.toISOString() } };
    return { ok: true, value: { outcome: 'requested', requestState: 'sent' }, changes: [put('account', 'account', next), auditChange(ctx, 'account.reactivation_requested', { type: 'account', id: account.id }, null, { state: 'sent' })] };
  },

  /** A paid account's pending request, withdrawn: the account stays cancelled, and may ask again later. */
  'account.withdrawReactivation'(_input, ctx) {
    const account = ctx.account!;
    const request = account.reactivation;
    if (account.status !== 'cancelled' || !request || request.state === 'done') return failure('conflict', 'errors.account.noReactivationRequest');
    const next: Account = { ...account };
    delete next.reactivation;
    return { ok: true, value: { done: true }, changes: [put('account', 'account', next), auditChange(ctx, 'account.reactivation_withdrawn', { type: 'account', id: account.id }, { state: request.state }, null)] };
  },
};
