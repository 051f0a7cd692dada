/**
 * Updates against a real feed: electron-updater's own AppImageUpdater (what a Linux desktop runs) talks
 * to an HTTP server on 127.0.0.1 serving latest-linux.yml and an artefact. Only its transport is
 * swapped: Electron's `net` (no Electron here) for Node's http, through electron-updater's own
 * HttpExecutor base class. The version comparison, the download and the SHA-512 check are the library's.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { dialog } from 'electron';
import { AppImageUpdater } from 'electron-updater';
// electron-updater's own executor (its download, redirects and checksum), with only the request swapped.
import { ElectronHttpExecutor } from 'electron-updater/out/electronHttpExecutor.js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { UpdateState } from '../../core/contract.ts';
import { CHECK_EVERY_MS, createUpdateHandlers, createUpdateService, RETRY_AFTER_MS, updatePolicy, type Timers, type Updater } from './updates.ts';

/** electron-updater's transport, on Node's http instead of Electron's net. */
class NodeHttpExecutor extends ElectronHttpExecutor {
  override createRequest(options: http.RequestOptions, callback: (response: http.IncomingMessage) => void): ReturnType<ElectronHttpExecutor['createRequest']> {
    // Node's ClientRequest does what electron-updater asks of Electron's (it never follows redirects here).
    return http.request(options, callback) as unknown as ReturnType<ElectronHttpExecutor['createRequest']>;
  }
}

const ARTEFACT = Buffer.from('Account Admin 1.1.0 AppImage bytes '.repeat(2000));
const sha512 = (data: Buffer) => createHash('sha512').update(data).digest('base64');

interface Feed {
  version: string;
  /** The hash the feed publishes (the artefact's own unless a test says otherwise). */
  hash: string;
}
let feed: Feed = { version: '1.1.0', hash: sha512(ARTEFACT) };
let server: http.Server;
let base = '';
let dir = '';

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'account-admin-updates-'));
  server = http.createServer((request, response) => {
    if (request.url?.startsWith('/latest')) {
      response.setHeader('content-type', 'text/yaml');
      response.end(
        [
          `version: ${feed.version}`,
          'files:',
          `  - url: Account-Admin-${feed.version}.AppImage`,
          `    sha512: ${feed.hash}`,
          `    size: ${ARTEFACT.length}`,
          `path: Account-Admin-${feed.version}.AppImage`,
          `sha512: ${feed.hash}`,
          "releaseDate: '2026-12-01T00:00:00.000Z'",
          '',
        ].join('\n'),
      );
      return;
    }
    if (request.url?.endsWith('.AppImage')) {
      response.setHeader('content-length', String(ARTEFACT.length));
      response.end(ARTEFACT);
      return;
    }
    response.statusCode = 404;
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  // The installed AppImage that an update would replace (electron-updater reads it from APPIMAGE).
  fs.writeFileSync(path.join(dir, 'current.AppImage'), 'old');
  vi.stubEnv('APPIMAGE', path.join(dir, 'current.AppImage'));
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(dir, { recursive: true, force: true });
});

afterEach(() => {
  feed = { version: '1.1.0', hash: sha512(ARTEFACT) };
  vi.mocked(dialog.showErrorBox).mockClear();
});

let run = 0;
/** A real AppImageUpdater of an installed 1.0.0, its cache in a folder of its own. */
function realUpdater(): AppImageUpdater {
  const home = path.join(dir, `run-${++run}`);
  fs.mkdirSync(home);
  const config = path.join(home, 'app-update.yml');
  fs.writeFileSync(config, `provider: generic\nurl: ${base}\nupdaterCacheDirName: account-admin-updater\n`);
  const updater = new AppImageUpdater(null, {
    version: '1.0.0',
    name: 'Account Admin',
    isPackaged: true,
    appUpdateConfigPath: config,
    userDataPath: home,
    baseCachePath: home,
    whenReady: async () => undefined,
    relaunch: () => undefined,
    quit: () => undefined,
    onQuit: () => undefined,
  });
  (updater as unknown as { httpExecutor: ElectronHttpExecutor }).httpExecutor = new NodeHttpExecutor();
  updater.logger = null;
  // A full download each time (the differential one needs a blockmap the test feed does not serve).
  updater.disableDifferentialDownload = true;
  return updater;
}

/** Timers that never fire by themselves: the test reads what was scheduled and fires it. */
function manualTimers() {
  const scheduled: { run: () => void; ms: number; cleared: boolean }[] = [];
  const timers: Timers = {
    setTimeout(runIt, ms) {
      const entry = { run: runIt, ms, cleared: false };
      scheduled.push(entry);
      return entry;
    },
    clearTimeout(handle) {
      (handle as { cleared: boolean }).cleared = true;
    },
  };
  return { timers, pending: () => scheduled.filter((s) => !s.cleared) };
}

