/**
 * The command-line tool through its real binary (`node bin/account-admin.mjs`) on a temporary data
 * folder seeded with the demo account: help, JSON output, the licence import's dry run and apply,
 * permissions and exit codes.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = path.resolve('bin/account-admin.mjs');
const CLAIRE = 'claire.dubois@lumen-analytics.example';
const TOM = 'tom.walker@lumen-analytics.example';
const PASSWORD = 'Lumen-demo-2026';

let root: string;
let dataDir: string;

function cli(args: string[], { email = CLAIRE, password = PASSWORD }: { email?: string; password?: string } = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, ACCOUNT_ADMIN_DATA_DIR: dataDir, ACCOUNT_ADMIN_EMAIL: email, ACCOUNT_ADMIN_PASSWORD: password };
  const run = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 30_000, stdio: ['ignore', 'pipe', 'pipe'] });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The store's data files (journal aside) by name, as text. */
/** The data files, but the sign-in log's: each run of the command line signs in, and that is logged. */
function storeFiles(): Map<string, string> {
  const files = fs.readdirSync(dataDir).filter((f) => f.endsWith('.json') && !f.startsWith('signins-'));
  return new Map(files.map((f) => [f, fs.readFileSync(path.join(dataDir, f), 'utf8')]));
}

function auditCount(): number {
  let count = 0;
  const walk = (value: unknown): void => {
    if (!value || typeof value !== 'object') return;
    if (typeof (value as { id?: unknown }).id === 'string' && (value as { id: string }).id.startsWith('aud_')) count++;
    else Object.values(value).forEach(walk);
  };
  for (const [name, text] of storeFiles()) if (name.startsWith('audit-')) walk(JSON.parse(text));
  return count;
}

function writeCsv(name: string, lines: string[]): string {
  const file = path.join(root, name);
  fs.writeFileSync(file, `email,product,features,action\n${lines.join('\n')}\n`);
  return file;
}

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'account-admin-cli-'));
  dataDir = path.join(root, 'store');
  const seeded = cli(['users', 'list', '--seed-demo']);
  expect(seeded.stderr).toBe('');
  expect(seeded.code).toBe(0);
}, 60_000);

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

