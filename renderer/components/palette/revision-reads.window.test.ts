/**
 * What the palette and the Queues view read again: the palette sends the invoices' revision it holds
 * and keeps its invoices when told "unchanged" (the whole list, 452 KB at 10k, was read on every open),
 * reads the catalog's products once; the Queues view sends its revision and keeps the very same queues
 * (nothing renders again) while unchanged, and takes the new ones when they changed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { installMinimalWindow } from '../../testing/minimal-window.ts';

const calls: { channel: string; input: unknown }[] = [];
let invoicesRevision = 'i1';
let queuesRevision = 'q1';
const INVOICE = { id: 'inv_1', number: 'INV-2026-000001', kind: 'invoice' };
const QUEUE = { id: 'que_1', kind: 'call', name: 'Support', supervisors: [], agents: [] };

beforeAll(() => {
  installMinimalWindow(async (channel, input) => {
    calls.push({ channel, input });
    const since = (input as { since?: string } | undefined)?.since;
    if (channel === 'invoices.list') return { ok: true, value: since === invoicesRevision ? { revision: since, unchanged: true } : { revision: invoicesRevision, invoices: [{ ...INVOICE, number: `INV-${invoicesRevision}` }] } };
    if (channel === 'queues.list') return { ok: true, value: since === queuesRevision ? { revision: since, unchanged: true } : { revision: queuesRevision, queues: [{ ...QUEUE, name: `Support ${queuesRevision}` }] } };
    if (channel === 'products.list') return { ok: true, value: { products: [{ productId: 'meetings' }] } };
    if (channel === 'subscriptions.list') return { ok: true, value: { subscriptions: [{ productId: 'meetings' }] } };
    return { ok: true, value: {} };
  });
});

describe('reads that answer "unchanged"', () => {
  it('the palette sends the invoices revision it holds, keeps them while unchanged, and reads the products once', async () => {
    const { usePaletteStore } = await import('./store.ts');
    const store = usePaletteStore;
    await store.getState().load(['view_billing']);
    const first = store.getState().invoices;
    expect(first.map((i) => i.number)).toEqual(['INV-i1']);
    expect(calls.find((c) => c.channel === 'invoices.list')?.input).toBeUndefined();
    calls.length = 0;
    await store.getState().load(['view_billing']);
    expect(calls.map((c) => c.channel).sort()).toEqual(['invoices.list', 'subscriptions.list']);
    expect(calls.find((c) => c.channel === 'invoices.list')?.input).toEqual({ since: 'i1' });
    expect(store.getState().invoices).toBe(first);
    expect(store.getState().productIds).toEqual(['meetings']);
    invoicesRevision = 'i2';
    await store.getState().load(['view_billing']);
    expect(store.getState().invoices.map((i) => i.number)).toEqual(['INV-i2']);
  });

  it('the Queues view sends its revision, keeps the same queues while unchanged, takes the new ones after', async () => {
    const { useQueuesStore } = await import('../../views/queues/store.ts');
    const store = useQueuesStore;
    await store.getState().load();
    const first = store.getState().queues;
    expect(first.map((q) => q.name)).toEqual(['Support q1']);
    calls.length = 0;
    await store.getState().load();
    expect(calls).toEqual([{ channel: 'queues.list', input: { since: 'q1' } }]);
    expect(store.getState().queues).toBe(first);
    queuesRevision = 'q2';
    await store.getState().load();
    expect(store.getState().queues.map((q) => q.name)).toEqual(['Support q2']);
    expect(store.getState()).toMatchObject({ loaded: true, error: null, revision: 'q2' });
  });
});
