/**
 * The one CSV writer: every file the app or the command line writes as CSV goes through `writeCsv`
 * (lint refuses `unparse` and hand-joined rows elsewhere: test/lint/csv.js).
 *
 * Papaparse quotes, escapes and joins; its `escapeFormulae` neutralises a cell a spreadsheet would run as
 * a formula (CSV injection) by prefixing a single quote, as OWASP advises. Its own default pattern
 * (`/^[=+\-@\t\r].*$/`) misses a formula followed by a line break (`.` stops at `\n`, so `=1+1\nx` is
 * written live), so the pattern is ours: OWASP's characters (`=`, `+`, `-`, `@`, tab, CR), line feed, and
 * their full-width forms, which some spreadsheets read as the ASCII ones. A plain decimal number
 * (`-100.65`, the amounts we write) is data, not a formula, and is left as it is.
 */
import Papa from 'papaparse';

export type CsvCell = string | number | boolean | null | undefined;

/** A cell a spreadsheet would evaluate: starts with a formula character and is not a plain number. */
export const FORMULA_CELL = /^(?![-+]?\d+(?:\.\d+)?$)[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A header row and the rows, CRLF between records (RFC 4180), no trailing line break. */
export function writeCsv(fields: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  const data = Array.from(rows, (row) => row.map((cell) => cell ?? ''));
  return Papa.unparse({ fields: [...fields], data }, { newline: '\r\n', escapeFormulae: FORMULA_CELL });
}
