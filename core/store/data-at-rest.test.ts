import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { put } from '../model/changes.ts';
import type { AuditEntry } from '../model/records.ts';
import { MemoryStore } from './memory-store.ts';
import { tempDirs } from '../testing/temp-dirs.ts';
import { demoFixture } from '../testing/fixture.ts';
import type { StoreProblem } from '../ports/store.ts';
import { FileStore } from './file-store.ts';
import { LOCK_FILE } from './folder-lock.ts';
import { journalName } from './journal.ts';
import { PROBLEM_RECORD } from './problem-record.ts';

const tempDir = tempDirs('aa-at-rest-', afterEach);

const entry = (n: number): AuditEntry => ({
  id: `aud_${n}`,
  at: '2026-11-02T10:00:00.000Z',
  actorId: null,
  action: 'test',
  targetType: 'test',
  targetId: String(n),
  before: null,
  after: { n },
});

const mode = (file: string) => fs.statSync(file).mode & 0o777;
const posix = process.platform !== 'win32';

describe('damage stays reported until an administrator has seen it', () => {
  it('reports a damaged partition file on every start, with where the copy is, until acknowledged', async () => {
    const dir = tempDir();
    const a = new FileStore({ dir, foldDelayMs: 0 });
    a.commitSync([put('audit', 'aud_1', entry(1))]);
    await a.close();
    const file = path.join(dir, 'audit-2026-11.json');
    fs.writeFileSync(file, '{"schemaVersion":1,"seq":1,"da');

    const first = new FileStore({ dir, foldDelayMs: 0 });
    expect(first.problems).toEqual([expect.objectContaining({ kind: 'corrupt_file', file })]);
    const movedTo = first.problems[0]!.movedTo!;
    await first.close();

    for (let start = 0; start < 2; start++) {
      const again = new FileStore({ dir, foldDelayMs: 0 });
      expect(again.problems).toEqual([expect.objectContaining({ kind: 'corrupt_file', file, movedTo })]);
      expect(again.tables.audit.size).toBe(0); // the data is still missing
      await again.close();
    }

    const admin = new FileStore({ dir, foldDelayMs: 0 });
    expect(await admin.acknowledgeProblems()).toBe(1);
    expect(admin.problems).toEqual([]);
    await admin.close();
    expect(new FileStore({ dir, foldDelayMs: 0 }).problems).toEqual([]);
    expect(fs.existsSync(movedTo)).toBe(true); // the damaged copy stays for support
  });

  it('keeps a damaged journal reported across starts too, with how many commands were not replayed', async () => {
    const dir = tempDir();
    const a = new FileStore({ dir, foldDelayMs: 0 });
    for (let n = 1; n <= 3; n++) a.commitSync([put('audit', `aud_${n}`, entry(n))]);
    const journal = path.join(dir, journalName(1));
    const bytes = fs.readFileSync(journal);
    bytes[bytes.length - 5] = bytes[bytes.length - 5]! ^ 0x02;
    fs.writeFileSync(journal, bytes);
    const b = new FileStore({ dir, foldDelayMs: 0 });
    await b.close();
    const c = new FileStore({ dir, foldDelayMs: 0 });
    expect(c.problems).toEqual([expect.objectContaining({ kind: 'corrupt_journal', file: journal, lost: 1 })]);
    expect([...c.tables.audit.keys()]).toEqual(['aud_1', 'aud_2']);
  });

  it('a read-only opening (the folder is held) shows the recorded damage and cannot clear it', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, PROBLEM_RECORD), JSON.stringify({ problems: [{ kind: 'corrupt_file', file: '/x/account.json', movedTo: '/x/account.json.corrupt-1', detail: 'bad' }] }));
    fs.writeFileSync(path.join(dir, 'account.json'), JSON.stringify({ schemaVersion: 99, seq: 1, data: {} }));
    const store = new FileStore({ dir, foldDelayMs: 0 });
    expect(store.problems.map((p) => p.kind)).toEqual(['corrupt_file', 'newer_schema']);
    await expect(store.acknowledgeProblems()).rejects.toThrow(/read-only/);
  });
});

