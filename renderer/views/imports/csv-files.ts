/** The CSV files the dialog hands out: a template to fill in, and the dry-run report. */
import { writeCsv } from '../../../core/csv/write.ts';
import { downloadFile } from '../../app/print.ts';
import type { ImportReport } from './store.ts';

/** The columns the import reads, in the order the template writes them. */
export const TEMPLATE_HEADER = ['email', 'product', 'features', 'action'];

/** The template's rows, also shown as the example in the format help. */
export const TEMPLATE_ROWS = [
  ['ana.silva@example.com', 'Remote Support', 'session_recording=on; unattended_access=off', 'assign'],
  ['ben.martin@example.com', 'Business Phone', 'call_recording=on', 'assign'],
  ['ben.martin@example.com', 'Meetings', '', 'remove'],
];

export const templateCsv = () => writeCsv(TEMPLATE_HEADER, TEMPLATE_ROWS);

export interface ReportLabels {
  headers: { line: string; email: string; product: string; features: string; action: string; status: string; message: string };
  status(status: ImportReport['rows'][number]['status']): string;
}

/** Every row of the report as the file had it, with its status and what happens, in the UI's language. */
export function reportCsv(rows: ImportReport['rows'], labels: ReportLabels): string {
  const h = labels.headers;
  return writeCsv(
    [h.line, h.email, h.product, h.features, h.action, h.status, h.message],
    rows.map((r) => [r.line, r.email, r.product, r.features, r.action, labels.status(r.status), r.message]),
  );
}

/** Hands a CSV to the user; the byte-order mark makes spreadsheet apps read it as UTF-8. */
export function downloadCsv(fileName: string, csv: string): void {
  downloadFile(fileName, `\uFEFF${csv}`, 'text/csv;charset=utf-8');
}
