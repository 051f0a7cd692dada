/**
 * What every invoice carries and who else receives it (issue: finance-ready billing):
 * - a purchase-order number per order, defaulting to the account's (renewals carry the account's), and a
 *   free note per order, both on the invoice, its PDF, its CSV line and its e-invoice (BT-13, BT-22);
 * - extra recipients (accounting@…), each with a language, who receive every invoice, credit note and
 *   payment receipt by email. Billing contacts manage them; the outbox shows what they were sent.
 */
import { z } from 'zod';
import type { CommandContext, HandlerMap } from '../app/handler.ts';
import { auditChange, diff } from '../audit/record.ts';
import { optionalText, text } from '../audit/values.ts';
import { formatDate, formatMoney } from '../i18n/format.ts';
import { translate } from '../i18n/translate.ts';
import { put, type Change } from '../model/changes.ts';
import type { Account, Invoice, InvoiceRecipient, InvoiceSettings, Language, OutboxEmail, Payment } from '../model/records.ts';
import { failure } from '../result.ts';
import type { FieldErrors } from '../users/rules.ts';
import { DEFAULT_REMINDER_DAYS, REMINDER_DAY_CHOICES, reminderDays } from './reminders.ts';

/** EN 16931 sets no length for BT-13; buyers' systems (Chorus Pro's "engagement juridique": 50) do. */
export const PURCHASE_ORDER_MAX = 50;
export const NOTE_MAX = 500;
export const RECIPIENTS_MAX = 5;

// Control characters (a line break is allowed in a note only) and the bidirectional overrides that
// could make a printed reference read other than it is.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
const NOTE_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
const emailFormat = z.email();

/** A purchase-order number as kept (trimmed; empty = none), or the error for `field`. */
export function checkPurchaseOrder(raw: string | undefined, field = 'purchaseOrder'): { ok: true; value: string | undefined } | { ok: false; errors: FieldErrors } {
  const value = (raw ?? '').trim();
  if (!value) return { ok: true, value: undefined };
  if (value.length > PURCHASE_ORDER_MAX) return { ok: false, errors: { [field]: { key: 'errors.invoiceSettings.purchaseOrderTooLong', params: { max: PURCHASE_ORDER_MAX } } } };
  if (CONTROL.test(value)) return { ok: false, errors: { [field]: { key: 'errors.invoiceSettings.purchaseOrderInvalid' } } };
  return { ok: true, value };
}

/** A note as kept (trimmed, line breaks as \n; empty = none), or the error. */
export function checkNote(raw: string | undefined): { ok: true; value: string | undefined } | { ok: false; errors: FieldErrors } {
  const value = (raw ?? '').replace(/\r\n?/gu, '\n').trim();
  if (!value) return { ok: true, value: undefined };
  if (value.length > NOTE_MAX) return { ok: false, errors: { note: { key: 'errors.invoiceSettings.noteTooLong', params: { max: NOTE_MAX } } } };
  if (NOTE_CONTROL.test(value)) return { ok: false, errors: { note: { key: 'errors.invoiceSettings.noteInvalid' } } };
  return { ok: true, value };
}

export function settingsOf(account: Account): InvoiceSettings {
  return account.invoiceSettings ?? { recipients: [] };
}

export function settingsView(account: Account) {
  const settings = settingsOf(account);
  return {
    purchaseOrder: settings.purchaseOrder ?? '',
    recipients: settings.recipients,
    limits: { purchaseOrder: PURCHASE_ORDER_MAX, note: NOTE_MAX, recipients: RECIPIENTS_MAX },
    reminderDays: [...reminderDays(account)],
    reminderChoices: [...REMINDER_DAY_CHOICES],
  };
}

/** Reminder days as kept: each one of the choices, once, nearest last (30, 7, 1). None is a choice too. */
function checkReminderDays(days: readonly number[]): { ok: true; value: number[] } | { ok: false; errors: FieldErrors } {
  if (days.some((d) => !REMINDER_DAY_CHOICES.includes(d))) return { ok: false, errors: { reminderDays: { key: 'errors.invoiceSettings.reminderDays' } } };
  return { ok: true, value: [...new Set(days)].sort((a, b) => b - a) };
}

function checkRecipients(list: readonly { email: string; language: Language }[]): { ok: true; value: InvoiceRecipient[] } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const seen = new Set<string>();
  const value: InvoiceRecipient[] = [];
  if (list.length > RECIPIENTS_MAX) return { ok: false, errors: { recipients: { key: 'errors.invoiceSettings.tooManyRecipients', params: { max: RECIPIENTS_MAX } } } };
  list.forEach((r, i) => {
    const email = r.email.trim();
    const field = `recipients.${i}.email`;
    if (!email) errors[field] = { key: 'errors.field.required' };
    else if (!emailFormat.safeParse(email).success) errors[field] = { key: 'errors.email.invalid' };
    else if (seen.has(email.toLowerCase())) errors[field] = { key: 'errors.invoiceSettings.duplicateRecipient' };
    seen.add(email.toLowerCase());
    value.push({ email, language: r.language });
  });
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value };
}