describe('store.acknowledgeProblems', () => {
  class DamagedStore extends MemoryStore {
    override problems: StoreProblem[] = [{ kind: 'corrupt_file', file: '/data/billing-2025.json', movedTo: '/data/billing-2025.json.corrupt-1', detail: 'bad' }];
    async acknowledgeProblems() {
      const n = this.problems.length;
      this.problems = [];
      return n;
    }
  }

  it('names what is missing; only an administrator clears it, and it is audited', async () => {
    const store = new DamagedStore();
    const f = await demoFixture(store);
    const status = await f.core.call('app.status', undefined, { userId: null });
    expect(status.ok && status.value.problems[0]).toMatchObject({ missing: { part: 'billing', period: '2025' }, movedTo: '/data/billing-2025.json.corrupt-1' });

    const hannah = await f.signIn('Hannah');
    const refused = await f.call(hannah, 'store.acknowledgeProblems');
    expect(refused.ok || refused.error.code).toBe('forbidden');
    expect(store.problems).toHaveLength(1);

    const marco = await f.signIn('Marco');
    expect(await f.call(marco, 'store.acknowledgeProblems')).toEqual({ ok: true, value: { cleared: 1 } });
    expect(store.problems).toHaveLength(0);
    expect([...store.tables.audit.values()].find((e) => e.action === 'store.problems.acknowledged')).toMatchObject({
      actorId: f.userId('Marco'),
      after: { files: { kind: 'list', items: [{ kind: 'text', text: '/data/billing-2025.json.corrupt-1' }] } },
    });
  });
});

describe.runIf(posix)('the data folder is private (POSIX modes)', () => {
  it('creates the folder 0700 and every file 0600: journal, partitions, lock, problem record — also after a fold rewrote them', async () => {
    const dir = path.join(tempDir(), 'nested', 'store');
    const store = new FileStore({ dir, foldDelayMs: 0, lock: 'test' });
    store.commitSync([put('audit', 'aud_1', entry(1)), put('users', 'usr_1', { id: 'usr_1', email: 'a@b.example', passwordHash: 'secret' } as never)]);
    expect(mode(dir)).toBe(0o700);
    expect(mode(path.join(dir, journalName(1)))).toBe(0o600);
    expect(mode(path.join(dir, LOCK_FILE))).toBe(0o600);
    for (let fold = 0; fold < 2; fold++) {
      store.commitSync([put('audit', `aud_${fold + 2}`, entry(fold + 2))]);
      store.fold();
      const files = fs.readdirSync(dir);
      expect(files.filter((f) => f.endsWith('.json')).length).toBeGreaterThanOrEqual(2);
      for (const f of files) expect([f, mode(path.join(dir, f))]).toEqual([f, 0o600]);
    }
    await store.close();
    fs.writeFileSync(path.join(dir, 'audit-2026-11.json'), 'damaged');
    const again = new FileStore({ dir, foldDelayMs: 0 });
    expect(mode(path.join(dir, PROBLEM_RECORD))).toBe(0o600);
    await again.close();
  });

  it('narrows a folder and files an older version left readable by others', async () => {
    const dir = tempDir();
    const a = new FileStore({ dir, foldDelayMs: 0 });
    a.commitSync([put('audit', 'aud_1', entry(1))]);
    await a.close();
    fs.chmodSync(dir, 0o755);
    for (const f of fs.readdirSync(dir)) fs.chmodSync(path.join(dir, f), 0o644);
    const b = new FileStore({ dir, foldDelayMs: 0 });
    expect(mode(dir)).toBe(0o700);
    for (const f of fs.readdirSync(dir)) expect([f, mode(path.join(dir, f))]).toEqual([f, 0o600]);
    await b.close();
  });
});
