/**
 * The command line's own second step, through its real binary in a terminal: Marco is enrolled (here,
 * through the core, on the fixed clock), then `account-admin` signs in with his password and asks the
 * code on the terminal, which this test types — a right code, a wrong one, a recovery code — or reads
 * it from ACCOUNT_ADMIN_CODE.
 *
 * The terminal is a pseudo-terminal from util-linux's `script` (the CLI asks only where stdin is a
 * TTY). The CLI's clock is the system's: it runs under `faketime` (the calendar check's libfaketime,
 * installed with the other Debian packages), started at a fixed instant after the enrolment, so the
 * code typed is computed for a known time — whatever the machine's date. Test-only: nothing in the CLI
 * reads a time from outside.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateSync } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../core/adapters/open-core.ts';
import type { SessionState } from '../../core/app/handler.ts';
import { DEMO_PASSWORD } from '../../core/seed/demo-people.ts';
import { FIXED_NOW, FixedClock } from '../../core/testing/fakes.ts';

const BIN = path.resolve('bin/account-admin.mjs');
const MARCO = 'marco.rossi@lumen-analytics.example';
/**
 * The CLI's time for each run: ten minutes after the enrolment and more, at the start of a 30-second
 * step, each run ten minutes after the last (a failed try makes the next one wait, on the CLI's clock).
 */
const cliTime = (run: number) => new Date(FIXED_NOW.getTime() + (run + 1) * 10 * 60_000);

let root: string;
let dataDir: string;
let key: string;
let recoveryCodes: string[];

/** `faketime`'s start-at form: the clock starts there and runs (a frozen one would stop Node's timers). */
const fakeTimeSpec = (at: Date) => `@${at.toISOString().slice(0, 19).replace('T', ' ')}`;

/** The shell's quoting of one argument. */
const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;

/** Marco's email and password for the CLI; TZ=UTC because faketime reads its instant in the local zone. */
function cliEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, TZ: 'UTC', ACCOUNT_ADMIN_DATA_DIR: dataDir, ACCOUNT_ADMIN_EMAIL: MARCO, ACCOUNT_ADMIN_PASSWORD: DEMO_PASSWORD, ...extra };
  if (!extra.ACCOUNT_ADMIN_CODE) delete env.ACCOUNT_ADMIN_CODE;
  return env;
}

/**
 * Runs `account-admin <args>` as Marco in a pseudo-terminal at the time `at`, types `answer` and Enter
 * once it asks the two-step code; the terminal's whole output (stdout and stderr share it) and the exit code.
 */
function signInAtTerminal(at: Date, args: string[], answer: string): Promise<{ code: number | null; output: string }> {
  const command = ['faketime', '-f', fakeTimeSpec(at), process.execPath, BIN, ...args].map(quote).join(' ');
  const child = spawn('script', ['-qec', command, '/dev/null'], { env: cliEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  let answered = false;
  const read = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    if (!answered && output.includes('Two-step code')) {
      answered = true;
      child.stdin.write(`${answer}\r`);
    }
  };
  child.stdout.on('data', read);
  child.stderr.on('data', read);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output: output.replace(/\r\n/g, '\n') }));
  });
}

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'account-admin-cli-two-step-'));
  dataDir = path.join(root, 'store');
  // The demo account, and Marco's enrolment as My Account makes it, on the fixed clock.
  const clock = new FixedClock();
  const { core, store, stop } = await openCore({ dataDir, host: { mode: 'browser', version: '0.1.0' }, ports: { clock } });
  try {
    const session: SessionState = { userId: null };
    const signedIn = await core.call('auth.signIn', { email: MARCO, password: DEMO_PASSWORD }, session);
    expect(signedIn.ok).toBe(true);
    const begun = await core.call('me.twoStepBegin', undefined, session);
    if (!begun.ok) throw new Error(begun.error.message);
    key = begun.value.key;
    const confirmed = await core.call('me.twoStepConfirm', { code: generateSync({ secret: key, epoch: clock.now().getTime() / 1000 }) }, session);
    if (!confirmed.ok) throw new Error(confirmed.error.message);
    recoveryCodes = confirmed.value.recoveryCodes;
  } finally {
    stop();
    await store.close();
  }
}, 60_000);

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('account-admin: the second step, asked in the terminal or from ACCOUNT_ADMIN_CODE', { timeout: 60_000 }, () => {
  it('signs in with the code the app shows at the CLI’s time; the code is not echoed', async () => {
    const code = generateSync({ secret: key, epoch: cliTime(0).getTime() / 1000 });
    const run = await signInAtTerminal(cliTime(0), ['users', 'list', '--format', 'json'], code);
    expect(run.output).toContain(`Two-step code (or a recovery code) for ${MARCO}: `);
    expect(run.output).not.toContain(code);
    expect(run.code).toBe(0);
    expect(run.output).toContain('tom.walker@lumen-analytics.example');
  });

  it('refuses a wrong code: a clear message, exit 3, nothing listed', async () => {
    // A code of none of the steps the core accepts at that time (one early, on time, one late).
    const accepted = [-30, 0, 30].map((s) => generateSync({ secret: key, epoch: cliTime(1).getTime() / 1000 + s }));
    const wrong = ['000000', '111111', '222222', '333333'].find((c) => !accepted.includes(c))!;
    const run = await signInAtTerminal(cliTime(1), ['users', 'list', '--format', 'json'], wrong);
    expect(run.code).toBe(3);
    expect(run.output).toContain('account-admin: sign-in failed: This code is not right. Type the code your app shows now.');
    expect(run.output).not.toContain('tom.walker');
  });

  it('signs in with a recovery code', async () => {
    const run = await signInAtTerminal(cliTime(2), ['users', 'list', '--format', 'json'], recoveryCodes[0]!);
    expect(run.output).not.toContain(recoveryCodes[0]!);
    expect(run.code).toBe(0);
    expect(run.output).toContain('tom.walker@lumen-analytics.example');
  });

  it('takes the code from ACCOUNT_ADMIN_CODE without a terminal', () => {
    const code = generateSync({ secret: key, epoch: cliTime(3).getTime() / 1000 });
    const run = spawnSync('faketime', ['-f', fakeTimeSpec(cliTime(3)), process.execPath, BIN, 'users', 'list', '--format', 'json'], {
      env: cliEnv({ ACCOUNT_ADMIN_CODE: code }),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('tom.walker@lumen-analytics.example');
  });
});