/** "accounting@example.com (Français)" per recipient, for the audit log. */
function recipientsLine(list: readonly InvoiceRecipient[]): string {
  return list.map((r) => `${r.email} (${r.language})`).join(', ');
}

export const invoiceSettingsHandlers: HandlerMap<'account.invoiceSettings' | 'account.updateInvoiceSettings'> = {
  'account.invoiceSettings'(_input, ctx) {
    return { ok: true, value: settingsView(ctx.account!) };
  },

  'account.updateInvoiceSettings'(input, ctx) {
    const account = ctx.account!;
    const po = checkPurchaseOrder(input.purchaseOrder);
    const recipients = checkRecipients(input.recipients);
    const days = checkReminderDays(input.reminderDays ?? reminderDays(account));
    const errors = { ...(po.ok ? {} : po.errors), ...(recipients.ok ? {} : recipients.errors), ...(days.ok ? {} : days.errors) };
    if (!po.ok || !recipients.ok || !days.ok) return failure('invalid_input', 'errors.invalidInput', undefined, errors);
    const next: InvoiceSettings = { ...(po.value ? { purchaseOrder: po.value } : {}), recipients: recipients.value, reminderDays: days.value };
    const facts = (s: InvoiceSettings) => ({
      purchaseOrder: optionalText(s.purchaseOrder),
      recipients: s.recipients.length ? text(recipientsLine(s.recipients)) : null,
      reminderDays: (s.reminderDays ?? DEFAULT_REMINDER_DAYS).length ? text((s.reminderDays ?? DEFAULT_REMINDER_DAYS).join(', ')) : null,
    });
    const changed = diff(facts(settingsOf(account)), facts(next));
    if (!Object.keys(changed.after).length) return { ok: true, value: settingsView(account) };
    const updated: Account = { ...account, invoiceSettings: next };
    return {
      ok: true,
      value: settingsView(updated),
      changes: [put('account', 'account', updated), auditChange(ctx, 'account.invoice_settings.updated', { type: 'account', id: account.id }, changed.before, changed.after)],
    };
  },
};

type Ctx = Pick<CommandContext, 'now' | 'ports' | 'tables'>;

function recipientEmail(ctx: Ctx, to: InvoiceRecipient, template: 'invoice_issued' | 'payment_receipt', key: string, params: Record<string, string>): OutboxEmail {
  const account = ctx.tables.account.get('account');
  const all = { account: account?.name ?? '', ...params };
  return {
    id: ctx.ports.ids.next('eml'),
    at: ctx.now.toISOString(),
    to: to.email,
    userId: null,
    template,
    language: to.language,
    subject: translate(to.language, `${key}.subject`, all),
    body: translate(to.language, `${key}.body`, all),
  };
}

function documentParams(invoice: Invoice, language: Language, timeZone: string): Record<string, string> {
  const credit = invoice.kind === 'credit_note';
  const money = (minor: number) => formatMoney(minor, invoice.currency, language);
  const state = credit
    ? translate(language, 'email.invoiceIssued.credited', { amount: money(-invoice.total) })
    : invoice.amountDue > 0
      ? translate(language, 'email.invoiceIssued.due', { amount: money(invoice.amountDue) })
      : translate(language, 'email.invoiceIssued.paid');
  const po = invoice.purchaseOrder ? `\n${translate(language, 'email.invoiceIssued.purchaseOrder', { purchaseOrder: invoice.purchaseOrder })}` : '';
  return {
    document: translate(language, credit ? 'email.invoiceIssued.creditNote' : 'email.invoiceIssued.invoice'),
    number: invoice.number,
    date: formatDate(invoice.issuedAt, language, timeZone),
    total: money(credit ? -invoice.total : invoice.total),
    state,
    purchaseOrder: po,
  };
}

/** One email per extra recipient for a document just issued (an invoice or a credit note). */
export function documentEmails(ctx: Ctx, invoice: Invoice): Change[] {
  const account = ctx.tables.account.get('account');
  if (!account) return [];
  return settingsOf(account).recipients.map((r) => {
    const mail = recipientEmail(ctx, r, 'invoice_issued', invoice.kind === 'credit_note' ? 'email.creditNoteIssued' : 'email.invoiceIssued', documentParams(invoice, r.language, account.timeZone));
    return put('outbox', mail.id, mail);
  });
}

/** One receipt per extra recipient for payments that settled documents issued earlier. */
export function receiptEmails(ctx: Ctx, payments: readonly Payment[]): Change[] {
  const account = ctx.tables.account.get('account');
  if (!account || !payments.length) return [];
  const total = payments.reduce((sum, p) => sum + p.amount, 0);
  const numbers = payments.map((p) => ctx.tables.invoices.get(p.invoiceId)?.number ?? '').filter(Boolean);
  return settingsOf(account).recipients.map((r) => {
    const mail = recipientEmail(ctx, r, 'payment_receipt', 'email.paymentReceipt', {
      amount: formatMoney(total, payments[0]!.currency, r.language),
      invoices: numbers.join(', '),
      method: payments[0]!.method,
      date: formatDate(payments[0]!.at, r.language, account.timeZone),
    });
    return put('outbox', mail.id, mail);
  });
}

