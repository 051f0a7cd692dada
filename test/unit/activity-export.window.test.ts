/**
 * Activity's exports write every row the filters match, not only the page loaded on screen: the
 * renderer's slices read all pages through the channel (here, against a real core on fakes).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../core/contract.ts';
import { CHANNELS } from '../../core/contract.ts';
import { put } from '../../core/model/changes.ts';
import { demoFixture, type Fixture } from '../../core/testing/fixture.ts';
import { PAGE_SIZE } from '../../renderer/views/activity/paged.ts';

const EXTRA = PAGE_SIZE + 321;
let f: Fixture;
/** The renderer's slices read `window` as they load: imported once the window below stands in. */
let useActivityStore: (typeof import('../../renderer/views/activity/store.ts'))['useActivityStore'];

beforeAll(async () => {
  f = await demoFixture();
  const session = await f.signIn('Claire');
  const api = Object.fromEntries(CHANNELS.map((channel) => [channel, (input?: unknown) => f.core.call(channel, input, session)]));
  vi.stubGlobal('window', { api: { ...api, on: () => () => undefined } as unknown as Api, location: { protocol: 'file:', hash: '' }, addEventListener: () => undefined, navigator: { userAgent: 'node', platform: '' }, screen: {}, visualViewport: {} });
  ({ useActivityStore } = await import('../../renderer/views/activity/store.ts'));
  // More renamed groups than one page and one export page hold, all on the clock's day.
  const at = f.clock.now().toISOString();
  const changes = Array.from({ length: EXTRA }, (_, i) => put('audit', `aud_x${String(i).padStart(5, '0')}`, { id: `aud_x${String(i).padStart(5, '0')}`, at, actorId: null, action: 'group.renamed', targetType: 'group', targetId: 'grp_x', before: null, after: null }));
  await f.store.commit(changes);
});
afterAll(() => {
  vi.unstubAllGlobals();
});

describe('Activity > Audit log > Export CSV', () => {
  it('writes every entry the filters match, across pages', async () => {
    const store = useActivityStore.getState();
    store.setAuditFilters({ kind: 'group.renamed' });
    await vi.waitFor(() => expect(useActivityStore.getState().audit.loaded && !useActivityStore.getState().audit.loading).toBe(true));
    const shown = useActivityStore.getState().audit;
    expect(shown.total).toBe(EXTRA);
    expect(shown.rows.length).toBe(PAGE_SIZE);
    const all = await useActivityStore.getState().auditForExport();
    if (!all.ok) throw new Error(all.error.message);
    expect(all.rows.length).toBe(EXTRA);
    expect(new Set(all.rows.map((r) => r.id)).size).toBe(EXTRA);
  });
});
