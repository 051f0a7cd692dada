/**
 * The sign-in log: every attempt to sign in (a password, an invitation's code, a reset's code, and
 * the two-step sign-in's second step), succeeded or failed with its reason. Every path records
 * through `recordSignIn`, the one function that builds the record: the email as typed and the user
 * it belongs to, never the password or a code.
 *
 * A failed attempt is recorded even though the command is refused: the refusal carries the record
 * among its changes, which the dispatcher commits as it does a failed password's count
 * (core/app/create-core.ts). A success records it with the command's own changes, in the same commit.
 */
import type { CommandContext } from '../app/handler.ts';
import { DEFAULT_CLIENT } from '../auth/password-check.ts';
import { ACCOUNT_POLICY, CLIENT_POLICY, retryAfter } from '../auth/throttle.ts';
import { put, type Change } from '../model/changes.ts';
import type { SignInMethod, SignInReason, User } from '../model/records.ts';

export type SignInAttempt = {
  /** The email as typed. */
  email: string;
  /** The user the email belongs to; none for an unknown email (recorded, and nothing is created). */
  user: User | undefined;
  method: SignInMethod;
} & ({ outcome: 'succeeded' } | { outcome: 'failed'; reason: SignInReason });

/** Emails are at most 320 characters; a longer text typed as one is cut there. */
const EMAIL_MAX = 320;

export const normalisedEmail = (typed: string): string => typed.trim().toLowerCase().slice(0, EMAIL_MAX);

/**
 * The change that records one attempt (none for a throttled refusal already logged in the same
 * wait: see `refusalAlreadyLogged`). An unknown email's failure is `unknown_user` whatever else
 * went wrong: there is nobody whose password or code could have been wrong.
 */
export function recordSignIn(ctx: CommandContext, attempt: SignInAttempt): Change[] {
  const email = normalisedEmail(attempt.email);
  if (attempt.outcome === 'failed' && attempt.reason === 'locked' && refusalAlreadyLogged(ctx, email, attempt.user)) return [];
  const id = ctx.ports.ids.next('sgn');
  const base = {
    id,
    at: ctx.now.toISOString(),
    userId: attempt.user?.id ?? null,
    email,
    method: attempt.method,
    ...(ctx.client ? { client: ctx.client } : {}),
  };
  const outcome = attempt.outcome === 'succeeded' ? ({ outcome: 'succeeded' } as const) : ({ outcome: 'failed', reason: attempt.user ? attempt.reason : 'unknown_user' } as const);
  return [put('signIns', id, { ...base, ...outcome })];
}

/**
 * Whether the throttle's refusal of this try is already in the log. A try that comes too early is
 * refused before anything is checked and, unlike a checked failure, moves no counter: recording each
 * would let a flood of tries grow the store at the rate they come. So the log keeps one refusal per
 * wait of the counter that imposed it (the email's or the client's, the longer one), and a new wait
 * only starts with a checked failure, which is itself recorded.
 */
function refusalAlreadyLogged(ctx: CommandContext, email: string, user: User | undefined): boolean {
  const client = ctx.client ?? DEFAULT_CLIENT;
  const accountCount = user ? user.passwordFailures : ctx.signIns.unknownEmails.get(email);
  const clientCount = ctx.signIns.clients.get(client);
  const byAccount = retryAfter(accountCount, ctx.now, ACCOUNT_POLICY) >= retryAfter(clientCount, ctx.now, CLIENT_POLICY);
  const key = byAccount ? `email:${email}` : `client:${client}`;
  const wait = (byAccount ? accountCount?.lastAt : clientCount?.lastAt) ?? '';
  if (ctx.signIns.refusalsLogged.get(key) === wait) return true;
  ctx.signIns.refusalsLogged.set(key, wait);
  return false;
}
