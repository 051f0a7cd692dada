/**
 * A store opened with `deferHistory` reads the audit, outbox and billing partitions on first use:
 * the first screen does not wait for years of history, and nothing written meanwhile is lost, whether
 * the store is closed, folded or killed before the history was read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDirs } from '../testing/temp-dirs.ts';
import { del, put } from '../model/changes.ts';
import type { AuditEntry } from '../model/records.ts';
import { FileStore } from './file-store.ts';

const tempDir = tempDirs('aa-defer-', afterEach);

const entry = (n: number, month = '2026-11'): AuditEntry => ({
  id: `aud_${n}`,
  at: `${month}-01T00:00:00.000Z`,
  actorId: null,
  action: 'test',
  targetType: 'test',
  targetId: String(n),
  before: null,
  after: { n },
});
const user = (id: string) => ({ id, email: `${id}@example.com` }) as never;

/** A folder with a user and three months of audit, folded and closed. */
async function history(): Promise<string> {
  const dir = tempDir();
  const store = new FileStore({ dir, foldDelayMs: 0 });
  store.commitSync([put('users', 'usr_1', user('usr_1')), put('audit', 'aud_1', entry(1, '2026-09')), put('audit', 'aud_2', entry(2, '2026-10')), put('audit', 'aud_3', entry(3))]);
  await store.close();
  return dir;
}

