/**
 * `account-admin`: the command-line tool. Reads the command, signs in, runs it through the core's
 * dispatch (same permissions, validation and audit as the app) and maps the outcome to an exit code.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, UsageError } from './args.ts';
import type { CommandGroup, Subcommand } from './command.ts';
import { invoicesCommands } from './commands/invoices.ts';
import { licencesCommands } from './commands/licences.ts';
import { quoteCommand, subscriptionsCommands } from './commands/quote.ts';
import { transactionsCommands } from './commands/transactions.ts';
import { usersCommands } from './commands/users.ts';
import { groupsCommands } from './commands/groups.ts';
import { queuesCommands } from './commands/queues.ts';
import { storeCopyCommand, type StandaloneCommand } from './commands/store-copy.ts';
import { toolHelp } from './help.ts';
import { Interrupted, Refused, SignInFailed } from './errors.ts';

export const EXIT = { ok: 0, refused: 1, usage: 2, signIn: 3, interrupted: 130 } as const;

/** A top-level command: a group of subcommands, or one command (`quote`). */
export type Entry = { name: string; summary: string; subcommands?: CommandGroup['subcommands']; command?: Subcommand };

export const ENTRIES: Entry[] = [
  usersCommands,
  groupsCommands,
  queuesCommands,
  licencesCommands,
  { name: 'quote', summary: 'quote a change (seats, plan, interval, add-ons) without ordering', command: quoteCommand },
  subscriptionsCommands,
  invoicesCommands,
  transactionsCommands,
  { name: 'store', summary: 'copy the account between local files and a PostgreSQL server', subcommands: { copy: storeCopyCommand } },
];

function resolve(argv: string[]): { command?: Subcommand; rest: string[]; help?: string } {
  const [name, sub, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') return { rest: [], help: toolHelp(ENTRIES) };
  const entry = ENTRIES.find((e) => e.name === name);
  if (!entry) throw new UsageError(`unknown command "${name}" (account-admin --help lists them)`);
  if (entry.command) return { command: entry.command, rest: argv.slice(1) };
  const subs = entry.subcommands!;
  const names = Object.keys(subs).join('|');
  if (!sub || sub === '--help' || sub === '-h') return { rest: [], help: `Usage: account-admin ${name} ${names} [options]\n\n${entry.summary}.\nRun \`account-admin ${name} <${names}> --help\` for details.\n` };
  const command = subs[sub];
  if (!command) throw new UsageError(`unknown command "${name} ${sub}" (try: account-admin ${name} ${names})`);
  return { command, rest };
}

export async function main(argv: string[]): Promise<number> {
  try {
    const { command, rest, help } = resolve(argv);
    if (help !== undefined) {
      process.stdout.write(help);
      return EXIT.ok;
    }
    const { values, positionals } = parse(rest, command!.options);
    if (values.help) {
      process.stdout.write(`${command!.help}\n\nAlso: --email, --data-dir, --lang, --seed-demo (account-admin --help).\n`);
      return EXIT.ok;
    }
    const standalone = (command as Partial<StandaloneCommand>).standalone;
    if (standalone) {
      await standalone(values, positionals);
      return EXIT.ok;
    }
    // The core is loaded only now: help and usage errors answer without it.
    const { withSession } = await import('./session.ts');
    await withSession(values, (cli) => command!.run(cli, values, positionals));
    return EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`account-admin: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof SignInFailed) {
      process.stderr.write(`account-admin: sign-in failed: ${error.message}\n`);
      return EXIT.signIn;
    }
    if (error instanceof Interrupted) {
      process.stderr.write(`account-admin: interrupted: ${error.message}\n`);
      return EXIT.interrupted;
    }
    if (error instanceof Refused) {
      const fields = Object.entries(error.error.fields ?? {}).map(([name, f]) => `\n  ${name}: ${f.message}`);
      process.stderr.write(`account-admin: ${error.error.code}: ${error.error.message}${fields.join('')}\n`);
      return EXIT.refused;
    }
    throw error;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
