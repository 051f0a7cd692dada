import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Backoff } from './backoff.ts';

describe('Backoff', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits twice as long after each failure, up to the longest wait, and starts over after a success', async () => {
    const at: number[] = [];
    const outcomes = [false, new Error('refused'), false, false, true, true];
    const backoff = new Backoff({ min: 100, max: 500 }, async () => {
      at.push(Date.now());
      const outcome = outcomes.shift();
      if (outcome instanceof Error) throw outcome;
      return outcome ?? true;
    });
    const start = Date.now();
    backoff.schedule();
    backoff.schedule(); // already scheduled: one attempt
    await vi.advanceTimersByTimeAsync(100 + 200 + 400 + 500 + 500);
    expect(at.map((t) => t - start)).toEqual([100, 300, 700, 1200, 1700]);
    backoff.schedule();
    await vi.advanceTimersByTimeAsync(100);
    expect(at).toHaveLength(6); // after the success, the first wait again
  });

  it('attempts nothing once stopped', async () => {
    const attempt = vi.fn(async () => false);
    const backoff = new Backoff({ min: 100, max: 500 }, attempt);
    backoff.schedule();
    backoff.stop();
    backoff.schedule();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(attempt).not.toHaveBeenCalled();
  });
});
