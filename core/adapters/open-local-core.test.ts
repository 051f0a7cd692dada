/**
 * Cold start: the app's core opens with the history deferred (FileStore's deferHistory), and nothing it
 * runs at open — the catch-up on renewals due while it was closed included — nor the first screen's
 * queries reads years of activity, mail and sign-ins: each history family is read on its own first use.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../seed/demo-people.ts';
import { FIXED_NOW, FixedClock, plainHasher } from '../testing/fakes.ts';
import { tempDirs } from '../testing/temp-dirs.ts';
import { openLocalCore } from './open-local-core.ts';

const tempDir = tempDirs('aa-cold-', afterEach);
const HOST = { mode: 'browser', version: 'test' } as const;
const DAY = 86_400_000;
const HISTORY = /^(audit|outbox|billing|signins)-/;

/** The partition files read while `run` runs, by name. */
async function reading<T>(run: () => Promise<T>): Promise<{ value: T; read: string[] }> {
  const read: string[] = [];
  const readFileSync = fs.readFileSync;
  fs.readFileSync = ((file: fs.PathOrFileDescriptor, ...rest: never[]) => {
    if (typeof file === 'string' && file.endsWith('.json')) read.push(path.basename(file, '.json'));
    return (readFileSync as (...args: unknown[]) => unknown)(file, ...rest);
  }) as typeof fs.readFileSync;
  try {
    return { value: await run(), read };
  } finally {
    fs.readFileSync = readFileSync;
  }
}

describe('openLocalCore: cold start to the first screen', () => {
  it('reads no history to open and catch up on renewals, and only billing for the Overview', async () => {
    const dir = tempDir();
    const seeded = await openLocalCore({ dataDir: dir, host: HOST, ports: { clock: new FixedClock(), hasher: plainHasher }, historyAfterMs: 60_000 });
    const invoicesBefore = seeded.store.tables.invoices.size;
    seeded.stop();
    await seeded.store.close();
    const files = fs.readdirSync(dir).map((f) => f.replace(/\.json$/, ''));
    for (const family of ['audit', 'billing']) expect(files.some((f) => f.startsWith(`${family}-`))).toBe(true);

    // Five weeks later: the monthly renewals fell due while the app was closed.
    const clock = new FixedClock(new Date(FIXED_NOW.getTime() + 35 * DAY));
    const open = await reading(() => openLocalCore({ dataDir: dir, host: HOST, ports: { clock, hasher: plainHasher }, historyAfterMs: 60_000 }));
    const { core, store, stop } = open.value;
    try {
      expect(open.read.filter((name) => HISTORY.test(name))).toEqual([]);
      const session = { userId: null };
      const first = await reading(async () => {
        const signedIn = await core.dispatch('auth.signIn', { email: 'claire.dubois@lumen-analytics.example', password: DEMO_PASSWORD }, session);
        expect(signedIn.ok).toBe(true);
        return core.dispatch('overview.get', { months: 12 }, session);
      });
      expect(first.value.ok).toBe(true);
      expect(first.read.filter((name) => HISTORY.test(name) && !name.startsWith('billing-'))).toEqual([]);
      expect(store.deferredHistory).toEqual(['audit', 'outbox', 'signins'].filter((f) => files.some((n) => n.startsWith(`${f}-`))));
      // The renewals were made (and are there once billing is read).
      expect(store.tables.invoices.size).toBeGreaterThan(invoicesBefore);
    } finally {
      stop();
      await store.close();
    }
  });
});
