import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDirs } from '../testing/temp-dirs.ts';
import { put } from '../model/changes.ts';
import type { AuditEntry } from '../model/records.ts';
import { FileStore } from './file-store.ts';
import { LOCK_FILE, lockFolder } from './folder-lock.ts';

const tempDir = tempDirs('aa-lock-', afterEach);

const entry = (n: number): AuditEntry => ({ id: `aud_${n}`, at: '2026-11-01T00:00:00.000Z', actorId: null, action: 'test', targetType: 'test', targetId: String(n), before: null, after: { n } });

/** A process that takes the folder's lock and waits until it is killed. */
function holdInChild(dir: string): Promise<{ pid: number; stop: () => void }> {
  const script = `
    const fs = require('node:fs'), os = require('node:os'), path = require('node:path');
    fs.writeFileSync(path.join(${JSON.stringify(dir)}, ${JSON.stringify(LOCK_FILE)}), JSON.stringify({ pid: process.pid, host: os.hostname(), since: new Date().toISOString(), what: 'the CLI' }), { flag: 'wx' });
    process.stdout.write('held\\n');
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout.once('data', () => resolve({ pid: child.pid!, stop: () => child.kill('SIGKILL') }));
    child.once('error', reject);
  });
}

describe('one writer per data folder', () => {
  it('opens read-only, saying who holds the folder, while another live process has it; writes nothing there', async () => {
    const dir = tempDir();
    const first = new FileStore({ dir, foldDelayMs: 0, lock: 'the app' });
    first.commitSync([put('audit', 'aud_1', entry(1))]);
    await first.close();
    const child = await holdInChild(dir);
    try {
      const before = fs.readdirSync(dir).sort();
      const second = new FileStore({ dir, foldDelayMs: 0, lock: 'the app' });
      expect(second.readOnly).toBe(true);
      expect(second.problems).toEqual([expect.objectContaining({ kind: 'locked', detail: expect.stringContaining(`the CLI (process ${child.pid}`) })]);
      expect(second.tables.audit.get('aud_1')).toBeDefined();
      await expect(second.commit([put('audit', 'aud_2', entry(2))])).rejects.toThrow(/read-only/);
      await second.close();
      expect(fs.readdirSync(dir).sort()).toEqual(before);
    } finally {
      child.stop();
    }
  });

  it('takes over the lock of a process that died without releasing it, and releases its own on close', async () => {
    const dir = tempDir();
    const child = await holdInChild(dir);
    child.stop();
    await new Promise<void>((resolve) => {
      const wait = () => (spawnSync('kill', ['-0', String(child.pid)]).status === 0 ? setTimeout(wait, 20) : resolve());
      wait();
    });
    const store = new FileStore({ dir, foldDelayMs: 0, lock: 'the app' });
    expect(store.readOnly).toBe(false);
    expect(JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid, what: 'the app' });
    store.commitSync([put('audit', 'aud_1', entry(1))]);
    await store.close();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  it('lets this process take its own folder again, and never releases a lock taken over since', () => {
    const dir = tempDir();
    const a = lockFolder(dir, 'a');
    const b = lockFolder(dir, 'b');
    expect(a.ok && b.ok).toBe(true);
    if (a.ok) a.release();
    expect(JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ what: 'b' });
    if (b.ok) b.release();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    // On another host, a lock cannot be judged stale from here.
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: 999999999, host: 'elsewhere', since: '', what: 'x' }));
    expect(lockFolder(dir, 'c')).toEqual({ ok: false, holder: expect.objectContaining({ host: 'elsewhere' }) });
  });
});
