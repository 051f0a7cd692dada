/** Writing results: JSON or CSV (core/csv/write.ts, as the app's exports) to stdout or to `--out <file>`. */
import { writeFileSync } from 'node:fs';
import { writeCsv, type CsvCell } from '../core/csv/write.ts';
import { periodDays } from '../core/billing/period-days.ts';
import { stringOption, type Values } from './args.ts';

export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** CRLF and a header row, formulae neutralised: the app's one CSV writer (core/csv/write.ts). */
export function toCsv(fields: string[], rows: CsvCell[][]): string {
  return `${writeCsv(fields, rows)}\r\n`;
}

/** To `--out <file>` when given (with a byte-order mark for CSV, as the app's downloads), else stdout. */
export function emit(values: Values, text: string, kind: 'json' | 'csv' | 'text' = 'text'): void {
  const out = stringOption(values, 'out');
  if (out) {
    writeFileSync(out, kind === 'csv' ? `\uFEFF${text}` : text);
    process.stderr.write(`written to ${out}\n`);
  } else process.stdout.write(text);
}

/** Minor units → "1234.50" (both currencies have two decimals), as the app's CSV. */
export function decimal(minor: number): string {
  return (minor / 100).toFixed(2);
}

/** An ISO instant → its day (YYYY-MM-DD) in a time zone. */
export function dayIn(timeZone: string): (iso: string) => string {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return (iso) => format.format(new Date(iso));
}

/** A [start, end) period as its first and last day included in a time zone, as the app shows it. */
export function periodIn(timeZone: string): (start: string, end: string) => string {
  return (start, end) => {
    const days = periodDays(start, end, timeZone);
    return `${days.first} → ${days.last}`;
  };
}