describe('FileStore with deferHistory', () => {
  it('opens without reading the history partitions, and reads them on first access', async () => {
    const dir = await history();
    const reads: string[] = [];
    const readFileSync = fs.readFileSync;
    const spy = ((file: fs.PathOrFileDescriptor, ...rest: never[]) => {
      if (typeof file === 'string') reads.push(path.basename(file));
      return (readFileSync as (...args: unknown[]) => unknown)(file, ...rest);
    }) as typeof fs.readFileSync;
    fs.readFileSync = spy;
    try {
      const store = new FileStore({ dir, foldDelayMs: 0, deferHistory: true });
      expect(reads.filter((f) => f.startsWith('audit-'))).toEqual([]);
      expect(store.historyDeferred).toBe(true);
      expect(store.tables.users.get('usr_1')).toBeDefined();
      expect([...store.tables.audit.keys()].sort()).toEqual(['aud_1', 'aud_2', 'aud_3']);
      expect(reads.filter((f) => f.startsWith('audit-')).sort()).toEqual(['audit-2026-09.json', 'audit-2026-10.json', 'audit-2026-11.json']);
      expect(store.historyDeferred).toBe(false);
      await store.close();
    } finally {
      fs.readFileSync = readFileSync;
    }
  });

  it('keeps a write to an unread partition: applied once read, then folded into its file', async () => {
    const dir = await history();
    const store = new FileStore({ dir, foldDelayMs: 0, deferHistory: true });
    store.commitSync([put('audit', 'aud_4', entry(4)), del('audit', 'aud_1'), put('users', 'usr_2', user('usr_2'))]);
    expect(store.historyDeferred).toBe(true);
    expect(store.tables.users.has('usr_2')).toBe(true);
    expect([...store.tables.audit.keys()].sort()).toEqual(['aud_2', 'aud_3', 'aud_4']);
    await store.close();
    const again = new FileStore({ dir, foldDelayMs: 0 });
    expect([...again.tables.audit.keys()].sort()).toEqual(['aud_2', 'aud_3', 'aud_4']);
    const november = JSON.parse(fs.readFileSync(path.join(dir, 'audit-2026-11.json'), 'utf8')) as { data: { audit: Record<string, unknown> } };
    expect(Object.keys(november.data.audit).sort()).toEqual(['aud_3', 'aud_4']);
    await again.close();
  });

  it('keeps a write to an unread partition when the process dies before the history was read', async () => {
    const dir = await history();
    const a = new FileStore({ dir, foldDelayMs: 0, deferHistory: true });
    a.commitSync([put('audit', 'aud_5', entry(5, '2026-10'))]);
    // No close, no fold: the process "dies" here. The next start (deferring too) replays the journal.
    const b = new FileStore({ dir, foldDelayMs: 0, deferHistory: true });
    expect(b.tables.audit.get('aud_5')).toEqual(entry(5, '2026-10'));
    expect(b.tables.audit.size).toBe(4);
    await b.close();
    const c = new FileStore({ dir, foldDelayMs: 0 });
    expect([...c.tables.audit.keys()].sort()).toEqual(['aud_1', 'aud_2', 'aud_3', 'aud_5']);
    await c.close();
  });

  it('reads the history before a fold drops the journal, and continues the sequence after the unread files', async () => {
    const dir = await history();
    const a = new FileStore({ dir, foldDelayMs: 0, deferHistory: true });
    a.commitSync([put('audit', 'aud_6', entry(6))]);
    a.fold();
    expect(a.historyDeferred).toBe(false);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('journal-'))).toHaveLength(1);
    a.commitSync([put('audit', 'aud_7', entry(7))]);
    // Killed after a commit: the journal holds aud_7 only; the files hold the rest.
    const b = new FileStore({ dir, foldDelayMs: 0, deferHistory: true });
    expect([...b.tables.audit.keys()].sort()).toEqual(['aud_1', 'aud_2', 'aud_3', 'aud_6', 'aud_7']);
    await b.close();
  });

  it('still opens read-only on a history file of a newer schema, and reports a damaged one when it reads it', async () => {
    const dir = await history();
    fs.writeFileSync(path.join(dir, 'audit-2026-09.json'), JSON.stringify({ schemaVersion: 99, seq: 1, data: {} }));
    const newer = new FileStore({ dir, foldDelayMs: 0, deferHistory: true });
    expect(newer.readOnly).toBe(true);
    await newer.close();

    const dir2 = await history();
    const damaged = path.join(dir2, 'audit-2026-10.json');
    fs.writeFileSync(damaged, '{"schemaVersion":1,"seq":1,"da');
    const store = new FileStore({ dir: dir2, foldDelayMs: 0, deferHistory: true });
    store.loadDeferred();
    expect(store.problems).toEqual([expect.objectContaining({ kind: 'corrupt_file', file: damaged })]);
    expect([...store.tables.audit.keys()].sort()).toEqual(['aud_1', 'aud_3']);
    await store.close();
    const again = new FileStore({ dir: dir2, foldDelayMs: 0 });
    expect(again.problems).toEqual([expect.objectContaining({ kind: 'corrupt_file', file: damaged })]);
    await again.close();
  });

  it('reads one history family on its first use: billing without the audit, whose writes wait for it', async () => {
    const dir = tempDir();
    const seed = new FileStore({ dir, foldDelayMs: 0 });
    const invoice = { id: 'inv_1', issuedAt: '2026-11-01T00:00:00.000Z' } as never;
    seed.commitSync([put('invoices', 'inv_1', invoice), put('audit', 'aud_1', entry(1))]);
    await seed.close();
    const store = new FileStore({ dir, foldDelayMs: 0, deferHistory: true });
    expect(store.deferredHistory).toEqual(['audit', 'billing']);
    store.commitSync([put('audit', 'aud_2', entry(2))]);
    expect(store.tables.invoices.has('inv_1')).toBe(true);
    expect(store.deferredHistory).toEqual(['audit']);
    expect(store.historyDeferred).toBe(true);
    expect([...store.tables.audit.keys()].sort()).toEqual(['aud_1', 'aud_2']);
    expect(store.deferredHistory).toEqual([]);
    expect(store.historyDeferred).toBe(false);
    await store.close();
    const again = new FileStore({ dir, foldDelayMs: 0 });
    expect([...again.tables.audit.keys()].sort()).toEqual(['aud_1', 'aud_2']);
    await again.close();
  });
});
