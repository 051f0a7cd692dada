/** The dry-run report's parts: each row's message in the actor's language, totals per status, and its digest. */
import { translate } from '../i18n/translate.ts';
import type { Language } from '../model/records.ts';
import { IMPORT_STATUSES, type ImportReport, type ImportRow, type ImportStatus, type ReportRow } from '../schemas/imports.ts';
import type { Verdict } from './verdict.ts';

/** Report rows, translating each distinct message once (thousands of rows share a few). */
export function reportRows(rows: readonly ImportRow[], verdicts: readonly Verdict[], language: Language): ReportRow[] {
  const messages = new Map<string, string>();
  return rows.map((row, i) => {
    const { status, key, params } = verdicts[i]!;
    const id = params ? `${key}\u0000${JSON.stringify(params)}` : key;
    let message = messages.get(id);
    if (message === undefined) messages.set(id, (message = translate(language, key, params)));
    return { line: row.line, email: row.email, product: row.product, features: row.features, action: row.action, status, key, ...(params ? { params } : {}), message };
  });
}

export function totalsOf(verdicts: readonly Verdict[]): ImportReport['totals'] {
  const totals = Object.fromEntries(IMPORT_STATUSES.map((s) => [s, 0])) as Record<ImportStatus, number>;
  for (const v of verdicts) totals[v.status]++;
  return totals;
}

/**
 * What the admin saw, in 16 hex digits: every row's line, status and reason, and the queue option.
 * Two FNV-1a hashes with different seeds; it tells reports apart, it guards nothing secret.
 */
export function digestOf(verdicts: readonly Verdict[], rows: readonly ImportRow[], alsoRemoveFromQueues: boolean): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  const mix = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x01000193 + 2);
    }
  };
  mix(alsoRemoveFromQueues ? 'Q' : 'q');
  verdicts.forEach((v, i) => mix(`|${rows[i]!.line}:${v.status}:${v.key}`));
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