function service(updater: Updater, options: { url?: string; busy?: () => boolean } = {}) {
  const states: UpdateState[] = [];
  const waiters: { test: (s: UpdateState) => boolean; done: (s: UpdateState) => void }[] = [];
  const log = { info: vi.fn(), warn: vi.fn() };
  const { timers, pending } = manualTimers();
  const svc = createUpdateService({
    updater: () => updater,
    policy: { kind: 'url', url: options.url ?? base },
    busy: options.busy ?? (() => false),
    onState: (state) => {
      states.push(state);
      for (const w of [...waiters]) {
        if (!w.test(state)) continue;
        waiters.splice(waiters.indexOf(w), 1);
        w.done(state);
      }
    },
    log,
    timers,
    idlePollMs: 5,
  });
  /** Resolves with the first state (now or later) that passes `test`. */
  const until = (test: (s: UpdateState) => boolean) =>
    new Promise<UpdateState>((done) => {
      const seen = states.find(test);
      if (seen) done(seen);
      else waiters.push({ test, done });
    });
  return { svc, states, until, log, pending };
}

describe('update policy', () => {
  it('is the build feed by default, off by the administrator, another https feed when given, off for a developer', () => {
    expect(updatePolicy({}, true).policy).toEqual({ kind: 'build' });
    expect(updatePolicy({ ACCOUNT_ADMIN_UPDATES: 'off' }, true).policy).toEqual({ kind: 'off', reason: 'policy' });
    expect(updatePolicy({ ACCOUNT_ADMIN_UPDATES: ' OFF ' }, true).policy).toEqual({ kind: 'off', reason: 'policy' });
    expect(updatePolicy({ ACCOUNT_ADMIN_UPDATES: 'https://updates.example.com/aa/' }, true).policy).toEqual({ kind: 'url', url: 'https://updates.example.com/aa/' });
    expect(updatePolicy({ ACCOUNT_ADMIN_UPDATES: 'http://127.0.0.1:8080/' }, true).policy).toEqual({ kind: 'url', url: 'http://127.0.0.1:8080/' });
    expect(updatePolicy({}, false).policy).toEqual({ kind: 'off', reason: 'development' });
  });

  it('turns updates off, with a warning, on a value that is neither off nor an https URL (never the public feed by mistake)', () => {
    for (const value of ['of', 'http://updates.example.com/', 'ftp://x/', 'javascript:alert(1)', 'updates.example.com']) {
      const { policy, warning } = updatePolicy({ ACCOUNT_ADMIN_UPDATES: value }, true);
      expect(policy, value).toEqual({ kind: 'off', reason: 'policy' });
      expect(warning).toMatch(/ACCOUNT_ADMIN_UPDATES/);
    }
  });

  it('off: nothing is loaded, nothing is checked', async () => {
    const load = vi.fn((): Updater => {
      throw new Error('must not load');
    });
    const svc = createUpdateService({ updater: load, policy: { kind: 'off', reason: 'policy' }, busy: () => false, onState: vi.fn(), log: { info: vi.fn(), warn: vi.fn() } });
    await svc.check();
    expect(svc.state()).toEqual({ status: 'off', reason: 'policy' });
    expect(load).not.toHaveBeenCalled();
    expect(svc.restart()).toEqual({ ok: false, reason: 'not_ready' });
  });
});

