/**
 * Password guessing is slow and visible: after a few failures each next try waits longer, and after
 * more the account is locked for a while. Nothing sleeps: a try that comes too early is refused with
 * `throttled` and the seconds to wait, before any password is checked.
 *
 * Two counters apply to every check of a password (sign-in, and the current password that an email or
 * password change asks for), and the longer wait of the two wins:
 * - per account, kept on the user record in the store: a restart does not reset it, and on a shared
 *   account every desktop counts the same failures. An unknown email gets the same counter, kept in
 *   memory (there is no record to keep it on), so the answers and waits never tell whether an email exists;
 * - per client (the window or browser connection the host names), in memory: one client trying many
 *   emails is slowed too. It is not worth persisting: a restart also ends every client.
 * Written by hand: the rate limiters on npm (rate-limiter-flexible and the like) count requests per
 * time window against their own clock and storage, not failures on a record our store journals.
 */
import { ChallengeMemory } from './challenges.ts';

/** Failures so far and when the last one was (ISO instant). */
export interface FailureCount {
  count: number;
  lastAt: string;
}

export interface ThrottlePolicy {
  /** Failures allowed before any wait. */
  free: number;
  /** The first wait, in seconds; each further failure doubles it. */
  firstWaitSec: number;
  /** From this many failures on, each failure locks for `lockSec`. */
  lockAfter: number;
  lockSec: number;
  /** Failures older than this are forgotten (the count starts again). */
  forgetAfterSec: number;
}

/** Per account (and per unknown email): 3 free tries, then 1, 2, 4 … 32 s, then 15 minutes from the 10th. */
export const ACCOUNT_POLICY: ThrottlePolicy = { free: 3, firstWaitSec: 1, lockAfter: 10, lockSec: 15 * 60, forgetAfterSec: 24 * 3600 };
/** Per client: more room (one person may mistype several emails), then the same shape. */
export const CLIENT_POLICY: ThrottlePolicy = { free: 10, firstWaitSec: 1, lockAfter: 20, lockSec: 15 * 60, forgetAfterSec: 24 * 3600 };

/** The seconds to wait after `count` failures (0: none). */
export function waitAfter(count: number, policy: ThrottlePolicy): number {
  if (count >= policy.lockAfter) return policy.lockSec;
  if (count < policy.free) return 0;
  return policy.firstWaitSec * 2 ** (count - policy.free);
}

function live(state: FailureCount | undefined, now: Date, policy: ThrottlePolicy): FailureCount | undefined {
  if (!state) return undefined;
  return now.getTime() - Date.parse(state.lastAt) >= policy.forgetAfterSec * 1000 ? undefined : state;
}

/** Whole seconds until the next try is allowed (0: now). */
export function retryAfter(state: FailureCount | undefined, now: Date, policy: ThrottlePolicy): number {
  const current = live(state, now, policy);
  if (!current) return 0;
  const until = Date.parse(current.lastAt) + waitAfter(current.count, policy) * 1000;
  return Math.max(0, Math.ceil((until - now.getTime()) / 1000));
}

export function afterFailure(state: FailureCount | undefined, now: Date, policy: ThrottlePolicy): FailureCount {
  return { count: (live(state, now, policy)?.count ?? 0) + 1, lastAt: now.toISOString() };
}

/** True when this failure is the one that locked (the user is told once per lock, not per try). */
export function justLocked(next: FailureCount, policy: ThrottlePolicy): boolean {
  return next.count === policy.lockAfter;
}

/** Bounded memory of failure counts (unknown emails, clients): the oldest key goes first when full. */
export class FailureMemory<V = FailureCount> {
  private readonly counts = new Map<string, V>();
  constructor(private readonly max = 10_000) {}

  get(key: string): V | undefined {
    return this.counts.get(key);
  }

  set(key: string, value: V): void {
    this.counts.delete(key); // re-inserted last: the map's order is the order of last failure
    this.counts.set(key, value);
    if (this.counts.size > this.max) this.counts.delete(this.counts.keys().next().value as string);
  }

  delete(key: string): void {
    this.counts.delete(key);
  }
}

/** What the core keeps in memory across commands for the throttle. */
export interface SignInMemory {
  unknownEmails: FailureMemory;
  clients: FailureMemory;
  /** Second steps waiting for a code (auth/challenges.ts). */
  challenges: ChallengeMemory;
  /**
   * Per counter (an email, a client), the wait whose throttled refusal the sign-in log already holds
   * (core/sign-ins/record.ts): a flood of tries that come too early writes one record per wait.
   */
  refusalsLogged: FailureMemory<string>;
}

export function signInMemory(): SignInMemory {
  return { unknownEmails: new FailureMemory(), clients: new FailureMemory(), challenges: new ChallengeMemory(), refusalsLogged: new FailureMemory<string>() };
}
