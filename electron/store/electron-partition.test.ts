import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SCHEMA_VERSION } from '../../core/store/partition-file.ts';
import { electronStorePartition } from './electron-partition.ts';

// The real electron-store loads the real `electron` (no binary here). This stand-in keeps its one
// quirk that matters: the file name comes from `name` (default "config"), overwriting `configName`.
const constructed = vi.hoisted(() => [] as Record<string, unknown>[]);
vi.mock('electron-store', async () => {
  const { default: Conf } = await import('conf');
  class ElectronStore extends Conf<Record<string, unknown>> {
    constructor(options: Record<string, unknown> = {}) {
      constructed.push(options);
      const { name, ...rest } = { name: 'config', ...options };
      super({ ...rest, configName: name as string });
    }
  }
  return { default: ElectronStore };
});

let dir: string | undefined;
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('electronStorePartition', () => {
  it('writes each partition to its own file in the data folder and reads it back', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'account-admin-partition-'));
    const users = electronStorePartition(dir, 'users-1');
    const account = electronStorePartition(dir, 'account');
    expect(users.path).toBe(path.join(dir, 'users-1.json'));
    expect(account.path).toBe(path.join(dir, 'account.json'));

    const value = { schemaVersion: SCHEMA_VERSION, seq: 3, data: { users: { u1: { id: 'u1' } } } };
    users.write(value);
    expect(JSON.parse(fs.readFileSync(users.path, 'utf8'))).toMatchObject(value);
    expect(electronStorePartition(dir, 'users-1').read()).toMatchObject(value);
    expect(constructed.at(-1)).toMatchObject({ cwd: dir, name: 'users-1', watch: false, clearInvalidConfig: false });
  });
});
