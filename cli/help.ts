/** The tool's `--help`: the commands, the sign-in and the exit codes. */
import type { Entry } from './main.ts';

export function toolHelp(entries: readonly Entry[]): string {
  const commands = entries.flatMap((e) =>
    e.subcommands ? Object.keys(e.subcommands).map((sub) => `${e.name} ${sub}`) : [e.name],
  );
  return `Usage: account-admin <command> [options]   (npm run cli -- <command> [options])

Scripting over the same core, store and permissions as the app; every change is audited as in the app.

Commands:
${entries.map((e) => `  ${e.name.padEnd(14)}${e.summary}`).join('\n')}
  (${commands.join(', ')})
Run \`account-admin <command> [<subcommand>] --help\` for each command's options.

Options for every command:
  --email <address>   sign in as this user (or ACCOUNT_ADMIN_EMAIL); the password comes from
                      ACCOUNT_ADMIN_PASSWORD, else it is asked for without echo — never as an argument
  --data-dir <dir>    the data folder (or ACCOUNT_ADMIN_DATA_DIR; default ~/.account-admin/store)
  --store <url>       a shared account in PostgreSQL, postgres://… (or ACCOUNT_ADMIN_STORE); this
                      computer's copy of it stays in the data folder
  --lang <code>       language of messages and CSV headers (en, fr, it, de, es, pt, nl); default yours
  --seed-demo         seed the demo account when the data folder is empty (as \`npm start\` does)
  --verbose           also write what happens to the app's log (<data folder>/logs/main.log) and here
  -h, --help          this help

Exit codes: 0 done, 1 refused by the app (the reason's code is printed: forbidden, conflict,
invalid_input…), 2 usage error, 3 sign-in failed, 130 stopped by Ctrl+C (nothing written).
`;
}
