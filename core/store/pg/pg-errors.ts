/** Telling "the server is unreachable" apart from a bug, and naming a database without its password. */

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', '57P01', '57P02', '57P03', '53300']);
const CONNECTION_MESSAGES = /Connection terminated|connection error|not queryable|timeout|Client was closed|ECONNREFUSED|the database system is (starting up|shutting down|in recovery)/i;

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** The server went away, refused us, or never answered: the store goes offline (not a bug). */
export function isConnectionError(error: unknown): boolean {
  const code = codeOf(error);
  if (code && (CONNECTION_CODES.has(code) || code.startsWith('08'))) return true;
  return error instanceof Error && CONNECTION_MESSAGES.test(error.message);
}

/** Another desktop's record took a unique key first (an order's idempotency key, an invoice number). */
export function isUniqueViolation(error: unknown): boolean {
  return codeOf(error) === '23505';
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The server's address without its password, for messages and logs. */
export { redactUrl as describeUrl } from '../store-url.ts';
