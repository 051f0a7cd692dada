/**
 * The change panel's price preview follows each change of the draft at once: no debounce to wait out
 * (a 300 ms pause was itself the wait the user saw), one call in flight at a time, and the answer for
 * an older draft never shown over a newer one.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { installMinimalWindow } from '../../testing/minimal-window.ts';

type Answer = { ok: true; value: { seats: number } };
interface Call {
  seats: number;
  answer: (value: Answer) => void;
}
const calls: Call[] = [];

beforeAll(() => {
  installMinimalWindow((channel, input) => {
    if (channel === 'billing.preview') return new Promise<Answer>((answer) => calls.push({ seats: (input as { changes: { seats: number }[] }).changes[0]!.seats, answer }));
    return new Promise(() => undefined);
  });
});

beforeEach(() => {
  calls.length = 0;
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

async function openPanel() {
  const { useSubscriptionsStore } = await import('./store.ts');
  const store = useSubscriptionsStore;
  store.setState({ subscriptions: [{ id: 'sub_1', productId: 'p1', seats: 5, interval: 'month' } as never] });
  store.getState().openPanel({ kind: 'add_seats', productId: 'p1', subscriptionId: 'sub_1' });
  return store;
}

const settle = () => vi.advanceTimersByTimeAsync(0);
const quoted = (store: Awaited<ReturnType<typeof openPanel>>) => (store.getState().quote as unknown as { seats: number } | null)?.seats;

describe('the seat count change → price preview', () => {
  it('asks for the preview as soon as the panel opens and as soon as the count changes, without waiting out a pause', async () => {
    const store = await openPanel();
    await settle();
    expect(calls.map((c) => c.seats)).toEqual([1]);
    calls[0]!.answer({ ok: true, value: { seats: 1 } });
    await settle();
    expect(quoted(store)).toBe(1);

    store.getState().setDraft({ seats: '2' });
    await settle();
    expect(calls.map((c) => c.seats)).toEqual([1, 2]);
    calls[1]!.answer({ ok: true, value: { seats: 2 } });
    await settle();
    expect(quoted(store)).toBe(2);
    expect(store.getState().previewing).toBe(false);
    store.getState().closePanel();
  });

  it('keeps one call in flight: changes made meanwhile are priced once it answers, the latest only, never an older answer over it', async () => {
    const store = await openPanel();
    await settle();
    store.getState().setDraft({ seats: '3' });
    store.getState().setDraft({ seats: '4' });
    await settle();
    expect(calls.map((c) => c.seats)).toEqual([1]);
    calls[0]!.answer({ ok: true, value: { seats: 1 } });
    await settle();
    expect(quoted(store)).toBeUndefined(); // the answer for 1 seat is stale: 4 is asked now
    expect(calls.map((c) => c.seats)).toEqual([1, 4]);
    expect(store.getState().previewing).toBe(true);
    calls[1]!.answer({ ok: true, value: { seats: 4 } });
    await settle();
    expect(quoted(store)).toBe(4);
    expect(store.getState().previewing).toBe(false);

    store.getState().setDraft({ seats: '5' });
    store.getState().closePanel();
    await settle();
    calls.at(-1)!.answer({ ok: true, value: { seats: 5 } });
    await settle();
    expect(store.getState().quote).toBeNull(); // a closed panel shows no late answer
  });
});
