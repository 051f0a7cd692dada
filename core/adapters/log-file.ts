/**
 * The app's log files: the desktop's main process, the core inside it and the CLI (`--verbose`) write to
 * the app's logs folder through electron-log, rotated at 1 MB (the previous file is kept as `.old.log`).
 * electron-log's Node entry, not its Electron one: the same files and rotation in the main process and
 * in the CLI, and testable without Electron; the folder is Electron's `logs` path, passed in.
 *
 * Nothing secret reaches a file: every message goes through `redact` first (passwords, codes, tokens,
 * card numbers, a database address's password), whatever a caller hands over.
 */
import path from 'node:path';
import log from 'electron-log/node';

export const LOG_FILE = 'main.log';

/** The logs folder: `logs` in the data folder, for the desktop, browser mode and the CLI alike. */
export const logsDir = (dataDir: string) => path.join(dataDir, 'logs');
export const MAX_LOG_BYTES = 1024 * 1024;
const REDACTED = '[redacted]';

/** Keys whose values are secrets, in any object that is logged. */
const SECRET_KEY = /pass(word|phrase)?|secret|token|code|otp|totp|cvc|cvv|pan$|card.?number|^number$|authori[sz]ation|cookie|recovery|challenge|sealed|data.?key|key.?grouped/i;

/** Luhn's check: a run of 13–19 digits that passes it is taken for a card number. */
function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Whether some 13–19 digits in a row pass Luhn's check (a card number next to other digits too). */
function containsCardNumber(digits: string): boolean {
  // A run this long is no one's data to read in a log, and checking every window would cost: mask it.
  if (digits.length > 64) return true;
  for (let length = 13; length <= Math.min(19, digits.length); length++) {
    for (let start = 0; start + length <= digits.length; start++) if (luhn(digits.slice(start, start + length))) return true;
  }
  return false;
}

/** A string with its secrets masked: card numbers, URL passwords, `key=value` secrets, bearer tokens. */
export function redactText(text: string): string {
  return (
    text
      // postgres://user:password@host → postgres://user:[redacted]@host (any scheme)
      .replace(/(\b[a-z][a-z0-9+.-]{0,30}:\/\/[^:/?#\s@]{1,200}):([^@\s/]{1,200})@/gi, `$1:${REDACTED}@`)
      // token=…, code=…, password: …, "newPassword":"…" in query strings, headers, messages and JSON
      .replace(/(\b[a-z_]{0,40}(?:pass(?:word)?|secret|token|code|otp|cvc|cvv|authorization|cookie|challenge)["']?\s*[=:]\s*["']?)(?:bearer\s+)?([^\s&,;"'}]+)/gi, `$1${REDACTED}`)
      // card numbers, with or without spaces or dashes between the groups
      .replace(/\b(?:\d[ -]?){12,}\d\b/g, (run) => (containsCardNumber(run.replace(/\D/g, '')) ? '[card]' : run))
  );
}

/** Any logged value with its secrets masked (objects by key, strings by content), cycles cut. */
export function redact(value: unknown, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value instanceof Error) {
    const copy = new Error(redactText(value.message));
    copy.name = value.name;
    if (value.stack) copy.stack = redactText(value.stack);
    return copy;
  }
  if (!value || typeof value !== 'object') return value;
  if (seen.has(value)) return '[cycle]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((v) => redact(v, seen));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = SECRET_KEY.test(key) && v !== null && v !== undefined && v !== '' ? REDACTED : redact(v, seen);
  return out;
}

export interface LogEntry {
  at: string;
  level: string;
  text: string;
}

export interface AppLog {
  info(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  error(...data: unknown[]): void;
  debug(...data: unknown[]): void;
  /** The file written to. */
  file: string;
  /** The last warnings and errors (redacted), newest last: for "Copy diagnostics". */
  recentProblems(): LogEntry[];
  /** Sends `console.*` here too (the main process: Electron's and libraries' messages included). */
  captureConsole(): void;
}

const RECENT = 20;

/**
 * Opens the log in `dir`. `echo` keeps messages on the terminal too (the CLI's --verbose writes both);
 * `now` is the core's clock for the time of each line.
 */
export function openLog(options: { dir: string; level?: 'info' | 'debug'; echo?: boolean; now: () => Date }): AppLog {
  const logger = log.create({ logId: `account-admin-${options.dir}` });
  const file = path.join(options.dir, LOG_FILE);
  logger.transports.file.resolvePathFn = () => file;
  logger.transports.file.maxSize = MAX_LOG_BYTES;
  logger.transports.file.level = options.level ?? 'info';
  // The terminal copy goes to stderr: the CLI's stdout is its output (JSON, CSV).
  logger.transports.console.level = false;
  if (options.echo) {
    const stderr = Object.assign((message: { level: string; data: unknown[] }) => void process.stderr.write(`[${message.level}] ${message.data.map((d) => (typeof d === 'string' ? d : d instanceof Error ? d.message : JSON.stringify(d))).join(' ')}\n`), { level: options.level ?? 'info' });
    (logger.transports as unknown as Record<string, unknown>).stderr = stderr;
  }
  logger.transports.ipc = null as unknown as typeof logger.transports.ipc;
  logger.transports.remote.level = false;
  const recent: LogEntry[] = [];
  logger.hooks.push((message) => {
    message.data = message.data.map((d) => redact(d));
    message.date = options.now();
    if (message.level === 'warn' || message.level === 'error') {
      recent.push({ at: message.date.toISOString(), level: message.level, text: message.data.map((d) => (d instanceof Error ? d.message : typeof d === 'string' ? d : JSON.stringify(d))).join(' ').slice(0, 500) });
      if (recent.length > RECENT) recent.shift();
    }
    return message;
  });
  return {
    info: (...data) => logger.info(...data),
    warn: (...data) => logger.warn(...data),
    error: (...data) => logger.error(...data),
    debug: (...data) => logger.debug(...data),
    file,
    recentProblems: () => [...recent],
    captureConsole() {
      Object.assign(console, { log: logger.info, info: logger.info, warn: logger.warn, error: logger.error, debug: logger.debug });
    },
  };
}
