/**
 * `invoices einvoice <number> [--out file]`: the invoice's e-invoice (EN 16931, UN/CEFACT CII XML), to
 * standard output or a file; to a `.pdf` file, the invoice's PDF with the XML embedded (Factur-X).
 * A period's ZIP is written whole or not at all; with `--pdf` it says how far it is on a terminal and
 * Ctrl+C stops it between documents, writing nothing.
 */
import { writeFileSync } from 'node:fs';
import { unzipSync, zipSync } from 'fflate';
import { SaveCancelled, saveWhole } from '../../core/adapters/save-whole.ts';
import { ARCHIVE_MTIME } from '../../core/einvoice/archive.ts';
import { attachFacturX } from '../../core/einvoice/factur-x.ts';
import { invoicesOf } from '../../core/schemas/billing.ts';
import { stringOption, UsageError } from '../args.ts';
import type { Subcommand } from '../command.ts';
import { Interrupted } from '../errors.ts';
import { emit } from '../output.ts';
import { progressLine, type ProgressLine } from '../progress.ts';
import type { Cli } from '../session.ts';
import { findInvoice, printInvoice, withInvoicePrinter } from './invoices-pdf.ts';

const NOTHING_WRITTEN = 'nothing was written';

/**
 * The period's ZIP of XML (the core's) with each document's Factur-X PDF beside its XML, printed with one
 * Chromium; stops before the next document once `signal` aborts (the browser is closed on the way out).
 */
async function withPdfs(cli: Cli, archive: { zip: string; numbers: string[] }, signal: AbortSignal, progress: ProgressLine): Promise<Uint8Array> {
  const xml = unzipSync(Buffer.from(archive.zip, 'base64'));
  const invoices = invoicesOf(await cli.call('invoices.list', {}));
  const ids = new Map(invoices.map((i) => [i.number, i.id]));
  const files: Record<string, Uint8Array> = {};
  progress.update(0);
  const work = async (print: (id: string) => Promise<Uint8Array>) => {
    for (const [index, number] of archive.numbers.entries()) {
      if (signal.aborted) throw new Interrupted(NOTHING_WRITTEN);
      const id = ids.get(number)!;
      const einvoice = await cli.call('invoices.einvoice', { id });
      files[`${number}.xml`] = xml[`${number}.xml`]!;
      files[`${number}.pdf`] = await attachFacturX(await print(id), einvoice.xml, einvoice.facturX);
      progress.update(index + 1);
    }
  };
  await withInvoicePrinter(cli, work, { handleSIGINT: false });
  return zipSync(files, { level: 6, mtime: ARCHIVE_MTIME });
}

/** The period's ZIP to `file`, whole or not at all; with the PDFs, Ctrl+C stops it and nothing is written. */
async function writePeriod(cli: Cli, archive: { zip: string; numbers: string[] }, file: string, withPdf: boolean): Promise<void> {
  if (!withPdf) return saveWhole(file, Buffer.from(archive.zip, 'base64'));
  const controller = new AbortController();
  const interrupt = () => controller.abort();
  const progress = progressLine(process.stderr, 'Preparing e-invoices', archive.numbers.length);
  process.on('SIGINT', interrupt);
  try {
    await saveWhole(file, await withPdfs(cli, archive, controller.signal, progress), controller.signal);
  } catch (error) {
    throw error instanceof SaveCancelled ? new Interrupted(NOTHING_WRITTEN) : error;
  } finally {
    process.off('SIGINT', interrupt);
    progress.clear();
  }
}

export const einvoiceCommand: Subcommand = {
  options: { out: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, pdf: { type: 'boolean' } },
  help: `Usage: account-admin invoices einvoice <number> [--out <file.xml|file.pdf>]
       account-admin invoices einvoice --from <YYYY-MM-DD> --to <YYYY-MM-DD> [--pdf] [--out <file.zip>]

The e-invoice of one invoice or credit note: UN/CEFACT CII XML, EN 16931 profile (as in Factur-X),
written to standard output or to --out. With --out ending in .pdf, saves the invoice's PDF with the XML
embedded as Factur-X (needs Chromium, as \`invoices pdf\`). With --from and --to (days of the account's
calendar, both included), every invoice and credit note issued in that period, one XML each, in a ZIP
written to --out (else to e-invoices_<from>_<to>.zip); with --pdf, each document's Factur-X PDF beside
its XML (needs Chromium): at a terminal it says how far it is, and Ctrl+C stops it, writing nothing (exit
code 130). The ZIP is written whole or not at all. Needs the View billing permission.`,
  async run(cli, values, positionals) {
    const from = stringOption(values, 'from');
    const to = stringOption(values, 'to');
    if (from !== undefined || to !== undefined) {
      if (!from || !to || positionals.length) throw new UsageError('account-admin invoices einvoice --from <YYYY-MM-DD> --to <YYYY-MM-DD> [--pdf] [--out <file.zip>]');
      const archive = await cli.call('invoices.einvoiceArchive', { from, to });
      const file = stringOption(values, 'out') ?? archive.fileName;
      const withPdf = values.pdf === true;
      await writePeriod(cli, archive, file, withPdf);
      process.stderr.write(`${archive.count} e-invoices${withPdf ? ' (XML and Factur-X PDF)' : ''} written to ${file}\n`);
      return;
    }
    if (values.pdf !== undefined) throw new UsageError('--pdf goes with --from and --to; for one document, --out <file.pdf>');
    const [number, ...extra] = positionals;
    if (!number || extra.length) throw new UsageError('account-admin invoices einvoice <number> [--out <file.xml|file.pdf>]');
    const summary = await findInvoice(cli, number);
    const einvoice = await cli.call('invoices.einvoice', { id: summary.id });
    const out = stringOption(values, 'out');
    if (!out?.toLowerCase().endsWith('.pdf')) return emit(values, einvoice.xml);
    writeFileSync(out, await attachFacturX(await printInvoice(cli, summary.id), einvoice.xml, einvoice.facturX));
    process.stderr.write(`written to ${out}\n`);
  },
};
