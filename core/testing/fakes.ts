/** Deterministic ports for tests: a settable clock, counting ids, a fast (insecure) hasher. */
import type { Clock } from '../ports/clock.ts';
import type { Ids } from '../ports/ids.ts';
import type { Mailer } from '../ports/mailer.ts';
import type { PasswordHasher } from '../ports/password-hasher.ts';
import type { OutboxEmail } from '../model/records.ts';

export const FIXED_NOW = new Date('2026-11-23T10:00:00.000Z');

export class FixedClock implements Clock {
  constructor(public current: Date = FIXED_NOW) {}
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export function countingIds(): Ids {
  let n = 0;
  return { next: (prefix) => `${prefix}_${String(++n).padStart(6, '0')}` };
}

/** Not a real hash: tests only. "old$…" stands for a hash of an older scheme (verifies, needs a re-hash). */
export const plainHasher: PasswordHasher = {
  hash: async (password) => `plain$${password}`,
  verify: async (password, stored) => stored === `plain$${password}` || stored === `old$${password}`,
  needsRehash: (stored) => !stored.startsWith('plain$'),
  unknownUserHash: 'plain-unknown$',
};

export class RecordingMailer implements Mailer {
  readonly sent: OutboxEmail[] = [];
  deliver(email: OutboxEmail): void {
    this.sent.push(email);
  }
}
