/**
 * Every CSV the app hands out (People's export, transactions, the import's template and report), with a
 * hostile value in every text a user or a file can put there: no cell reaches a spreadsheet as a live
 * formula. The command line's exports have the same test in test/cli/csv-exports.test.ts.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { auditCsv } from '../views/activity/audit-csv.ts';
import type { AuditRow } from '../views/activity/store.ts';
import { usersCsv } from '../views/people/export-users.ts';
import { holdersCsv } from '../views/products/holders-csv.ts';
import type { UserRow } from '../views/people/store.ts';
import { reportCsv, templateCsv } from '../views/imports/csv-files.ts';
import type { ImportReport } from '../views/imports/store.ts';
import { toCsv as transactionsCsv } from '../views/transactions/csv.ts';
import type { Transaction } from '../views/transactions/store.ts';

const HOSTILE = ['=HYPERLINK("http://x","click")', "+cmd|' /C calc'!A0", '@SUM(1)', '-2+3', '\t=1+1', '\r=1+1', '=1+1\nsecond line', '＝1+1'];
/** What a spreadsheet evaluates: a formula character first, unless the whole cell is a plain number. */
const LIVE = /^(?![-+]?\d+(?:\.\d+)?$)[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

function cells(csv: string): string[][] {
  const parsed = Papa.parse<string[]>(csv, { newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

function expectInert(csv: string, hostile: string): void {
  const all = cells(csv).flat();
  expect(all.filter((c) => LIVE.test(c))).toEqual([]);
  // The value is kept, behind the quote a spreadsheet shows as text.
  expect(all).toContain(`'${hostile}`);
}

const user = (text: string): UserRow => ({ id: 'u1', email: text, firstName: text, lastName: text, role: 'user', customRoleName: text, billingContact: false, status: 'active', products: ['meetings'], updatedAt: '2026-01-01T00:00:00Z' });
const tx = (text: string): Transaction => ({ id: 't1', type: 'payment', at: '2026-03-01T10:00:00Z', number: text, invoiceId: 'i1', amount: -10065, attempted: null, currency: 'EUR', status: 'succeeded', detail: text, purchaseOrder: text, balanceAfter: -250 });
const reportRow = (text: string): ImportReport['rows'][number] => ({ line: 2, email: text, product: text, features: text, action: text, status: 'malformed', key: 'k', message: text });

const auditRow = (text: string): AuditRow => ({ id: 'a1', at: '2026-03-01T10:00:00Z', actorId: 'u1', actorName: text, action: 'user.details.updated', targetType: 'user', targetId: 'u1', targetLabel: text, before: { firstName: { kind: 'text', text: 'Ann' } }, after: { firstName: { kind: 'text', text } } });
const auditLabels = (text: string) => ({ headers: { when: 'w', who: text, action: 'a', target: 't', field: 'f', before: 'b', after: 'a' }, when: () => '2026-03-01', actor: () => text, action: () => text, targetType: () => 'User', field: () => text, value: (v: { kind: string; text?: string } | null) => v?.text ?? '' });

const exports: [string, (text: string) => string][] = [
  ['Activity > Export CSV', (text) => auditCsv([auditRow(text)], auditLabels(text) as never)],
  ['People > Export CSV', (text) => usersCsv([user(text)], { headers: { firstName: text, lastName: 'l', email: 'e', role: 'r', status: 's', billingContact: 'b', products: 'p' }, role: (u) => u.customRoleName ?? u.role, status: () => text, product: () => text, yes: text, no: text })],
  ['Billing > Transactions > Export CSV', (text) => transactionsCsv([tx(text)], { headers: { date: 'd', type: text, number: 'n', purchaseOrder: 'p', detail: 'x', status: 's', amount: 'a', currency: 'c', balance: 'b' }, type: () => text, status: () => text, detail: (r) => r.detail }, () => '2026-03-01')],
  // A group's name is the admin's text too: it reaches the "Held" column as "via <group>".
  ['Products > Who holds it > Export CSV', (text) => holdersCsv([{ userId: 'u1', name: text, email: text, direct: false, via: [{ id: 'g1', name: text }], features: {} }], { headers: { name: text, email: 'e', held: 'h' }, held: (h) => h.via.map((g) => g.name).join(' · ') })],
  ['People > Import CSV > Download report', (text) => reportCsv([reportRow(text)], { headers: { line: 'l', email: text, product: 'p', features: 'f', action: 'a', status: 's', message: 'm' }, status: () => text })],
];

describe('every CSV the app writes neutralises formulae', () => {
  it.each(exports.flatMap(([name, write]) => HOSTILE.map((hostile) => [name, hostile, write] as const)))('%s with %j', (_name, hostile, write) => {
    expectInert(write(hostile), hostile);
  });

  it('keeps amounts as plain numbers, negative ones too', () => {
    const [, row] = cells(transactionsCsv([tx('INV-1')], { headers: { date: 'd', type: 't', number: 'n', purchaseOrder: 'p', detail: 'x', status: 's', amount: 'a', currency: 'c', balance: 'b' }, type: () => 'Payment', status: () => 'Succeeded', detail: (r) => r.detail }, () => '2026-03-01'));
    expect(row).toEqual(['2026-03-01', 'Payment', 'INV-1', 'INV-1', 'INV-1', 'Succeeded', '-100.65', 'EUR', '-2.50']);
  });

  it('the import template has no formula either', () => {
    expect(cells(templateCsv()).flat().filter((c) => LIVE.test(c))).toEqual([]);
  });
});
