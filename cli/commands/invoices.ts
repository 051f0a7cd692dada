/** `invoices list|export|pdf`: the account's invoices and credit notes (needs View billing). */
import { formatOption } from '../args.ts';
import type { CommandGroup } from '../command.ts';
import { dayIn, decimal, emit, toCsv, toJson } from '../output.ts';
import type { Cli } from '../session.ts';
import { einvoiceCommand } from './invoices-einvoice.ts';
import { pdfCommand } from './invoices-pdf.ts';
import { invoicesOf, type InvoiceSummary } from '../../core/schemas/billing.ts';

type Invoice = InvoiceSummary;

function invoicesCsv(cli: Cli, invoices: Invoice[]): string {
  const day = dayIn(cli.timeZone);
  return toCsv(
    ['number', 'kind', 'source', 'issued', 'total', 'amountDue', 'currency', 'status'],
    invoices.map((i) => [i.number, i.kind, i.source, day(i.issuedAt), decimal(i.total), decimal(i.amountDue), i.currency, i.status]),
  );
}

const listHelp = (verb: string, formats: string) => `Usage: account-admin invoices ${verb} [--format ${formats}] [--out <file>]

Every invoice and credit note: number, kind, source, issue date, total, amount due, currency, status.
Amounts are decimals with a dot; dates are days in your time zone. Needs the View billing permission.`;

export const invoicesCommands: CommandGroup = {
  name: 'invoices',
  summary: 'list or export invoices (JSON or CSV); save one as PDF or as an e-invoice (XML, Factur-X)',
  subcommands: {
    list: {
      options: { format: { type: 'string' }, out: { type: 'string' } },
      help: listHelp('list', 'json|csv'),
      async run(cli, values) {
        const format = formatOption(values, ['json', 'csv'] as const);
        const invoices = invoicesOf(await cli.call('invoices.list', {}));
        emit(values, format === 'json' ? toJson(invoices) : invoicesCsv(cli, invoices), format);
      },
    },
    export: {
      options: { format: { type: 'string' }, out: { type: 'string' } },
      help: listHelp('export', 'csv|json'),
      async run(cli, values) {
        const format = formatOption(values, ['csv', 'json'] as const);
        const invoices = invoicesOf(await cli.call('invoices.list', {}));
        emit(values, format === 'json' ? toJson(invoices) : invoicesCsv(cli, invoices), format);
      },
    },
    pdf: pdfCommand,
    einvoice: einvoiceCommand,
  },
};
