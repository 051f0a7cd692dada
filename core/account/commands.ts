/** The account's billing details, pending payments, cancellation and reactivation (SPEC §3). */
import type { CommandContext, HandlerMap } from '../app/handler.ts';
import { auditChange, diff } from '../audit/record.ts';
import { addressLine } from '../audit/address-line.ts';
import { enumOf, optionalText, text } from '../audit/values.ts';
import { transactions } from '../billing/transactions.ts';
import { taxTreatment } from '../billing/tax.ts';
import { checkVatNumber, isEuCountry } from '../billing/vat-number.ts';
import { put, type Change } from '../model/changes.ts';
import type { Account } from '../model/records.ts';
import { failure, type Failure } from '../result.ts';
import { checkPassword } from '../auth/password-check.ts';
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

/** The actor's password, checked, counted and throttled like a sign-in (auth/password-check.ts). */
async function passwordOk(ctx: CommandContext, password: string): Promise<{ ok: true; changes: Change[] } | { ok: false; failure: Failure; changes: Change[] }> {
  const check = await checkPassword(ctx, ctx.actor!.email, ctx.actor, password, 'password');
  if (check.ok) return check;
  return { ok: false, failure: check.failure ?? { code: 'invalid_input', key: 'errors.invalidInput', fields: { password: { key: 'errors.password.currentWrong' } } }, changes: check.changes };
}

type Channels = 'account.billing' | 'account.updateBilling' | 'transactions.list' | 'payments.pending' | 'payments.applyPending' | 'account.cancel' | 'account.reactivate';

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
    const facts = (a: Account) => ({ name: text(a.name), billingAddress: text(addressLine(a.billingAddress)), vatNumber: optionalText(a.vatNumber) });
    const before = facts(account);
    const after = facts(next);
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
};
