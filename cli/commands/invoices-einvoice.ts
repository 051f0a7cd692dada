/**
 * `invoices einvoice <number> [--out file]`: the invoice's e-invoice (EN 16931, UN/CEFACT CII XML), to
 * standard output or a file; to a `.pdf` file, the invoice's PDF with the XML embedded (Factur-X).
 */
import { writeFileSync } from 'node:fs';
import { unzipSync, zipSync } from 'fflate';
import { ARCHIVE_MTIME } from '../../core/einvoice/archive.ts';
import { attachFacturX } from '../../core/einvoice/factur-x.ts';
import { stringOption, UsageError } from '../args.ts';
import type { Subcommand } from '../command.ts';
import { emit } from '../output.ts';
import type { Cli } from '../session.ts';
import { findInvoice, printInvoice, withInvoicePrinter } from './invoices-pdf.ts';

/** The period's ZIP of XML (the core's) with each document's Factur-X PDF beside its XML, printed with one Chromium. */
async function withPdfs(cli: Cli, archive: { zip: string; numbers: string[] }): Promise<Uint8Array> {
  const xml = unzipSync(Buffer.from(archive.zip, 'base64'));
  const { invoices } = await cli.call('invoices.list', {});
  const ids = new Map(invoices.map((i) => [i.number, i.id]));
  const files: Record<string, Uint8Array> = {};
  await withInvoicePrinter(cli, async (print) => {
    for (const number of archive.numbers) {
      const id = ids.get(number)!;
      const einvoice = await cli.call('invoices.einvoice', { id });
      files[`${number}.xml`] = xml[`${number}.xml`]!;
      files[`${number}.pdf`] = await attachFacturX(await print(id), einvoice.xml, einvoice.facturX);
    }
  });
  return zipSync(files, { level: 6, mtime: ARCHIVE_MTIME });
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
its XML (needs Chromium). Needs the View billing permission.`,
  async run(cli, values, positionals) {
    const from = stringOption(values, 'from');
    const to = stringOption(values, 'to');
    if (from !== undefined || to !== undefined) {
      if (!from || !to || positionals.length) throw new UsageError('account-admin invoices einvoice --from <YYYY-MM-DD> --to <YYYY-MM-DD> [--pdf] [--out <file.zip>]');
      const archive = await cli.call('invoices.einvoiceArchive', { from, to });
      const file = stringOption(values, 'out') ?? archive.fileName;
      const withPdf = values.pdf === true;
      writeFileSync(file, withPdf ? await withPdfs(cli, archive) : Buffer.from(archive.zip, 'base64'));
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
