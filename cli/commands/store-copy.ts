/**
 * `store copy --from <dir|postgres://…> --to <dir|postgres://…> [--dry-run]`: moves an account between
 * the local files and a PostgreSQL server (either way) through core/store/transfer. It signs no one
 * in: whoever can read the source files or database already holds the whole account.
 */
import { UsageError, type Values } from '../args.ts';
import type { Subcommand } from '../command.ts';

/** A command that runs without signing in (main.ts calls `standalone` instead of `run`). */
export interface StandaloneCommand extends Subcommand {
  standalone(values: Values, positionals: string[]): Promise<void>;
}

export const storeCopyCommand: StandaloneCommand = {
  options: { from: { type: 'string' }, to: { type: 'string' }, 'dry-run': { type: 'boolean' } },
  help: `Usage: account-admin store copy --from <folder|postgres://…> --to <folder|postgres://…> [--dry-run]

Copies the whole account from one store to another: local data folder to a PostgreSQL database
(shared by several desktops) or back. The target must be empty; the copy is one commit (all or
nothing) and the source is left as it was. --dry-run prints the records per collection and writes
nothing. No sign-in: access to the files or the database is the permission.`,
  run: async () => {
    throw new UsageError('store copy runs without a session');
  },
  async standalone(values) {
    // Loaded only now: the rest of the tool does not pay for the pg driver.
    const { storeCopy } = await import('./store-copy-run.ts');
    await storeCopy(values);
  },
};
