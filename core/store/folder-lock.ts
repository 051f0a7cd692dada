/**
 * One writer per data folder: the app, a second browser-mode run and the CLI could otherwise all
 * write one folder's journal and partition files. The lock is a file created exclusively (O_EXCL)
 * holding who took it; a lock whose process is gone (a crash) is taken over. Written by hand: the
 * lock libraries on npm (proper-lockfile and the like) lock by mtime polling, which is wrong for a
 * process that holds the folder for hours and right after a crash.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import { systemClock } from '../adapters/system.ts';
import path from 'node:path';
import { FILE_MODE } from './modes.ts';

export const LOCK_FILE = '.lock';

export interface LockHolder {
  pid: number;
  host: string;
  since: string;
  what: string;
}

export type LockResult = { ok: true; release(): void } | { ok: false; holder: LockHolder };

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): (LockHolder & { token?: string }) | null {
  try {
    const holder = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockHolder> & { token?: string };
    if (typeof holder.pid !== 'number' || typeof holder.host !== 'string') return null;
    return { pid: holder.pid, host: holder.host, since: String(holder.since ?? ''), what: String(holder.what ?? ''), ...(holder.token ? { token: holder.token } : {}) };
  } catch {
    return null;
  }
}

export function lockFolder(dir: string, what: string): LockResult {
  const file = path.join(dir, LOCK_FILE);
  const token = randomUUID();
  const me = { pid: process.pid, host: os.hostname(), since: systemClock.now().toISOString(), what, token };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx', FILE_MODE);
      // Not fsync'd: after a power cut no process holds the folder anyway, and a lost or empty lock
      // file is taken over.
      fs.writeSync(fd, JSON.stringify(me));
      fs.closeSync(fd);
      return {
        ok: true,
        release() {
          // Only our own lock: never one taken over since.
          if (readHolder(file)?.token === token) fs.rmSync(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(file);
    // Half-written by a process that died while taking it, left by one that crashed on this host, or
    // this very process's (one core per process: a store it never closed does not lock it out).
    const stale = !holder || (holder.host === me.host && (holder.pid === me.pid || !alive(holder.pid)));
    if (!stale) return { ok: false, holder: { pid: holder.pid, host: holder.host, since: holder.since, what: holder.what } };
    fs.rmSync(file, { force: true });
  }
  return { ok: false, holder: readHolder(file) ?? { pid: 0, host: '?', since: '', what: '' } };
}
