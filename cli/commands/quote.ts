/** `quote`: the exact price of a change (billing.preview), and `subscriptions list` to find the ids. */
import type { CommandGroup, Subcommand } from '../command.ts';
import type { InputOf, OutputOf } from '../../core/contract.ts';
import { countOption, formatOption, stringOption, UsageError, type Values } from '../args.ts';
import { periodDays } from '../../core/billing/period-days.ts';
import { dayIn, decimal, emit, periodIn, toCsv, toJson } from '../output.ts';

type CartChange = InputOf<'billing.preview'>['changes'][number];

/** The changes asked for: `--subscription <id>` with `--add-seats`/`--remove-seats`, and/or `--change '<json>'`. */
function changesOf(values: Values): CartChange[] {
  const changes: CartChange[] = [];
  const raw = values.change;
  for (const text of Array.isArray(raw) ? (raw as string[]) : []) {
    try {
      changes.push(JSON.parse(text) as CartChange);
    } catch {
      throw new UsageError(`--change is not JSON: ${text}`);
    }
  }
  const subscriptionId = stringOption(values, 'subscription');
  const add = countOption(values, 'add-seats');
  const remove = countOption(values, 'remove-seats');
  if ((add !== undefined || remove !== undefined) && !subscriptionId) throw new UsageError('--add-seats and --remove-seats need --subscription <id>');
  if (subscriptionId && add !== undefined) changes.push({ kind: 'add_seats', subscriptionId, seats: add });
  if (subscriptionId && remove !== undefined) changes.push({ kind: 'remove_seats', subscriptionId, seats: remove });
  if (!changes.length) throw new UsageError('say what to quote: --subscription <id> --add-seats <n>, or --change \'<json>\'');
  return changes;
}

export function quoteText(quote: OutputOf<'billing.preview'>, timeZone: string): string {
  const period = periodIn(timeZone);
  const money = (minor: number) => `${decimal(minor)} ${quote.currency}`;
  const lines = quote.lines.map((l) => `  ${l.kind}\t${l.productId} ${l.planId} (${l.interval})\t${l.quantity} × ${money(l.unitAmount)}\t${period(l.periodStart, l.periodEnd)}\t${money(l.amount)}`);
  return [
    'Lines:',
    ...lines,
    `Subtotal:     ${money(quote.subtotal)}`,
    `Tax (${quote.tax.kind}, ${quote.tax.rateBasisPoints / 100}%): ${money(quote.tax.amount)}`,
    `Total:        ${money(quote.total)}`,
    `Credit used:  ${money(quote.creditUsed)}`,
    `Amount due:   ${money(quote.amountDue)}`,
    ...(quote.creditToBalance ? [`To credit balance: ${money(quote.creditToBalance)}`] : []),
    '',
  ].join('\n');
}

export const quoteCommand: Subcommand = {
  options: { subscription: { type: 'string' }, 'add-seats': { type: 'string' }, 'remove-seats': { type: 'string' }, change: { type: 'string', multiple: true }, format: { type: 'string' } },
  help: `Usage: account-admin quote --subscription <id> --add-seats <n> [--format text|json]
       account-admin quote --change '<json CartChange>' [--change …] [--format text|json]

The exact quote for a change (proration, tax, credit, amount due), as the cart shows it; nothing is ordered.
CartChange kinds: add_seats, remove_seats, change_plan, change_interval, add_addon, remove_addon,
new_subscription, e.g. '{"kind":"change_interval","subscriptionId":"…","interval":"year"}'.
Subscription ids: account-admin subscriptions list. Needs permission to buy licences.`,
  async run(cli, values) {
    const format = formatOption(values, ['text', 'json'] as const);
    const quote = await cli.call('billing.preview', { changes: changesOf(values) });
    emit(values, format === 'json' ? toJson(quote) : quoteText(quote, cli.timeZone));
  },
};

export const subscriptionsCommands: CommandGroup = {
  name: 'subscriptions',
  summary: 'list subscriptions (their ids, for quote)',
  subcommands: {
    list: {
      options: { format: { type: 'string' } },
      help: `Usage: account-admin subscriptions list [--format json|csv]

The account's subscriptions: id, product, plan, interval, seats bought and assigned, the period's first
and last day included, and the day it renews on (in your time zone, as the app shows them).`,
      async run(cli, values) {
        const format = formatOption(values, ['json', 'csv'] as const);
        const { subscriptions } = await cli.call('subscriptions.list', {});
        if (format === 'json') return emit(values, toJson(subscriptions));
        const day = dayIn(cli.timeZone);
        const rows = subscriptions.map((s) => {
          const days = periodDays(s.periodStart, s.periodEnd, cli.timeZone);
          return [s.id, s.productId, s.planName, s.interval, s.seats, s.assigned, decimal(s.unitAmount), s.currency, days.first, days.last, day(s.periodEnd)];
        });
        emit(values, toCsv(['id', 'product', 'plan', 'interval', 'seats', 'assigned', 'unitAmount', 'currency', 'periodFirstDay', 'periodLastDay', 'renewsOn'], rows));
      },
    },
  },
};
