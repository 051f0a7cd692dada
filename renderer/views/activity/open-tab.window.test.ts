/**
 * Activity reads only the open tab's first page: entering the view on the audit read the outbox's and
 * the sign-ins' pages too (three tabs' rows for one shown); each tab still reads its own when opened.
 */
import { beforeAll, describe, expect, it } from 'vitest';

const calls: string[] = [];

beforeAll(() => {
  // The store's modules read `window` (the hash route, the api) when imported: a minimal one will do.
  const api = new Proxy(
    {},
    {
      get: (_target, channel) => {
        if (channel === 'on') return () => () => undefined;
        return async () => {
          calls.push(String(channel));
          return { ok: true, value: { entries: [], emails: [], templates: [], total: 0, nextCursor: null } };
        };
      },
    },
  );
  Object.assign(globalThis, { window: { location: { hash: '', protocol: 'app:' }, api, addEventListener: () => undefined, localStorage: undefined, navigator: { userAgent: 'node', platform: '' }, screen: {}, visualViewport: {} } });
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
