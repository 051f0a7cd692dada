/** Licence CSV rows for the import tests: demo people's emails, files written as lines of cells. */
import type { ImportReport, ImportRow } from '../schemas/imports.ts';
import { parseLicenceCsv } from '../imports/csv.ts';
import { DEMO_PEOPLE, demoEmail } from '../seed/demo-people.ts';
import type { Fixture } from './fixture.ts';

type Session = Awaited<ReturnType<Fixture['signIn']>>;

export const emailOf = (first: string) => demoEmail(DEMO_PEOPLE.find((p) => p.first === first)!);

/** The rows of a `;`-separated file (CRLF) written as [email, product, features, action] lines. */
export function rowsOf(lines: readonly (readonly string[])[]): ImportRow[] {
  const parsed = parseLicenceCsv(['email;product;features;action', ...lines.map((l) => l.join(';'))].join('\r\n'));
  if (!parsed.ok) throw new Error(parsed.error.key);
  return parsed.rows;
}

/** imports.check, expected to answer. */
export async function checkRows(f: Fixture, s: Session, rows: ImportRow[], alsoRemoveFromQueues = false): Promise<ImportReport> {
  const result = await f.call(s, 'imports.check', { rows, alsoRemoveFromQueues });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
