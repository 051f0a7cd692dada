import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDirs } from '../testing/temp-dirs.ts';
import { del, put } from '../model/changes.ts';
import type { AuditEntry, OutboxEmail } from '../model/records.ts';
import { FileStore } from './file-store.ts';
import { openConfPartition, type OpenPartition } from './partition-file.ts';

const tempDir = tempDirs('aa-segments-', afterEach);

const entry = (n: number, note = 'created', month = '2026-11'): AuditEntry => ({
  id: `aud_${n}`,
  at: `${month}-02T10:00:00.000Z`,
  actorId: null,
  action: 'test',
  targetType: 'test',
  targetId: String(n),
  before: null,
  after: { n, note },
});

const jsonFiles = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const idsIn = (dir: string, file: string) => Object.keys((JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as { data: { audit?: object } }).data.audit ?? {}).sort();

/** Counts the partition files each fold writes, by name. */
function countingOpener(writes: string[]): OpenPartition {
  return (dir, name) => {
    const file = openConfPartition(dir, name);
    return { path: file.path, read: () => file.read(), write: (value) => (writes.push(name), file.write(value)) };
  };
}

describe('segments of the audit and outbox months', () => {
  it('fills a month segment by segment, and reopens with every record', async () => {
    const dir = tempDir();
    const store = new FileStore({ dir, foldDelayMs: 0, segmentRecords: 3 });
    for (let n = 1; n <= 7; n++) store.commitSync([put('audit', `aud_${n}`, entry(n))]);
    await store.close();
    expect(jsonFiles(dir)).toEqual(['audit-2026-11.1.json', 'audit-2026-11.2.json', 'audit-2026-11.json']);
    expect(idsIn(dir, 'audit-2026-11.json')).toEqual(['aud_1', 'aud_2', 'aud_3']);
    expect(idsIn(dir, 'audit-2026-11.1.json')).toEqual(['aud_4', 'aud_5', 'aud_6']);
    expect(idsIn(dir, 'audit-2026-11.2.json')).toEqual(['aud_7']);
    const again = new FileStore({ dir, foldDelayMs: 0, segmentRecords: 3 });
    expect([...again.tables.audit.keys()].sort()).toEqual(['aud_1', 'aud_2', 'aud_3', 'aud_4', 'aud_5', 'aud_6', 'aud_7']);
    await again.close();
  });

  it('rewrites only the newest segment when a record is added, and only its own when an old one changes', async () => {
    const dir = tempDir();
    const seed = new FileStore({ dir, foldDelayMs: 0, segmentRecords: 3 });
    for (let n = 1; n <= 7; n++) seed.commitSync([put('audit', `aud_${n}`, entry(n))]);
    await seed.close();
    const writes: string[] = [];
    const store = new FileStore({ dir, foldDelayMs: 0, segmentRecords: 3, openPartition: countingOpener(writes) });
    store.commitSync([put('audit', 'aud_8', entry(8))]);
    store.fold();
    expect(writes).toEqual(['audit-2026-11.2']);
    writes.length = 0;
    store.commitSync([put('audit', 'aud_2', entry(2, 'amended'))]);
    store.fold();
    expect(writes).toEqual(['audit-2026-11']);
    writes.length = 0;
    store.commitSync([del('audit', 'aud_5')]);
    store.fold();
    expect(writes).toEqual(['audit-2026-11.1']);
    await store.close();
    const again = new FileStore({ dir, foldDelayMs: 0, segmentRecords: 3 });
    expect(again.tables.audit.get('aud_2')?.after).toEqual({ n: 2, note: 'amended' });
    expect(again.tables.audit.has('aud_5')).toBe(false);
    expect(again.tables.audit.size).toBe(7);
    await again.close();
  });

  it('leaves a month written whole (before segments) as it is, and adds to a new segment', async () => {
    const dir = tempDir();
    const big = new FileStore({ dir, foldDelayMs: 0, segmentRecords: 100 });
    big.commitSync(Array.from({ length: 10 }, (_, i) => put('audit', `aud_${i + 1}`, entry(i + 1))));
    await big.close();
    expect(jsonFiles(dir)).toEqual(['audit-2026-11.json']);
    const before = fs.readFileSync(path.join(dir, 'audit-2026-11.json'), 'utf8');
    const store = new FileStore({ dir, foldDelayMs: 0, segmentRecords: 4 });
    store.commitSync([put('audit', 'aud_11', entry(11))]);
    await store.close();
    expect(fs.readFileSync(path.join(dir, 'audit-2026-11.json'), 'utf8')).toBe(before);
    expect(idsIn(dir, 'audit-2026-11.1.json')).toEqual(['aud_11']);
  });

  it('keeps months apart, and the outbox too', async () => {
    const dir = tempDir();
    const store = new FileStore({ dir, foldDelayMs: 0, segmentRecords: 2 });
    for (let n = 1; n <= 3; n++) store.commitSync([put('audit', `aud_${n}`, entry(n, 'x', '2026-10')), put('audit', `aud_1${n}`, entry(10 + n))]);
    const mail: OutboxEmail = { id: 'mail_1', at: '2026-11-02T10:00:00.000Z', to: 'a@b.example', userId: null, template: 'password_changed', language: 'en', subject: 's', body: 'b' };
    store.commitSync([put('outbox', 'mail_1', mail)]);
    await store.close();
    expect(jsonFiles(dir)).toEqual(['audit-2026-10.1.json', 'audit-2026-10.json', 'audit-2026-11.1.json', 'audit-2026-11.json', 'outbox-2026-11.json']);
  });

  it('after any sequence of puts, deletes, folds and crashes, reopens with exactly what was committed', () => {
    type Step = { kind: 'put'; n: number; note: string } | { kind: 'del'; n: number } | { kind: 'fold' } | { kind: 'crash' } | { kind: 'reopen' };
    const step: fc.Arbitrary<Step> = fc.oneof(
      { weight: 6, arbitrary: fc.record({ kind: fc.constant('put' as const), n: fc.integer({ min: 1, max: 30 }), note: fc.constantFrom('a', 'b', 'c') }) },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('del' as const), n: fc.integer({ min: 1, max: 30 }) }) },
      { weight: 1, arbitrary: fc.constant({ kind: 'fold' as const }) },
      { weight: 1, arbitrary: fc.constant({ kind: 'crash' as const }) },
      { weight: 1, arbitrary: fc.constant({ kind: 'reopen' as const }) },
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.array(step, { maxLength: 60 }), (limit, steps) => {
        const dir = tempDir();
        const open = () => new FileStore({ dir, foldDelayMs: 0, foldBytes: Number.MAX_SAFE_INTEGER, segmentRecords: limit });
        const model = new Map<string, AuditEntry>();
        let store = open();
        const check = () => {
          expect(new Map(store.tables.audit)).toEqual(model);
          for (const file of jsonFiles(dir)) if (/\.\d+\.json$/.test(file)) expect(idsIn(dir, file).length).toBeLessThanOrEqual(limit);
        };
        for (const s of steps) {
          if (s.kind === 'put') {
            store.commitSync([put('audit', `aud_${s.n}`, entry(s.n, s.note))]);
            model.set(`aud_${s.n}`, entry(s.n, s.note));
          } else if (s.kind === 'del') {
            store.commitSync([del('audit', `aud_${s.n}`)]);
            model.delete(`aud_${s.n}`);
          } else if (s.kind === 'fold') store.fold();
          else {
            // A crash drops the store without folding (its journal's descriptor is closed, nothing more).
            if (s.kind === 'crash') (store as unknown as { journal: { close(): void } }).journal.close();
            else store.fold();
            store = open();
            check();
          }
        }
        store.fold();
        store = open();
        check();
        (store as unknown as { journal: { close(): void } }).journal.close();
      }),
      { numRuns: 150, seed: 20261124 },
    );
  });
});
