/**
 * Two-step sign-in on a shared account: the data key is the deployment's, the same on every desktop.
 * A desktop given it verifies codes of a key another desktop sealed; a desktop without it (no
 * ACCOUNT_ADMIN_DATA_KEY) refuses enrolment with nothing changed, and refuses codes, failing closed;
 * the database's rows never hold the key.
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { generateSync } from 'otplib';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { DATA_KEY_ENV, DATA_KEY_FILE_ENV } from '../../core/adapters/data-key.ts';
import { openSharedCore } from '../../core/adapters/open-shared-core.ts';
import { memoryDataKey, newDataKey, type DataKeySource } from '../../core/adapters/sealer.ts';
import type { SessionState } from '../../core/app/handler.ts';
import type { OutputOf } from '../../core/contract.ts';
import { DEMO_PASSWORD } from '../../core/seed/demo-people.ts';
import { FixedClock, plainHasher } from '../../core/testing/fakes.ts';
import { snapshot } from '../../core/testing/fixture.ts';
import { describePg, freshDatabase } from './pg-env.ts';
import { tempDir } from './store-subjects.ts';

const MARCO = 'marco.rossi@lumen-analytics.example';
const TOM = 'tom.walker@lumen-analytics.example';

describePg('two-step sign-in on a shared account', () => {
  let root: string;
  let url: string;
  const stops: (() => Promise<void>)[] = [];
  const clock = new FixedClock();
  const open = async (tag: string, dataKey?: DataKeySource) => {
    const opened = await openSharedCore({ url, localCopyDir: path.join(root, tag), host: { mode: 'test', version: 'test' }, ports: { clock, hasher: plainHasher }, log: () => undefined, seed: true, ...(dataKey ? { dataKey } : {}) });
    stops.push(async () => {
      opened.stop();
      await opened.store.close();
    });
    return opened.core;
  };
  const passwordStep = async (core: Awaited<ReturnType<typeof open>>, email: string) => {
    const session: SessionState = { userId: null };
    const answer = await core.dispatch('auth.signIn', { email, password: DEMO_PASSWORD }, session);
    if (!answer.ok) throw new Error(answer.error.message);
    return { session, value: answer.value as OutputOf<'auth.signIn'> };
  };
  /** Until another desktop's enrolment has reached `core` (each command takes in what was announced). */
  const seesEnrolment = (core: Awaited<ReturnType<typeof open>>) =>
    vi.waitFor(async () => {
      await core.dispatch('app.status', undefined, { userId: null });
      const marco = [...core.ports.store.tables.users.values()].find((u) => u.email === MARCO);
      expect(marco?.twoStep).toBeDefined();
    }, { timeout: 5000, interval: 50 });
  const code = (key: string) => generateSync({ secret: key, epoch: Math.floor(clock.now().getTime() / 1000) });

  beforeEach(async () => {
    root = tempDir('two-step-shared');
    url = await freshDatabase('twostep');
  });
  afterEach(async () => {
    for (const stop of stops.splice(0)) await stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('every desktop given the deployment key opens the same keys; one without it refuses, closed', async () => {
    expect(process.env[DATA_KEY_ENV] ?? process.env[DATA_KEY_FILE_ENV]).toBeUndefined();
    const accountKey = newDataKey();
    const first = await open('first', memoryDataKey(accountKey));
    const second = await open('second', memoryDataKey({ id: accountKey.id, bytes: Buffer.from(accountKey.bytes) }));
    const keyless = await open('keyless');

    const { session } = await passwordStep(first, MARCO);
    const begun = await first.dispatch('me.twoStepBegin', undefined, session);
    if (!begun.ok) throw new Error(begun.error.message);
    const { key } = begun.value as OutputOf<'me.twoStepBegin'>;
    expect((await first.dispatch('me.twoStepConfirm', { code: code(key) }, session)).ok).toBe(true);

    clock.advance(60_000);
    await seesEnrolment(second);
    const there = await passwordStep(second, MARCO);
    if (!('secondStep' in there.value)) throw new Error('no second step asked');
    expect(await second.dispatch('auth.secondStep', { challenge: there.value.secondStep.challenge, code: code(key), kind: 'code' }, there.session)).toMatchObject({ ok: true });

    clock.advance(60_000);
    await seesEnrolment(keyless);
    const without = await passwordStep(keyless, MARCO);
    if (!('secondStep' in without.value)) throw new Error('no second step asked');
    expect(await keyless.dispatch('auth.secondStep', { challenge: without.value.secondStep.challenge, code: code(key), kind: 'code' }, without.session)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', key: 'access.twoStep.errors.keyUnavailable' },
    });

    // Enrolling on the desktop without the key: refused, translated, nothing written.
    const tom = await passwordStep(keyless, TOM);
    const before = snapshot(keyless.ports.store);
    expect(await keyless.dispatch('me.twoStepBegin', undefined, tom.session)).toMatchObject({ ok: false, error: { code: 'unavailable', key: 'access.twoStep.errors.noDataKey' } });
    expect(snapshot(keyless.ports.store)).toBe(before);

    // The database holds the sealed key only.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const rows = await client.query<{ text: string }>(`SELECT string_agg(r::text, '') AS text FROM records r`);
      expect(rows.rows[0]!.text).toContain('sealedKey');
      expect(rows.rows[0]!.text).not.toContain(key);
      const changes = await client.query<{ text: string }>(`SELECT coalesce(string_agg(c::text, ''), '') AS text FROM changes c`);
      expect(changes.rows[0]!.text).not.toContain(key);
    } finally {
      await client.end();
    }
  });
});
