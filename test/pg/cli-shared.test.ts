/**
 * The CLI on a shared account (`--store postgres://…`): two "desktops" (two data folders, each with
 * its copy) see one account; what one imports, the other lists.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describePg, freshDatabase } from './pg-env.ts';
import { tempDir } from './store-subjects.ts';

const BIN = path.resolve('bin/account-admin.mjs');

describePg('the CLI on a shared database', () => {
  let root: string;
  let url: string;
  const cli = (desktop: string, args: string[]) => {
    const env: NodeJS.ProcessEnv = { ...process.env, ACCOUNT_ADMIN_DATA_DIR: path.join(root, desktop), ACCOUNT_ADMIN_EMAIL: 'claire.dubois@lumen-analytics.example', ACCOUNT_ADMIN_PASSWORD: 'Lumen-demo-2026' };
    const run = spawnSync(process.execPath, [BIN, ...args, '--store', url], { env, encoding: 'utf8', timeout: 60_000 });
    return { code: run.status, stdout: run.stdout, stderr: run.stderr };
  };
  beforeAll(async () => {
    root = tempDir('cli-shared');
    url = await freshDatabase('cli');
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('seeds the empty database once, then another desktop reads and changes the same account', () => {
    const seeded = cli('a', ['users', 'list', '--seed-demo']);
    expect(seeded.stderr).toBe('');
    expect(JSON.parse(seeded.stdout)).toHaveLength(16);
    const csv = path.join(root, 'assign.csv');
    fs.writeFileSync(csv, 'email,product,features,action\nyannick.moreau@lumen-analytics.example,meetings,,assign\n');
    const applied = cli('b', ['licences', 'import', csv, '--format', 'json']);
    expect(applied.stderr).toBe('');
    expect(JSON.parse(applied.stdout).applied).toMatchObject({ applied: 1 });
    const listed = JSON.parse(cli('a', ['licences', 'list']).stdout) as { email: string; product: string }[];
    expect(listed).toContainEqual(expect.objectContaining({ email: 'yannick.moreau@lumen-analytics.example', product: 'meetings' }));
    expect(fs.existsSync(path.join(root, 'a'))).toBe(true);
  });
});
