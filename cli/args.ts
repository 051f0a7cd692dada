/**
 * Command-line parsing with Node's built-in `util.parseArgs`: the tool needs only flags, a few values
 * and positionals, so no argument library (no new dependency, nothing to audit, same on every Node ≥ 20).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A mistake in how the tool was called (exit code 2). */
export class UsageError extends Error {}

/** The options every command takes. */
export const GLOBAL_OPTIONS = {
  email: { type: 'string' },
  'data-dir': { type: 'string' },
  store: { type: 'string' },
  lang: { type: 'string' },
  'seed-demo': { type: 'boolean' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

export type Options = NonNullable<ParseArgsConfig['options']>;
export type Values = Record<string, string | boolean | undefined>;

export interface Parsed {
  values: Values;
  positionals: string[];
}

/** Strict parse: an unknown flag or a missing value is a UsageError, not a crash. */
export function parse(argv: readonly string[], options: Options): Parsed {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: { ...GLOBAL_OPTIONS, ...options }, allowPositionals: true, strict: true });
    return { values: values as Values, positionals };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export function stringOption(values: Values, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/** `--format json|csv` (or another list), defaulting to the first. */
export function formatOption<F extends string>(values: Values, allowed: readonly F[]): F {
  const value = stringOption(values, 'format') ?? allowed[0]!;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--format must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as F;
}

/** A positive whole number option. */
export function countOption(values: Values, name: string): number | undefined {
  const raw = stringOption(values, name);
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new UsageError(`--${name} must be a positive whole number (got "${raw}")`);
  return Number(raw);
}
