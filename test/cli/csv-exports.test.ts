/**
 * Every CSV the command line writes (users, groups, licences, subscriptions, invoices, transactions), from a
 * store where users gave themselves hostile names: no cell reaches a spreadsheet as a live formula.
 * The app's exports have the same test in renderer/app/csv-exports.test.ts.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../core/adapters/open-core.ts';
import type { SessionState } from '../../core/app/handler.ts';

const BIN = path.resolve('bin/account-admin.mjs');
const CLAIRE = 'claire.dubois@lumen-analytics.example';
const PASSWORD = 'Lumen-demo-2026';
const HOSTILE = ['=HYPERLINK("http://x","click")', "+cmd|' /C calc'!A0", '@SUM(1)', '-2+3', '\t=1+1', '\r=1+1', '=1+1\nsecond line', '＝1+1'];
/** What a spreadsheet evaluates: a formula character first, unless the whole cell is a plain number. */
const LIVE = /^(?![-+]?\d+(?:\.\d+)?$)[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

let root: string;
let dataDir: string;

function cli(args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, ACCOUNT_ADMIN_DATA_DIR: dataDir, ACCOUNT_ADMIN_EMAIL: CLAIRE, ACCOUNT_ADMIN_PASSWORD: PASSWORD };
  const run = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 30_000, stdio: ['ignore', 'pipe', 'pipe'] });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The demo users who can sign in; each sets their own first and last name to hostile values, as My Account allows. */
const SIGNING_IN = [CLAIRE, 'marco.rossi@lumen-analytics.example', 'hannah.becker@lumen-analytics.example', 'jan.devries@lumen-analytics.example'];

async function giveHostileNames(): Promise<void> {
  const { core, store, stop } = await openCore({ dataDir, host: { mode: 'browser', version: 'test' }, seed: false });
  try {
    for (const [i, email] of SIGNING_IN.entries()) {
      const session: SessionState = { userId: null };
      expect((await core.dispatch('auth.signIn', { email, password: PASSWORD }, session)).ok).toBe(true);
      const me = await core.call('me.get', {}, session);
      if (!me.ok) throw new Error(me.error.message);
      const { phone, language, timeZone } = me.value;
      const saved = await core.call('me.updatePersonal', { firstName: HOSTILE[2 * i]!, lastName: HOSTILE[2 * i + 1]!, phone: phone ?? '', language, timeZone }, session);
      expect(saved.ok).toBe(true);
      // An administrator's group named like a formula, with the hostile user in it.
      if (i === 0) {
        const group = await core.call('groups.create', { name: HOSTILE[0]! }, session);
        if (!group.ok) throw new Error(group.error.message);
        expect((await core.call('groups.addMembers', { groupId: group.value.id, userIds: [me.value.id] }, session)).ok).toBe(true);
      }
    }
  } finally {
    stop();
    await store.close();
  }
}

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'account-admin-csv-'));
  dataDir = path.join(root, 'store');
  expect(cli(['users', 'list', '--seed-demo']).code).toBe(0);
  await giveHostileNames();
}, 120_000);

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const exports = [
  ['users', 'list', '--format', 'csv'],
  ['groups', 'list', '--format', 'csv'],
  ['licences', 'list', '--format', 'csv'],
  ['subscriptions', 'list', '--format', 'csv'],
  ['invoices', 'list', '--format', 'csv'],
  ['invoices', 'export'],
  ['transactions', 'export'],
];

/** Each export's output, kept for the checks that follow (a signed-in run takes seconds here). */
const outputs = new Map<string, string[][]>();

// Each signed-in run loads the core in a fresh Node: seconds, more on a busy machine.
describe('every CSV the command line writes neutralises formulae', { timeout: 60_000 }, () => {
  it.each(exports.map((args) => [args.join(' '), args] as const))('%s', (_name, args) => {
    const run = cli(args);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const parsed = Papa.parse<string[]>(run.stdout.trimEnd(), { newline: '\r\n' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.length).toBeGreaterThan(1);
    expect(parsed.data.flat().filter((cell) => LIVE.test(cell))).toEqual([]);
    outputs.set(args.slice(0, 2).join(' '), parsed.data);
  });

  it('users list keeps every hostile name (as the core trimmed it), behind the quote a spreadsheet shows as text', () => {
    const cells = outputs.get('users list')!.flat();
    for (const hostile of HOSTILE) expect(cells).toContain(`'${hostile.trim()}`);
  });

  it('amounts stay plain numbers', () => {
    const [header, ...rows] = outputs.get('invoices export')!;
    const total = header!.indexOf('total');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row[total]).toMatch(/^-?\d+\.\d{2}$/);
  });
});
