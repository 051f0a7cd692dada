/**
 * One session per client of a host that serves several (browser mode: each browser holding a cookie).
 * A client gets a session only by redeeming a one-time code, which the host hands to the person who
 * started the app (never on a command line). A code is good once, for CODE_TTL_MS on the injected
 * clock; the session it opens is the client's own: signing in there signs in no other client.
 *
 * Secrets come from the host (`secret`, e.g. crypto.randomBytes): the core imports no I/O.
 */
import type { SessionState } from '../app/handler.ts';
import type { Clock } from '../ports/clock.ts';

/** A sign-in link is meant to be opened right away: one minute is plenty and short for a leak. */
export const CODE_TTL_MS = 60_000;
/**
 * Codes not yet redeemed, and sessions, are each capped (oldest dropped first): nobody can grow the
 * host's memory by asking. 32 browsers on one desktop is far beyond real use.
 */
export const MAX_PENDING_CODES = 16;
export const MAX_SESSIONS = 32;

export type Redeemed = { ok: true; sessionId: string } | { ok: false; reason: 'expired' | 'used' | 'unknown' };

export interface ClientSessions {
  /** A new one-time code, good for CODE_TTL_MS from now. */
  issueCode(): string;
  /** Exchanges a code for a new session (each code once, before it expires). */
  redeem(code: string): Redeemed;
  /** The session a client names, if it is one of ours. */
  get(sessionId: string | undefined): SessionState | undefined;
  end(sessionId: string): void;
  readonly size: number;
}

export function createClientSessions(options: { clock: Clock; secret: () => string; codeTtlMs?: number }): ClientSessions {
  const ttl = options.codeTtlMs ?? CODE_TTL_MS;
  /** code → when it expires (ms); redeemed codes stay until then, to say "already used". */
  const pending = new Map<string, number>();
  const used = new Map<string, number>();
  const sessions = new Map<string, SessionState>();
  const now = () => options.clock.now().getTime();

  function forgetExpired(at: number): void {
    for (const [code, expires] of pending) if (expires <= at) pending.delete(code);
    for (const [code, expires] of used) if (expires <= at) used.delete(code);
  }

  function capped<K, V>(map: Map<K, V>, max: number): void {
    // A Map iterates in insertion order: the first key is the oldest.
    while (map.size > max) map.delete(map.keys().next().value as K);
  }

  return {
    issueCode() {
      const at = now();
      forgetExpired(at);
      const code = options.secret();
      pending.set(code, at + ttl);
      capped(pending, MAX_PENDING_CODES);
      return code;
    },
    redeem(code) {
      const at = now();
      const expires = pending.get(code);
      if (expires === undefined) {
        const usedUntil = used.get(code);
        return { ok: false, reason: usedUntil !== undefined && usedUntil > at ? 'used' : 'unknown' };
      }
      pending.delete(code);
      if (expires <= at) return { ok: false, reason: 'expired' };
      used.set(code, expires);
      capped(used, MAX_PENDING_CODES * 4);
      const sessionId = options.secret();
      sessions.set(sessionId, { userId: null });
      capped(sessions, MAX_SESSIONS);
      return { ok: true, sessionId };
    },
    get(sessionId) {
      return sessionId ? sessions.get(sessionId) : undefined;
    },
    end(sessionId) {
      sessions.delete(sessionId);
    },
    get size() {
      return sessions.size;
    },
  };
}
