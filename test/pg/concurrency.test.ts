/**
 * Several desktops, each its own process, send random commands at one account at the same time.
 * Afterwards the account is sound and every acknowledged command is in it.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PgStore } from '../../core/store/pg/pg-store.ts';
import { openDesktop } from './desktop.ts';
import { violations } from './invariants.ts';
import { describePg, freshDatabase } from './pg-env.ts';
import { tempDir } from './store-subjects.ts';

const COMMANDS = Number(process.env.PG_CONCURRENCY_COMMANDS ?? 500);
const DESKTOPS = [
  { tag: 'p', firstName: 'Claire', seed: 9101 },
  { tag: 'q', firstName: 'Marco', seed: 9102 },
  { tag: 'r', firstName: 'Claire', seed: 9103 }, // the same admin on two desktops: one cart, two windows
];

interface ChildReport {
  tag: string;
  acknowledged: string[];
  conflicts: number;
  refused: Record<string, number>;
}

function runChild(args: Record<string, unknown>): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/pg/concurrency-child.ts', JSON.stringify(args)], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code === 0 && last.startsWith('{')) resolve(JSON.parse(last) as ChildReport);
      else reject(new Error(`desktop ${String(args.tag)} exited ${code}: ${err.slice(-2000)}`));
    });
  });
}

describePg('concurrent desktops on one account', () => {
  let root: string;
  beforeAll(() => {
    root = tempDir('concurrency');
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it(`${DESKTOPS.length} processes × ${COMMANDS} random commands: nothing lost, duplicated or torn`, async () => {
    const url = await freshDatabase('concurrency');
    const seeder = await openDesktop(url, root, 'seed');
    await seeder.pg.close();
    const started = Date.now();
    const reports = await Promise.all(DESKTOPS.map((d) => runChild({ ...d, url, copyDir: root, count: COMMANDS })));
    const seconds = (Date.now() - started) / 1000;
    const store = await PgStore.open({ url, localCopyDir: path.join(root, 'check'), log: () => undefined });
    try {
      expect(violations(store.tables)).toEqual([]);
      const missing = reports.flatMap((r) => r.acknowledged.filter((id) => !store.tables.audit.has(id)));
      expect(missing).toEqual([]);
      const acknowledged = reports.reduce((n, r) => n + r.acknowledged.length, 0);
      const conflicts = reports.reduce((n, r) => n + r.conflicts, 0);
      console.log(`[pg] ${DESKTOPS.length} × ${COMMANDS} commands in ${seconds.toFixed(1)} s: ${acknowledged} audit entries acknowledged, ${conflicts} conflicts retried; refused: ${JSON.stringify(reports.map((r) => r.refused))}`);
      // The mix must really have exercised the shared paths.
      expect(conflicts).toBeGreaterThan(0);
      expect(store.tables.orders.size).toBeGreaterThan(10);
    } finally {
      await store.close();
    }
  }, 300_000);
});
