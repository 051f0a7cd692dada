/** What a command group gives the entry point: its name, its help, and how to run it. */
import type { Options, Values } from './args.ts';
import type { Cli } from './session.ts';

export interface Subcommand {
  /** Flags beyond the global ones (--email, --data-dir, --lang, --seed-demo, --help). */
  options: Options;
  /** `--help` text: usage line first. */
  help: string;
  run(cli: Cli, values: Values, positionals: string[]): Promise<void>;
}

export interface CommandGroup {
  name: string;
  summary: string;
  subcommands: Record<string, Subcommand>;
}
