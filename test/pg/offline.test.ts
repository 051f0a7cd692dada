/**
 * The server is down when the desktop starts: it opens read-only from its local copy, answers
 * reads, refuses changes with `unavailable`, and works again once the server is back.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, stopServer } from './cluster.ts';
import { openDesktop } from './desktop.ts';
import { cluster, describePg, freshDatabase } from './pg-env.ts';
import { tempDir } from './store-subjects.ts';

describePg('offline: the server is unreachable', () => {
  let root: string;
  beforeAll(() => {
    root = tempDir('offline');
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('opens from the local copy, reads, refuses changes, and reconnects', async () => {
    const info = cluster();
    const url = await freshDatabase('offline');
    const first = await openDesktop(url, root, 'o');
    const s1 = await first.signIn('Claire');
    const hannah = first.userId('Hannah');
    const assigned = await first.call(s1, 'licences.apply', { userIds: [hannah], assign: [{ productId: 'remote_support', features: {} }], remove: [], alsoRemoveFromQueues: false, notify: false });
    expect(assigned.ok).toBe(true);
    const users = first.store.tables.users.size;
    await first.pg.close();

    stopServer(info, 'fast');
    let serverUp = false;
    try {
      const started = Date.now();
      const offline = await openDesktop(url, root, 'o');
      expect(Date.now() - started).toBeLessThan(5000);
      try {
        expect(offline.pg.online).toBe(false);
        expect(offline.store.tables.users.size).toBe(users);
        const session = await offline.signIn('Claire');
        const got = await offline.call(session, 'users.get', { userId: hannah });
        expect(got.ok && got.value.products.some((p) => p.productId === 'remote_support')).toBe(true);
        const refused = await offline.call(session, 'users.create', { firstName: 'Off', lastName: 'Line', email: 'off.line@lumen-analytics.example', role: 'user', billingContact: false });
        expect(refused.ok ? 'ok' : refused.error.code).toBe('unavailable');
        if (!refused.ok) expect(refused.error.message).toMatch(/can't be reached/);
        expect(offline.store.tables.users.size).toBe(users);

        startServer(info);
        serverUp = true;
        await offline.waitFor((e) => e.kind === 'connection' && e.online, 15_000);
        const created = await offline.call(session, 'users.create', { firstName: 'Back', lastName: 'Online', email: 'back.online@lumen-analytics.example', role: 'user', billingContact: false });
        expect(created.ok).toBe(true);
      } finally {
        await offline.pg.close();
      }
    } finally {
      if (!serverUp) startServer(info);
    }
  });
});
