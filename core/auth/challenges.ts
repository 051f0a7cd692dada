/**
 * The second step's challenges: a password (or a reset's code) was right for an enrolled user, and the
 * session waits for a code. Kept in the core's memory only (the step is taken on the same desktop, in
 * minutes), by the digest of the token the client holds, each for five minutes and used once.
 */
import type { SignInMethod } from '../model/records.ts';

export const CHALLENGE_MS = 5 * 60_000;

export interface Challenge {
  userId: string;
  expiresAt: number;
  /** The user's session generation when issued: a password changed since voids it. */
  generation: number;
  /** The first step taken (the sign-in log's way in). */
  method: SignInMethod;
}

/** Bounded like the throttle's memories: the oldest challenge goes first when full. */
export class ChallengeMemory {
  private readonly challenges = new Map<string, Challenge>();
  constructor(private readonly max = 10_000) {}

  get(digest: string): Challenge | undefined {
    return this.challenges.get(digest);
  }

  set(digest: string, challenge: Challenge): void {
    this.challenges.set(digest, challenge);
    if (this.challenges.size > this.max) this.challenges.delete(this.challenges.keys().next().value as string);
  }

  delete(digest: string): void {
    this.challenges.delete(digest);
  }
}
