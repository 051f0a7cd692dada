/**
 * `licences import <file.csv>`: the renderer's sequence without the dialog — read the file (UTF-8, or
 * Windows-1252 when it is not UTF-8), parse it with core/imports/csv.ts, dry-run it (`imports.check`),
 * print the report, then, unless --dry-run, apply it with the check's digest (`imports.apply`).
 */
import { readFileSync } from 'node:fs';
import { parseLicenceCsv } from '../../core/imports/csv.ts';
import type { OutputOf } from '../../core/contract.ts';
import { formatOption, UsageError } from '../args.ts';
import type { Cli } from '../session.ts';
import type { Subcommand } from '../command.ts';
import { emit, toJson } from '../output.ts';

function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new UsageError(`cannot read ${file}`);
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.includes('\uFFFD') ? new TextDecoder('windows-1252').decode(bytes) : text;
}

function reportText(cli: Cli, report: OutputOf<'imports.check'>): string {
  const lines = report.rows.map((r) => `  line ${r.line}\t${r.status}\t${r.action} ${r.product} ${r.email}${r.features ? ` [${r.features}]` : ''}\t${cli.t(r.key, r.params, r.message)}`);
  const totals = Object.entries(report.totals)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${status}: ${n}`)
    .join(', ');
  const seats = report.products.map((p) => `  ${p.name}: ${p.assignedBefore} → ${p.assignedAfter} of ${p.seats} seats (+${p.assigned} −${p.removed} ~${p.updated})${p.missing ? `, ${p.missing} seat(s) missing` : ''}`);
  const holds = report.queueHolds.map((h) => `  ${h.email}: ${h.places.map((q) => `${q.name} (${q.role})`).join(', ')}`);
  const blockers = report.blockers.map((b) => `  ${cli.t(b.key, b.params, b.message)}`);
  return [
    'Rows:',
    ...lines,
    `Totals: ${totals || 'none'}`,
    ...(seats.length ? ['Seats after:', ...seats] : []),
    ...(holds.length ? [`Users in queues${report.queuesCleared ? ' (will be removed from them)' : ''}:`, ...holds] : []),
    ...(blockers.length ? ['Blockers:', ...blockers] : []),
    '',
  ].join('\n');
}

export const importCommand: Subcommand = {
  options: { 'dry-run': { type: 'boolean' }, 'also-remove-from-queues': { type: 'boolean' }, notify: { type: 'boolean' }, format: { type: 'string' } },
  help: `Usage: account-admin licences import <file.csv> [--dry-run] [--also-remove-from-queues] [--notify] [--format text|json]

Assigns and removes licences from a CSV (columns email, product, features, action), as People > Import CSV.
The file is checked first and the report printed (each row's status); with --dry-run nothing more happens.
Otherwise the rows marked ok are applied in one command, refused if the account changed since the check.
  --also-remove-from-queues  users losing Business Phone or Contact Center also leave their queues
  --notify                   email each changed user
Needs the Manage users permission.`,
  async run(cli, values, positionals) {
    const format = formatOption(values, ['text', 'json'] as const);
    const [file, ...extra] = positionals;
    if (!file || extra.length) throw new UsageError('licences import takes one file: account-admin licences import <file.csv>');
    const parsed = parseLicenceCsv(readText(file));
    if (!parsed.ok) throw new UsageError(`${file}: ${cli.t(parsed.error.key, parsed.error.params)}`);
    const alsoRemoveFromQueues = values['also-remove-from-queues'] === true;
    const report = await cli.call('imports.check', { rows: parsed.rows, alsoRemoveFromQueues });
    const dryRun = values['dry-run'] === true;
    if (format === 'text') emit(values, reportText(cli, report));
    if (dryRun) return emit(values, format === 'json' ? toJson({ dryRun, report }) : 'Dry run: nothing was changed.\n');
    const applied = await cli.call('imports.apply', { rows: parsed.rows, alsoRemoveFromQueues, notify: values.notify === true, digest: report.digest });
    emit(values, format === 'json' ? toJson({ dryRun, report, applied }) : `Applied ${applied.applied} row(s); ${applied.changedUsers} user(s) changed.\n`);
  },
};
