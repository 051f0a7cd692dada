/**
 * Nothing secret reaches a log: every channel is called through the desktop's IPC handler, with the
 * log capturing the console as in the app, with secrets in its input (passwords, one-time codes,
 * tokens, card numbers and CVCs, a database address's password), from a trusted window, from an
 * untrusted one, and through a core that fails with the input in its error. Then the log file is read:
 * none of the secrets is in it, and what was logged is there (the test can fail).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOG_FILE, openLog, type AppLog } from '../../core/adapters/log-file.ts';
import type { Core } from '../../core/app/create-core.ts';
import { CHANNELS, type Channel } from '../../core/contract.ts';
import { FIXED_NOW } from '../../core/testing/fakes.ts';
import { DEMO_PASSWORD } from '../../core/seed/demo-people.ts';
import { demoFixture, type Fixture } from '../../core/testing/fixture.ts';
import { tempDirs } from '../../core/testing/temp-dirs.ts';
import { ipcHandler } from '../../electron/main/ipc.ts';
import { sampleInputs } from './sample-inputs.ts';

const SECRETS = {
  password: 'Pw-9f3kQ-secret',
  newPassword: 'Pw-new-7Lm2-secret',
  code: '918273',
  token: 'tok_4f9a8b7c6d5e',
  card: '4000056655665556',
  cvc: '8q2z',
  dbPassword: 'db-pa55-x7',
} as const;
const SECRET_URL = `postgres://admin:${SECRETS.dbPassword}@db.example:5432/accounts`;

/** The sample input with every field a secret may travel in set to one, however deep. */
function withSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withSecrets);
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (/^(password|currentPassword)$/.test(key)) out[key] = SECRETS.password;
    else if (key === 'newPassword') out[key] = SECRETS.newPassword;
    else if (/code$/i.test(key) && typeof v === 'string') out[key] = SECRETS.code;
    else if (/token/i.test(key)) out[key] = SECRETS.token;
    else if (key === 'number' && typeof v === 'string') out[key] = SECRETS.card;
    else if (key === 'cvc') out[key] = SECRETS.cvc;
    else if (key === 'url') out[key] = SECRET_URL;
    else out[key] = withSecrets(v);
  }
  return out;
}

/** What a careless caller might send anywhere: every secret under its usual name. */
const EVERYTHING = { email: 'claire.dubois@lumen-analytics.example', password: SECRETS.password, currentPassword: SECRETS.password, newPassword: SECRETS.newPassword, code: SECRETS.code, token: SECRETS.token, number: SECRETS.card, cvc: SECRETS.cvc, url: SECRET_URL };

const tempDir = tempDirs('account-admin-log-secrets-', (clean) => afterAll(clean));
let log: AppLog;
let f: Fixture;
const saved = { ...console };

beforeAll(async () => {
  log = openLog({ dir: tempDir(), level: 'debug', now: () => FIXED_NOW });
  log.captureConsole();
  f = await demoFixture();
});
afterAll(() => Object.assign(console, saved));

function event(id: number) {
  return { sender: { id, once: () => undefined }, senderFrame: { url: 'app://renderer/index.html', parent: null } } as unknown as Parameters<ReturnType<typeof ipcHandler>>[0];
}

describe('the log after every channel, with secrets in the inputs', () => {
  it('holds none of the secrets, and holds what happened', async () => {
    const inputs = sampleInputs(f) as Record<Channel, unknown>;
    // A core that fails with the input in its error message (a bug's worst case) and one that logs it.
    const leaky: Pick<Core, 'dispatch'> = {
      dispatch: async (channel, input) => {
        console.warn(`[core] ${String(channel)} got`, input, JSON.stringify(input));
        throw new Error(`${String(channel)} failed on ${JSON.stringify(input)}`);
      },
    };
    let id = 1000;
    const claire = event(1);
    const answers: boolean[] = [];
    for (const channel of CHANNELS) {
      for (const input of [withSecrets(inputs[channel]), EVERYTHING]) {
        // Signed in as Claire (every right) for each call, so that the channel's own code runs.
        await ipcHandler(f.core, () => true, 'auth.signIn')(claire, { email: EVERYTHING.email, password: DEMO_PASSWORD });
        const answer = (await ipcHandler(f.core, () => true, channel)(claire, input)) as { ok: boolean };
        answers.push(answer.ok);
        await ipcHandler(f.core, () => false, channel)(event(++id), input);
        await ipcHandler(leaky, () => true, channel)(event(++id), input);
      }
    }
    // Sign-in with a wrong password, then the right one: the attempts are audited, never logged with it.
    log.info('sign-in attempt', { email: EVERYTHING.email, password: SECRETS.password });
    const text = [LOG_FILE, 'main.old.log']
      .map((file) => path.join(path.dirname(log.file), file))
      .filter((file) => fs.existsSync(file))
      .map((file) => fs.readFileSync(file, 'utf8'))
      .join('\n');
    // The calls ran (many were accepted), and what was logged is there: every channel's failure through the leaky core, the refusals.
    expect(answers.filter(Boolean).length).toBeGreaterThan(CHANNELS.length / 2);
    for (const channel of CHANNELS) expect(text, channel).toContain(`[ipc] ${channel} failed`);
    expect(text).toContain('refused auth.signIn from an untrusted sender');
    expect(text).toContain('postgres://admin:[redacted]@db.example');
    for (const [name, secret] of Object.entries({ ...SECRETS, demoPassword: DEMO_PASSWORD })) expect(text.includes(secret), `${name} (${secret}) is in the log`).toBe(false);
    // The card number in any grouping.
    expect(text.replace(/[ -]/g, '')).not.toContain(SECRETS.card);
  });
});
