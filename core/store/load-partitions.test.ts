import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPartitions } from './load-partitions.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
function dirWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-load-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

describe('loadPartitions', () => {
  it('migrates an older schema step by step and marks the file for rewriting', () => {
    const dir = dirWith({ 'account.json': JSON.stringify({ schemaVersion: 0, seq: 3, data: { account: { account: { name: 'Old' } } } }) });
    const { files, problems } = loadPartitions(dir, {
      0: (file) => ({ ...file, data: { account: { account: { ...(file.data.account?.account as object), migrated: true } } } }),
    });
    expect(problems).toEqual([]);
    const account = files.get('account');
    expect(account?.schemaVersion).toBe(1);
    expect(account?.migrated).toBe(true);
    expect(account?.data.account?.account).toEqual({ name: 'Old', migrated: true });
  });

  it('ignores files that are not partitions and removes temp files left by a crash', () => {
    const dir = dirWith({ 'notes.json': '{}', 'account.json.tmp-123': 'half', 'users-03.json': JSON.stringify({ schemaVersion: 1, seq: 1, data: {} }) });
    const { files, problems } = loadPartitions(dir);
    expect([...files.keys()]).toEqual(['users-03']);
    expect(problems).toEqual([]);
    expect(fs.existsSync(path.join(dir, 'account.json.tmp-123'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'notes.json'))).toBe(true);
  });

  it('reports a file that parses but is not a partition file, and moves it aside', () => {
    const dir = dirWith({ 'subscriptions.json': JSON.stringify({ hello: 'world' }) });
    const { files, problems } = loadPartitions(dir);
    expect(files.size).toBe(0);
    expect(problems[0]).toMatchObject({ kind: 'corrupt_file', detail: 'not a partition file' });
    expect(fs.existsSync(problems[0]!.movedTo!)).toBe(true);
  });
});
