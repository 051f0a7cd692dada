import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDirs } from '../testing/temp-dirs.ts';
import { put } from '../model/changes.ts';
import type { AuditEntry } from '../model/records.ts';
import { FileStore } from './file-store.ts';
import { journalName } from './journal.ts';

const tempDir = tempDirs('aa-store-', afterEach);

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

describe('FileStore', () => {
  it('makes a commit durable in the journal before folding, and replays it after a crash', async () => {
    const dir = tempDir();
    const a = new FileStore({ dir, foldDelayMs: 0 });
    a.commitSync([put('audit', 'aud_1', entry(1))]);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.json'))).toEqual([]);
    // No close: the process "dies" here.
    const b = new FileStore({ dir, foldDelayMs: 0 });
    expect(b.tables.audit.get('aud_1')).toEqual(entry(1));
    // Replay folded the journal into the month's partition.
    expect(fs.existsSync(path.join(dir, 'audit-2026-11.json'))).toBe(true);
  });

  it('rewrites only the partitions a command touched', async () => {
    const dir = tempDir();
    const store = new FileStore({ dir, foldDelayMs: 0 });
    store.commitSync([put('audit', 'aud_1', entry(1, '2026-10')), put('audit', 'aud_2', entry(2, '2026-11'))]);
    store.fold();
    const october = fs.statSync(path.join(dir, 'audit-2026-10.json')).mtimeMs;
    const novemberBefore = fs.readFileSync(path.join(dir, 'audit-2026-11.json'), 'utf8');
    store.commitSync([put('audit', 'aud_3', entry(3, '2026-11'))]);
    store.fold();
    expect(fs.statSync(path.join(dir, 'audit-2026-10.json')).mtimeMs).toBe(october);
    expect(fs.readFileSync(path.join(dir, 'audit-2026-11.json'), 'utf8')).not.toBe(novemberBefore);
    await store.close();
  });

  it('cuts a torn last journal line (never acknowledged) and keeps everything before it', async () => {
    const dir = tempDir();
    const a = new FileStore({ dir, foldDelayMs: 0 });
    a.commitSync([put('audit', 'aud_1', entry(1))]);
    const journal = path.join(dir, journalName(1));
    fs.appendFileSync(journal, '1234abcd {"seq":2,"changes":[{"op":"put","coll":"au');
    const b = new FileStore({ dir, foldDelayMs: 0 });
    expect([...b.tables.audit.keys()]).toEqual(['aud_1']);
    expect(b.problems).toEqual([]);
  });

  it('moves a corrupt partition file aside, names it, and never silently resets it', async () => {
    const dir = tempDir();
    const a = new FileStore({ dir, foldDelayMs: 0 });
    a.commitSync([put('audit', 'aud_1', entry(1))]);
    await a.close();
    fs.writeFileSync(path.join(dir, 'audit-2026-11.json'), '{"schemaVersion":1,"seq":1,"da');
    const b = new FileStore({ dir, foldDelayMs: 0 });
    expect(b.problems).toHaveLength(1);
    expect(b.problems[0]).toMatchObject({ kind: 'corrupt_file', file: path.join(dir, 'audit-2026-11.json') });
    expect(fs.existsSync(b.problems[0]!.movedTo!)).toBe(true);
  });

  it('opens read-only when a file was written by a newer schema', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'account.json'), JSON.stringify({ schemaVersion: 99, seq: 1, data: {} }));
    const store = new FileStore({ dir, foldDelayMs: 0 });
    expect(store.readOnly).toBe(true);
    expect(() => store.commitSync([put('audit', 'aud_1', entry(1))])).toThrow(/read-only/);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'account.json'), 'utf8')).schemaVersion).toBe(99);
  });
});
