/**
 * Activity reads only the open tab's first page: entering the view on the audit read the outbox's and
 * the sign-ins' pages too (three tabs' rows for one shown); each tab still reads its own when opened.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { installMinimalWindow } from '../../testing/minimal-window.ts';

const calls: string[] = [];

beforeAll(() => {
  installMinimalWindow(async (channel) => {
    calls.push(channel);
    return { ok: true, value: { entries: [], emails: [], templates: [], total: 0, nextCursor: null } };
  });
});

describe('Activity: entering the view', () => {
  it('reads the open tab only, and another tab when it is opened', async () => {
    const { useActivityStore } = await import('./store.ts');
    const store = useActivityStore;
    await store.getState().load();
    expect(calls.sort()).toEqual(['audit.facets', 'audit.list']);
    calls.length = 0;
    store.getState().setTab('outbox');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls).toEqual(['outbox.list']);
    calls.length = 0;
    await store.getState().load();
    expect(calls).toEqual(['outbox.list']);
  });
});
