import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FixedClock } from '../testing/fakes.ts';
import { CODE_TTL_MS, createClientSessions, MAX_SESSIONS } from './client-sessions.ts';

function counter() {
  let n = 0;
  return () => `secret-${++n}`;
}

describe('client sessions (one per browser, opened by a one-time code)', () => {
  it('a code opens one new, signed-out session, once', () => {
    const clock = new FixedClock();
    const sessions = createClientSessions({ clock, secret: counter() });
    const code = sessions.issueCode();
    const first = sessions.redeem(code);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(sessions.get(first.sessionId)).toEqual({ userId: null });
    expect(sessions.redeem(code)).toEqual({ ok: false, reason: 'used' });
    expect(sessions.redeem('never-issued')).toEqual({ ok: false, reason: 'unknown' });
  });

  it('a code expires on the injected clock', () => {
    const clock = new FixedClock();
    const sessions = createClientSessions({ clock, secret: counter() });
    const late = sessions.issueCode();
    const inTime = sessions.issueCode();
    clock.advance(CODE_TTL_MS - 1);
    expect(sessions.redeem(inTime).ok).toBe(true);
    clock.advance(1);
    expect(sessions.redeem(late)).toEqual({ ok: false, reason: 'expired' });
  });

  it('each session is its own: signing in one signs in no other', () => {
    const clock = new FixedClock();
    const sessions = createClientSessions({ clock, secret: counter() });
    const a = sessions.redeem(sessions.issueCode());
    const b = sessions.redeem(sessions.issueCode());
    if (!a.ok || !b.ok) throw new Error('codes refused');
    sessions.get(a.sessionId)!.userId = 'usr_claire';
    expect(sessions.get(b.sessionId)!.userId).toBeNull();
    sessions.end(a.sessionId);
    expect(sessions.get(a.sessionId)).toBeUndefined();
    expect(sessions.get(undefined)).toBeUndefined();
  });

  it('whatever the sequence of issues, redemptions and clock steps, a code opens at most one session, only within its minute, and sessions stay capped', () => {
    type Step = { kind: 'issue' } | { kind: 'redeem'; pick: number } | { kind: 'wait'; ms: number };
    const step: fc.Arbitrary<Step> = fc.oneof(
      fc.constant({ kind: 'issue' as const }),
      fc.record({ kind: fc.constant('redeem' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: CODE_TTL_MS }) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 120 }), (steps) => {
        const clock = new FixedClock();
        const sessions = createClientSessions({ clock, secret: counter() });
        const issued: { code: string; at: number }[] = [];
        const opened = new Set<string>();
        for (const s of steps) {
          if (s.kind === 'issue') issued.push({ code: sessions.issueCode(), at: clock.now().getTime() });
          else if (s.kind === 'wait') clock.advance(s.ms);
          else if (issued.length) {
            const { code, at } = issued[s.pick % issued.length]!;
            const result = sessions.redeem(code);
            if (result.ok) {
              expect(opened.has(code)).toBe(false);
              expect(clock.now().getTime() - at).toBeLessThan(CODE_TTL_MS);
              opened.add(code);
            }
          }
          expect(sessions.size).toBeLessThanOrEqual(MAX_SESSIONS);
        }
      }),
    );
  });
});
