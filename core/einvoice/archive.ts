/**
 * Every e-invoice of a period in one ZIP (issue 21: "from Transactions for a chosen period"): the CII
 * XML of each invoice and credit note issued between two days of the account's calendar, both included.
 * fflate writes the archive in memory (pure JS, no I/O), so the core makes the same ZIP for the
 * desktop, the browser and the CLI.
 */
import { TZDate } from '@date-fns/tz';
import { strToU8, zipSync } from 'fflate';
import type { Tables } from '../model/changes.ts';
import type { Account, Invoice } from '../model/records.ts';
import { eInvoiceOf } from './einvoice.ts';

/** One time for every entry: the same period gives the same bytes (ZIP stores local times). */
export const ARCHIVE_MTIME = new Date(Date.UTC(2000, 0, 1));

/** More documents than anyone reconciles at once; beyond, a shorter period (the archive is built in memory). */
export const ARCHIVE_MAX_DOCUMENTS = 2000;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** The first instant of a calendar day in `timeZone`, or null for a day that does not exist. */
export function dayStart(day: string, timeZone: string): number | null {
  const m = DAY.exec(day);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new TZDate(y, mo - 1, d, timeZone);
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return null;
  return date.getTime();
}

export type ArchiveOutcome =
  | { ok: true; documents: Invoice[]; zip: Uint8Array; fileName: string }
  | { ok: false; reason: 'bad_period' | 'empty' | 'too_many'; count?: number };

export function einvoiceArchive(tables: Tables, account: Account, from: string, to: string): ArchiveOutcome {
  const start = dayStart(from, account.timeZone);
  const endDay = dayStart(to, account.timeZone);
  if (start === null || endDay === null || endDay < start) return { ok: false, reason: 'bad_period' };
  // The end is the start of the day after `to`: TZDate rolls day 32 over to the next month.
  const [y, mo, d] = to.split('-').map(Number) as [number, number, number];
  const end = new TZDate(y, mo - 1, d + 1, account.timeZone).getTime();
  const documents = [...tables.invoices.values()]
    .filter((i) => {
      const at = Date.parse(i.issuedAt);
      return at >= start && at < end;
    })
    .sort((a, b) => a.issuedAt.localeCompare(b.issuedAt) || a.number.localeCompare(b.number));
  if (!documents.length) return { ok: false, reason: 'empty' };
  if (documents.length > ARCHIVE_MAX_DOCUMENTS) return { ok: false, reason: 'too_many', count: documents.length };
  const files: Record<string, Uint8Array> = {};
  for (const invoice of documents) {
    const { xml, fileName } = eInvoiceOf(tables, invoice);
    files[fileName] = strToU8(xml);
  }
  const zip = zipSync(files, { level: 6, mtime: ARCHIVE_MTIME });
  return { ok: true, documents, zip, fileName: `e-invoices_${from}_${to}.zip` };
}
