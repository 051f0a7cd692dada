/**
 * `transactions export`: the Transactions view's CSV (same columns, words and number format, in the
 * chosen language), with the view's words for each detail (core/billing/transaction-words.ts).
 */
import { transactionDetail } from '../../core/billing/transaction-words.ts';
import type { OutputOf } from '../../core/contract.ts';
import { formatOption } from '../args.ts';
import type { CommandGroup } from '../command.ts';
import type { Cli } from '../session.ts';
import { dayIn, decimal, emit, toCsv, toJson } from '../output.ts';

type Transaction = OutputOf<'transactions.list'>['transactions'][number];

const detail = (cli: Cli, row: Transaction) => transactionDetail(row, (key, fallback) => cli.t(key, undefined, fallback));

export function transactionsCsv(cli: Cli, rows: Transaction[]): string {
  const columns = ['date', 'type', 'number', 'purchaseOrder', 'detail', 'status', 'amount', 'currency', 'balance'];
  const day = dayIn(cli.timeZone);
  return toCsv(
    columns.map((c) => cli.t(`ui.transactions.columns.${c}`)),
    rows.map((r) => [day(r.at), cli.t(`ui.transactions.types.${r.type}`), r.number, r.purchaseOrder, detail(cli, r), cli.t(`ui.transactions.statuses.${r.status}`), decimal(r.amount), r.currency, decimal(r.balanceAfter)]),
  );
}

export const transactionsCommands: CommandGroup = {
  name: 'transactions',
  summary: 'export transactions (CSV or JSON)',
  subcommands: {
    export: {
      options: { format: { type: 'string' }, out: { type: 'string' } },
      help: `Usage: account-admin transactions export [--format csv|json] [--out <file>]

Every invoice, credit note and payment with the running balance, as Billing > Transactions exports it.
Needs the View billing permission.`,
      async run(cli, values) {
        const format = formatOption(values, ['csv', 'json'] as const);
        const { transactions } = await cli.call('transactions.list', {});
        if (format === 'json') return emit(values, toJson(transactions), 'json');
        emit(values, transactionsCsv(cli, transactions), 'csv');
      },
    },
  },
};