// Each signed-in run loads the core in a fresh Node (about a second; more on a busy machine).
describe('account-admin', { timeout: 30_000 }, () => {
  it('prints help for the tool and for a command, exit 0', () => {
    const tool = cli(['--help']);
    expect(tool.code).toBe(0);
    expect(tool.stdout).toContain('licences import');
    const command = cli(['licences', 'import', '--help']);
    expect(command.code).toBe(0);
    expect(command.stdout).toContain('--dry-run');
  });

  it('lists the 16 demo users as JSON', () => {
    const run = cli(['users', 'list', '--format', 'json']);
    expect(run.code).toBe(0);
    const users = JSON.parse(run.stdout) as { email: string }[];
    expect(users).toHaveLength(16);
    expect(users.map((u) => u.email)).toContain(TOM);
  });

  it('dry-runs a licence CSV: the report is shown and nothing changes', () => {
    const file = writeCsv('dry.csv', ['yannick.moreau@lumen-analytics.example,meetings,webinars=on,assign', 'nobody@example.com,meetings,,assign']);
    const before = storeFiles();
    const run = cli(['licences', 'import', file, '--dry-run']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/line 2\s+ok/);
    expect(run.stdout).toMatch(/line 3\s+unknown_user/);
    expect(run.stdout).toContain('Dry run: nothing was changed.');
    expect(storeFiles()).toEqual(before);
  });

  it('applies a licence CSV without --dry-run, with audit entries', () => {
    const file = writeCsv('apply.csv', ['yannick.moreau@lumen-analytics.example,meetings,webinars=on,assign']);
    const audited = auditCount();
    const run = cli(['licences', 'import', file, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).applied).toMatchObject({ applied: 1, changedUsers: 1 });
    expect(auditCount()).toBeGreaterThan(audited);
    const licences = JSON.parse(cli(['licences', 'list']).stdout) as { email: string; product: string; features: Record<string, boolean> }[];
    expect(licences).toContainEqual(expect.objectContaining({ email: 'yannick.moreau@lumen-analytics.example', product: 'meetings', features: expect.objectContaining({ webinars: true }) }));
  });

  it('refuses a user without Manage users: exit 1, forbidden, nothing changed', () => {
    const file = writeCsv('tom.csv', ['olivia.brown@lumen-analytics.example,remote_support,,assign']);
    const before = storeFiles();
    const run = cli(['licences', 'import', file], { email: TOM });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('forbidden');
    expect(storeFiles()).toEqual(before);
  });

  it('while the app has the data folder open: reads work, a change is refused with who holds it, nothing written', async () => {
    // A live process holding the folder's lock, as the running app does.
    const app = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    try {
      fs.writeFileSync(path.join(dataDir, '.lock'), JSON.stringify({ pid: app.pid, host: os.hostname(), since: '2026-11-24T09:00:00.000Z', what: 'Account Admin (electron)' }));
      const before = storeFiles();
      const list = cli(['users', 'list']);
      expect(list.code).toBe(0);
      expect(JSON.parse(list.stdout)).toHaveLength(16);
      const file = writeCsv('locked.csv', ['olivia.brown@lumen-analytics.example,remote_support,,assign']);
      const run = cli(['licences', 'import', file]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('Another Account Admin is using this data folder');
      expect(run.stderr).toContain(`process ${app.pid}`);
      expect(storeFiles()).toEqual(before);
    } finally {
      app.kill('SIGKILL');
      fs.rmSync(path.join(dataDir, '.lock'), { force: true });
    }
  });

  // Six runs of the command line: more time than the others.
  it('groups: create, add and remove members by email, list; an unknown group is a usage error', { timeout: 120_000 }, () => {
    const HANNAH = 'hannah.becker@lumen-analytics.example';
    expect(cli(['groups', 'create', 'Support', 'team']).stdout).toContain('created Support team');
    const added = cli(['groups', 'add-members', 'support TEAM', HANNAH, TOM]);
    expect(added.stderr).toBe('');
    expect(added.stdout).toContain('Support team: 2 member(s)');
    const listed = cli(['groups', 'list', '--format', 'json']);
    const [group] = JSON.parse(listed.stdout) as { name: string; members: { email: string }[] }[];
    expect(group?.members.map((m) => m.email).sort()).toEqual([HANNAH, TOM]);
    expect(cli(['groups', 'remove-members', 'Support team', TOM]).stdout).toContain('Support team: 1 member(s)');
    const unknown = cli(['groups', 'add-members', 'Nobody', HANNAH]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no group is called "Nobody"');
    expect(cli(['groups', 'create', 'support team']).code).toBe(1);
  });

  // Four runs of the command line: more time than the others. (The refusal of someone without Contact Center: core/queues/manage.test.ts.)
  it('queues: create, add a member by email as supervisor, rename, delete', { timeout: 120_000 }, () => {
    const SOFIA = 'sofia.martins@lumen-analytics.example';
    expect(cli(['queues', 'create', 'Billing', 'line', '--kind', 'outbound']).stdout).toContain('created Billing line (outbound)');
    expect(cli(['queues', 'add-member', 'billing LINE', SOFIA, '--role', 'supervisor']).stdout).toContain('Billing line: 1 supervisor(s), 0 agent(s)');
    expect(cli(['queues', 'rename', 'Billing line', 'Billing calls']).stdout).toContain('renamed Billing line to Billing calls');
    expect(cli(['queues', 'delete', 'Billing calls']).stdout).toContain('deleted Billing calls: 1 member(s) left it');
  });

  it('--verbose writes what happens to the app log (and stderr), never the password', () => {
    const logFile = path.join(dataDir, 'logs', 'main.log');
    fs.rmSync(path.join(dataDir, 'logs'), { recursive: true, force: true });
    const quiet = cli(['users', 'list']);
    expect(quiet.code).toBe(0);
    expect(fs.existsSync(logFile)).toBe(false);
    const verbose = cli(['users', 'list', '--verbose']);
    expect(verbose.code).toBe(0);
    expect(verbose.stderr).toContain('cli: users list');
    // stdout stays the command's output alone.
    expect(JSON.parse(verbose.stdout)).toEqual(JSON.parse(quiet.stdout));
    const log = fs.readFileSync(logFile, 'utf8');
    expect(log).toContain('cli: users list');
    expect(log).not.toContain(PASSWORD);
  });

  it('exit 3 on a wrong password, exit 2 on an unknown command or flag', () => {
    const wrong = cli(['users', 'list'], { password: 'not-the-password' });
    expect(wrong.code).toBe(3);
    expect(wrong.stderr).toContain('sign-in failed');
    expect(cli(['frobnicate']).code).toBe(2);
    expect(cli(['users', 'list', '--no-such-flag']).code).toBe(2);
  });
});

/** The store's outbox emails to this address, read from its files. */
function outboxTo(to: string): { template: string; body: string }[] {
  const found: { template: string; body: string }[] = [];
  const walk = (value: unknown): void => {
    if (!value || typeof value !== 'object') return;
    const v = value as { id?: unknown; to?: unknown; template?: unknown; body?: unknown };
    if (typeof v.id === 'string' && v.id.startsWith('eml_') && v.to === to) found.push({ template: String(v.template), body: String(v.body) });
    else Object.values(value).forEach(walk);
  };
  for (const [name, text] of storeFiles()) if (name.startsWith('outbox')) walk(JSON.parse(text));
  return found;
}

describe('account-admin users invite, resend-invitation, reset-password, reset-two-step', { timeout: 60_000 }, () => {
  const ADA = 'ada.lovelace@lumen-analytics.example';

  it('invites a user: invited, the invitation in the outbox, no code printed', () => {
    const run = cli(['users', 'invite', ADA, '--first', 'Ada', '--last', 'Lovelace', '--language', 'fr']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Invited ${ADA} (invited)`);
    const mails = outboxTo(ADA);
    expect(mails.map((m) => m.template)).toEqual(['invitation']);
    const code = /[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(mails[0]!.body)![0];
    expect(run.stdout).not.toContain(code);
    const users = JSON.parse(cli(['users', 'list', '--format', 'json']).stdout) as { email: string; status: string }[];
    expect(users.find((u) => u.email === ADA)?.status).toBe('invited');
  });

  it('resends the invitation and sends a reset; refuses a reset to an invited user and Tom, exit 1', () => {
    expect(cli(['users', 'resend-invitation', ADA]).code).toBe(0);
    expect(outboxTo(ADA).map((m) => m.template)).toEqual(['invitation', 'invitation']);
    const refused = cli(['users', 'reset-password', ADA]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('conflict');
    const reset = cli(['users', 'reset-password', TOM]);
    expect(reset.code).toBe(0);
    expect(reset.stdout).toContain(`Password reset sent to ${TOM}`);
    expect(outboxTo(TOM).map((m) => m.template)).toContain('password_reset');
    const asTom = cli(['users', 'reset-password', CLAIRE], { email: TOM });
    expect(asTom.code).toBe(1);
    expect(asTom.stderr).toContain('forbidden');
    expect(cli(['users', 'invite', 'x@lumen-analytics.example', '--first', 'X']).code).toBe(2);
  });

  it('reset-two-step: refused for someone not signing in in two steps, and to Tom, exit 1', () => {
    const notEnrolled = cli(['users', 'reset-two-step', 'marco.rossi@lumen-analytics.example']);
    expect(notEnrolled.code).toBe(1);
    expect(notEnrolled.stderr).toContain('Marco Rossi has not set up two-step sign-in');
    expect(cli(['users', 'reset-two-step', CLAIRE], { email: TOM }).stderr).toContain('forbidden');
  });
});
