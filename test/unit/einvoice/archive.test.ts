/**
 * Every e-invoice of a period in one ZIP (core/einvoice/archive.ts): the days are the account's (Paris),
 * both included; each document's XML is the one `invoices.einvoice` gives, and passes the EN 16931
 * rules; a period backwards, a day that does not exist, an empty period and too many documents say so.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ARCHIVE_MAX_DOCUMENTS, einvoiceArchive } from '../../../core/einvoice/archive.ts';
import type { Invoice } from '../../../core/model/records.ts';
import { demoFixture } from '../../../core/testing/fixture.ts';
import { brokenRules } from '../../einvoice/validate.ts';

describe('invoices.einvoiceArchive', () => {
  it('holds exactly the documents issued between the two days of the account’s calendar, each as its e-invoice', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const all = [...f.store.tables.invoices.values()].sort((a, b) => a.issuedAt.localeCompare(b.issuedAt));
    // A document issued on 1 December 2025 at 00:00 in Paris: 30 November 23:00 UTC.
    const edge = all.find((i) => i.issuedAt === '2025-11-30T23:00:00.000Z');
    expect(edge).toBeDefined();
    const inDecember = all.filter((i) => i.issuedAt >= '2025-11-30T23:00:00.000Z' && i.issuedAt < '2025-12-31T23:00:00.000Z');
    const result = await f.call(s, 'invoices.einvoiceArchive', { from: '2025-12-01', to: '2025-12-31' });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.fileName).toBe('e-invoices_2025-12-01_2025-12-31.zip');
    expect(result.value.numbers).toEqual(inDecember.map((i) => i.number));
    const files = unzipSync(Buffer.from(result.value.zip, 'base64'));
    expect(Object.keys(files)).toEqual(inDecember.map((i) => `${i.number}.xml`));
    const one = await f.call(s, 'invoices.einvoice', { id: edge!.id });
    expect(one.ok && strFromU8(files[`${edge!.number}.xml`]!)).toBe(one.ok ? one.value.xml : '');
    expect(brokenRules(strFromU8(files[`${edge!.number}.xml`]!))).toEqual([]);

    const november = await f.call(s, 'invoices.einvoiceArchive', { from: '2025-11-01', to: '2025-11-30' });
    expect(november.ok && november.value.numbers.includes(edge!.number)).toBe(false);
  });

  it('says why when it cannot: a period backwards or a day that does not exist, nothing issued, too many documents', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    for (const period of [{ from: '2026-02-01', to: '2026-01-01' }, { from: '2026-02-30', to: '2026-03-01' }, { from: '1 Jan', to: '2026-03-01' }]) {
      const result = await f.call(s, 'invoices.einvoiceArchive', period);
      expect(!result.ok && [result.error.code, result.error.key]).toEqual(['invalid_input', 'errors.einvoice.badPeriod']);
    }
    const empty = await f.call(s, 'invoices.einvoiceArchive', { from: '2001-01-01', to: '2001-12-31' });
    expect(!empty.ok && empty.error.key).toBe('errors.einvoice.noneInPeriod');

    const sample = [...f.store.tables.invoices.values()][0]!;
    const many = new Map<string, Invoice>();
    for (let i = 0; i <= ARCHIVE_MAX_DOCUMENTS; i++) many.set(`inv_${i}`, { ...sample, id: `inv_${i}`, number: `INV-2026-${String(i).padStart(6, '0')}`, issuedAt: '2026-03-01T10:00:00.000Z' });
    const tooMany = einvoiceArchive({ ...f.store.tables, invoices: many }, f.store.tables.account.get('account')!, '2026-03-01', '2026-03-01');
    expect(tooMany).toEqual({ ok: false, reason: 'too_many', count: ARCHIVE_MAX_DOCUMENTS + 1 });
  });

  it('is for billing viewers only', async () => {
    const f = await demoFixture();
    const tom = await f.signIn('Tom');
    const refused = await f.call(tom, 'invoices.einvoiceArchive', { from: '2025-01-01', to: '2026-12-31' });
    expect(!refused.ok && refused.error.code).toBe('forbidden');
  });
});
