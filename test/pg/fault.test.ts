/**
 * The server crashes (pg_ctl stop -m immediate) in the middle of a batch of commands. After it is
 * back: no command is half-applied, every acknowledged one is there, and the desktop reconnects.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Ids } from '../../core/ports/ids.ts';
import { PgStore } from '../../core/store/pg/pg-store.ts';
import { startServer, stopServerSoon } from './cluster.ts';
import { openDesktop, taggedIds } from './desktop.ts';
import { violations } from './invariants.ts';
import { cluster, describePg, freshDatabase } from './pg-env.ts';
import { tempDir } from './store-subjects.ts';

describePg('the server crashes mid-batch', () => {
  let root: string;
  beforeAll(() => {
    root = tempDir('fault');
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('keeps every acknowledged command and no half of any other', async () => {
    const info = cluster();
    const url = await freshDatabase('fault');
    const issued: string[] = [];
    const inner = taggedIds('f');
    const ids: Ids = { next: (prefix) => {
      const id = inner.next(prefix);
      issued.push(id);
      return id;
    } };
    const desktop = await openDesktop(url, root, 'f', { ids });
    const session = await desktop.signIn('Claire');
    const sub = [...desktop.store.tables.subscriptions.values()][0]!;
    const acknowledged: string[] = [];
    const outcomes: Record<string, number> = {};
    let crash: Promise<void> | undefined;
    let afterOffline = 0;
    try {
      for (let i = 0; afterOffline < 5 && i < 5000; i++) {
        // Crash the server once a few dozen commands went through, while the loop keeps sending.
        if (i === 40) crash = stopServerSoon(info, 'immediate');
        const from = issued.length;
        const result =
          i % 3 === 2
            ? await desktop.call(session, 'orders.place', { idempotencyKey: `fault-order-${i}` })
            : i % 3 === 1
              ? await desktop.call(session, 'cart.add', { change: { kind: 'add_seats', subscriptionId: sub.id, seats: 1 } })
              : await desktop.call(session, 'users.create', { firstName: 'Crash', lastName: `T${i}`, email: `crash.${i}@lumen-analytics.example`, role: 'user', billingContact: false });
        const outcome = result.ok ? 'ok' : result.error.code;
        outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
        if (result.ok) for (const id of issued.slice(from)) if (id.startsWith('aud_')) acknowledged.push(id);
        if (!desktop.pg.online) afterOffline++;
      }
      await crash;
      expect(outcomes.unavailable ?? 0).toBeGreaterThan(0);
      expect(outcomes.ok ?? 0).toBeGreaterThan(30);
      startServer(info);
      await desktop.waitFor((e) => e.kind === 'connection' && e.online, 15_000);
      const after = await desktop.call(session, 'users.create', { firstName: 'After', lastName: 'Crash', email: 'after.crash@lumen-analytics.example', role: 'user', billingContact: false });
      expect(after.ok).toBe(true);
    } finally {
      await desktop.pg.close();
    }
    const check = await PgStore.open({ url, localCopyDir: path.join(root, 'check'), log: () => undefined });
    try {
      expect(violations(check.tables)).toEqual([]);
      expect(acknowledged.filter((id) => !check.tables.audit.has(id))).toEqual([]);
      // An order is written with its invoice, or not at all.
      const invoiced = new Set([...check.tables.invoices.values()].map((inv) => inv.orderId));
      const torn = [...check.tables.orders.values()].filter((o) => o.status !== 'failed' && !invoiced.has(o.id));
      expect(torn).toEqual([]);
      // The desktop's own tables, after catching up, are the server's.
      expect(desktop.store.tables.users.size).toBeLessThanOrEqual(check.tables.users.size);
    } finally {
      await check.close();
    }
    console.log(`[pg] fault test outcomes: ${JSON.stringify(outcomes)}`);
  });
});