describe('updates from a feed on 127.0.0.1', () => {
  it('a newer version is downloaded in the background with its progress, verified, and waits for the user', async () => {
    const updater = realUpdater();
    const quit = vi.spyOn(updater, 'quitAndInstall').mockImplementation(() => undefined);
    const { svc, states, until, pending, log } = service(updater);
    await svc.check();
    const ready = await until((s) => s.status === 'ready' || s.status === 'refused' || s.status === 'idle');
    expect(log.warn).not.toHaveBeenCalled();
    expect(ready).toEqual({ status: 'ready', version: '1.1.0' });
    expect(states[0]).toEqual({ status: 'checking' });
    expect(states.some((s) => s.status === 'downloading' && s.version === '1.1.0')).toBe(true);
    // Never installed without the user's consent: not on quit, not by itself.
    expect(updater.autoInstallOnAppQuit).toBe(false);
    expect(updater.autoDownload).toBe(false);
    expect(quit).not.toHaveBeenCalled();
    // The next look is a day later.
    expect(pending().map((p) => p.ms)).toContain(CHECK_EVERY_MS);
    // A check while one is ready does not start another download.
    await svc.check();
    expect(svc.state()).toEqual({ status: 'ready', version: '1.1.0' });
    expect(svc.restart()).toEqual({ ok: true });
    expect(quit).toHaveBeenCalledTimes(1);
    expect(quit).toHaveBeenCalledWith(false, true);
  });

  it('the same version is not offered', async () => {
    feed = { version: '1.0.0', hash: sha512(ARTEFACT) };
    const updater = realUpdater();
    const download = vi.spyOn(updater, 'downloadUpdate');
    const { svc } = service(updater);
    await svc.check();
    expect(svc.state()).toEqual({ status: 'current', version: '1.0.0' });
    expect(download).not.toHaveBeenCalled();
    expect(svc.restart()).toEqual({ ok: false, reason: 'not_ready' });
  });

  it('a download whose SHA-512 does not match the feed is refused and said so; nothing can be installed', async () => {
    feed = { version: '1.1.0', hash: sha512(Buffer.from('another file')) };
    const updater = realUpdater();
    const quit = vi.spyOn(updater, 'quitAndInstall').mockImplementation(() => undefined);
    const { svc, until, log } = service(updater);
    await svc.check();
    const end = await until((s) => s.status === 'ready' || s.status === 'refused' || s.status === 'idle');
    expect(end).toEqual({ status: 'refused', version: '1.1.0', reason: 'checksum' });
    expect(log.warn).toHaveBeenCalledWith(expect.stringMatching(/SHA-512/));
    expect(svc.restart()).toEqual({ ok: false, reason: 'not_ready' });
    expect(quit).not.toHaveBeenCalled();
  });

  it('a feed that is down: a quiet retry an hour later, no error dialog, and the retry finds the update', async () => {
    // A port that was open a moment ago and is closed now: connection refused.
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const updater = realUpdater();
    const { svc, until, log, pending } = service(updater, { url: `http://127.0.0.1:${deadPort}/` });
    await svc.check();
    expect(svc.state()).toEqual({ status: 'idle' });
    expect(log.warn).toHaveBeenCalledWith(expect.stringMatching(/retrying later/));
    expect(dialog.showErrorBox).not.toHaveBeenCalled();
    const retry = pending().filter((p) => p.ms === RETRY_AFTER_MS);
    expect(retry).toHaveLength(1);
    // The feed is back at its address: the retry finds the update.
    updater.setFeedURL({ provider: 'generic', url: base });
    retry[0]!.run();
    expect(await until((s) => s.status === 'ready' || s.status === 'refused')).toEqual({ status: 'ready', version: '1.1.0' });
  });
});

describe('restart to update', () => {
  function fakeUpdater(): Updater & { quitAndInstall: ReturnType<typeof vi.fn<() => void>> } {
    return {
      autoDownload: true,
      autoInstallOnAppQuit: true,
      currentVersion: { version: '1.0.0' } as Updater['currentVersion'],
      setFeedURL: vi.fn(),
      on: vi.fn() as unknown as Updater['on'],
      checkForUpdates: vi.fn(async () => ({ isUpdateAvailable: true, updateInfo: { version: '1.1.0', files: [], path: '', sha512: '', releaseDate: '' }, versionInfo: { version: '1.1.0', files: [], path: '', sha512: '', releaseDate: '' } })) as unknown as Updater['checkForUpdates'],
      downloadUpdate: vi.fn(async () => []),
      quitAndInstall: vi.fn<() => void>(),
    };
  }

  it('never in the middle of a command: it waits until no call is in flight', async () => {
    let busy = true;
    const updater = fakeUpdater();
    const { svc, until, pending } = service(updater, { busy: () => busy });
    await svc.check();
    await until((s) => s.status === 'ready');
    expect(svc.restart()).toEqual({ ok: true });
    expect(svc.state()).toEqual({ status: 'ready', version: '1.1.0', installing: true });
    expect(updater.quitAndInstall).not.toHaveBeenCalled();
    // Still busy at the next look: still waiting.
    pending().at(-1)!.run();
    expect(updater.quitAndInstall).not.toHaveBeenCalled();
    busy = false;
    pending().at(-1)!.run();
    expect(updater.quitAndInstall).toHaveBeenCalledTimes(1);
  });

  it('the host channels answer the state and refuse a restart with nothing to install', async () => {
    const updater = fakeUpdater();
    const { svc } = service(updater);
    const handlers = createUpdateHandlers(svc);
    const sender = {} as Parameters<(typeof handlers)['host.updateState']>[0];
    const call = vi.fn() as unknown as Parameters<(typeof handlers)['host.updateState']>[2];
    expect(await handlers['host.updateState'](sender, {}, call)).toEqual({ ok: true, value: { status: 'idle' } });
    const refused = await handlers['host.restartToUpdate'](sender, {}, call);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.key).toBe('errors.host.updateNotReady');
    expect(updater.quitAndInstall).not.toHaveBeenCalled();
  });
});
