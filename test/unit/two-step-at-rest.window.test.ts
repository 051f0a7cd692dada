/**
 * Issue 20, "Secrets stay secret": after enrolling and signing in with two-step sign-in through the
 * app's own core and file store (the log capturing the console, as the hosts do), the TOTP key is in
 * none of the data folder's files (journal, partitions, log), nor in the audit or the outbox.
 * Isolated: the log takes over the console, as the app does.
 */
import fs from 'node:fs';
import path from 'node:path';
import { generateSync } from 'otplib';
import { afterEach, describe, expect, it } from 'vitest';
import { DATA_KEY_FILE } from '../../core/adapters/data-key.ts';
import { logsDir, openLog } from '../../core/adapters/log-file.ts';
import { openCore } from '../../core/adapters/open-core.ts';
import type { SessionState } from '../../core/app/handler.ts';
import type { OutputOf } from '../../core/contract.ts';
import { DEMO_PASSWORD } from '../../core/seed/demo-people.ts';
import { FixedClock, plainHasher } from '../../core/testing/fakes.ts';
import { tempDirs } from '../../core/testing/temp-dirs.ts';

const tempDir = tempDirs('aa-two-step-rest-', afterEach);
const consoleWas = { log: console.log, info: console.info, warn: console.warn, error: console.error, debug: console.debug };
afterEach(() => void Object.assign(console, consoleWas));

const CLAIRE = 'claire.dubois@lumen-analytics.example';

/** Every file under `dir`, read as bytes. */
function allBytes(dir: string): { file: string; bytes: Buffer }[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).flatMap((name) => {
    const file = path.join(dir, name);
    return fs.statSync(file).isFile() ? [{ file: name, bytes: fs.readFileSync(file) }] : [];
  });
}

describe('The TOTP key on disk', () => {
  it('is in none of the data folder’s files after enrolment and sign-ins, nor in the audit, outbox or log', async () => {
    const dataDir = tempDir();
    const clock = new FixedClock();
    const log = openLog({ dir: logsDir(dataDir), now: () => clock.now() });
    log.captureConsole();
    log.info('two-step at rest: started');
    const opened = await openCore({ dataDir, host: { mode: 'browser', version: 'test', log }, ports: { clock, hasher: plainHasher } });
    const { core, store } = opened;
    const code = (key: string) => generateSync({ secret: key, epoch: Math.floor(clock.now().getTime() / 1000) });

    const session: SessionState = { userId: null };
    expect((await core.dispatch('auth.signIn', { email: CLAIRE, password: DEMO_PASSWORD }, session)).ok).toBe(true);
    const begun = await core.dispatch('me.twoStepBegin', undefined, session);
    if (!begun.ok) throw new Error(begun.error.message);
    const { key, keyGrouped } = begun.value as OutputOf<'me.twoStepBegin'>;
    expect((await core.dispatch('me.twoStepConfirm', { code: code(key) }, session)).ok).toBe(true);
    await core.dispatch('auth.signOut', undefined, session);

    clock.advance(60_000);
    const again: SessionState = { userId: null };
    const first = (await core.dispatch('auth.signIn', { email: CLAIRE, password: DEMO_PASSWORD }, again)) as { ok: true; value: { secondStep: { challenge: string } } };
    const { challenge } = first.value.secondStep;
    expect((await core.dispatch('auth.secondStep', { challenge, code: '000000', kind: 'code' }, again)).ok).toBe(false);
    expect((await core.dispatch('auth.secondStep', { challenge, code: code(key), kind: 'code' }, again)).ok).toBe(true);
    console.warn('two-step at rest: a warning through the captured console');

    const tables = JSON.stringify([[...store.tables.audit.values()], [...store.tables.outbox.values()], [...store.tables.signIns.values()]]);
    expect(tables).not.toContain(key);
    opened.stop();
    await store.close();

    const files = allBytes(dataDir);
    expect(files.map((f) => f.file)).toEqual(expect.arrayContaining([DATA_KEY_FILE, path.join('logs', 'main.log')]));
    expect(files.some((f) => f.file.startsWith('users'))).toBe(true);
    for (const { file, bytes } of files) {
      for (const form of [key, keyGrouped, key.toLowerCase()]) expect([file, bytes.includes(form)]).toEqual([file, false]);
    }
    if (process.platform !== 'win32') expect(fs.statSync(path.join(dataDir, DATA_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(path.join(logsDir(dataDir), 'main.log'), 'utf8')).toContain('captured console');
  });
});
