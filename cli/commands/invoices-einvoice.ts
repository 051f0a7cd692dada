/**
 * `invoices einvoice <number> [--out file]`: the invoice's e-invoice (EN 16931, UN/CEFACT CII XML), to
 * standard output or a file; to a `.pdf` file, the invoice's PDF with the XML embedded (Factur-X).
 */
import { writeFileSync } from 'node:fs';
import { attachFacturX } from '../../core/einvoice/factur-x.ts';
import { stringOption, UsageError } from '../args.ts';
import type { Subcommand } from '../command.ts';
import { emit } from '../output.ts';
import { findInvoice, printInvoice } from './invoices-pdf.ts';

export const einvoiceCommand: Subcommand = {
  options: { out: { type: 'string' } },
  help: `Usage: account-admin invoices einvoice <number> [--out <file.xml|file.pdf>]

The e-invoice of one invoice or credit note: UN/CEFACT CII XML, EN 16931 profile (as in Factur-X),
written to standard output or to --out. With --out ending in .pdf, saves the invoice's PDF with the XML
embedded as Factur-X (needs Chromium, as \`invoices pdf\`). Needs the View billing permission.`,
  async run(cli, values, positionals) {
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
