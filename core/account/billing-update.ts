/**
 * Saving the billing details (SPEC §3): the address follows its country (which fields it has, a state or
 * province where one is part of the address, the postcode's format), the VAT number exists only in the
 * EU, and a change that alters the tax treatment is saved only once confirmed.
 */
import type { CommandContext, HandlerOutcome } from '../app/handler.ts';
import { auditChange, diff } from '../audit/record.ts';
import { addressLine } from '../audit/address-line.ts';
import { optionalText, text } from '../audit/values.ts';
import { checkVatNumber, isEuCountry } from '../billing/vat-number.ts';
import { put } from '../model/changes.ts';
import type { Account } from '../model/records.ts';
import { failure } from '../result.ts';
import type { ParsedInputOf } from '../contract.ts';
import type { TaxChange } from '../schemas/account.ts';
import type { FieldErrors } from '../users/rules.ts';
import { addressFormat, findRegion } from './address-format.ts';
import { normalizePostcode, postcodeFits, postcodeRule } from './postcodes.ts';
import { taxChanges } from './tax-change.ts';

type Input = ParsedInputOf<'account.updateBilling'>;
type Address = Account['billingAddress'];

/** The address as it will be kept, or the errors per field. */
export function checkAddress(a: Input['billingAddress']): { ok: true; address: Address } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const country = a.country.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) return { ok: false, errors: { 'billingAddress.country': { key: 'errors.address.country' } } };
  const format = addressFormat(country);
  for (const field of ['line1', 'city'] as const) if (!a[field].trim()) errors[`billingAddress.${field}`] = { key: 'errors.field.required' };
  const address: Address = { line1: a.line1.trim(), city: a.city.trim(), postalCode: '', country };
  if (a.line2?.trim()) address.line2 = a.line2.trim();
  if (format.postcode) {
    const postcode = normalizePostcode(a.postalCode);
    const example = postcodeRule(country)?.example;
    if (!postcode) errors['billingAddress.postalCode'] = { key: 'errors.field.required' };
    else if (!postcodeFits(country, postcode)) errors['billingAddress.postalCode'] = example ? { key: 'errors.address.postcodeFormat', params: { example } } : { key: 'errors.address.postcode' };
    address.postalCode = postcode;
  }
  const region = a.region?.trim() ?? '';
  if (format.region?.required) {
    const found = region ? findRegion(country, region) : null;
    if (!region) errors['billingAddress.region'] = { key: `errors.address.${format.region.kind}Required` };
    else if (!found) errors['billingAddress.region'] = { key: `errors.address.${format.region.kind}Unknown` };
    else address.region = found.key;
  } else if (format.region && region) address.region = region;
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, address };
}

export function updateBilling(input: Input, ctx: CommandContext): HandlerOutcome<{ outcome: 'saved'; account: Account } | { outcome: 'needs_confirmation'; changes: TaxChange[] }> {
  const account = ctx.account!;
  const checked = checkAddress(input.billingAddress);
  const errors: FieldErrors = checked.ok ? {} : { ...checked.errors };
  if (!input.name.trim()) errors.name = { key: 'errors.field.required' };
  const country = input.billingAddress.country.trim().toUpperCase();
  let vatNumber: string | undefined;
  const rawVat = input.vatNumber?.trim() ?? '';
  if (rawVat && isEuCountry(country)) {
    const check = checkVatNumber(country, rawVat);
    if (check.ok) vatNumber = check.normalized;
    else errors.vatNumber = { key: `errors.vat.${check.reason}` };
  }
  if (!checked.ok || Object.keys(errors).length) return failure('invalid_input', 'errors.invalidInput', undefined, errors);
  const next: Account = { ...account, name: input.name.trim(), billingAddress: checked.address, vatNumber };
  const facts = (a: Account) => ({ name: text(a.name), billingAddress: text(addressLine(a.billingAddress)), vatNumber: optionalText(a.vatNumber) });
  const before = facts(account);
  const after = facts(next);
  const changed = diff(before, after);
  if (!Object.keys(changed.after).length) return { ok: true, value: { outcome: 'saved', account } };
  const tax = taxChanges({ country: account.billingAddress.country, vatNumber: account.vatNumber }, { country: next.billingAddress.country, vatNumber: next.vatNumber });
  if (tax.changes.length && input.confirm !== true) return { ok: true, value: { outcome: 'needs_confirmation', changes: tax.changes } };
  // Issued invoices keep the details they were issued with: only the account record changes.
  return { ok: true, value: { outcome: 'saved', account: next }, changes: [put('account', 'account', next), auditChange(ctx, 'account.billing_details.updated', { type: 'account', id: account.id }, changed.before, changed.after)] };
}
