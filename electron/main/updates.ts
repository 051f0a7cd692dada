/**
 * Updates, with electron-updater (generic provider). The feed's URL is set at build time
 * (electron-builder.yml `publish`, written into app-update.yml); the administrator's policy may override
 * it or turn updates off for a managed fleet with ACCOUNT_ADMIN_UPDATES (`off`, or an https URL).
 *
 * The service checks at start and then daily, downloads in the background (progress reaches the window),
 * and installs only when the user chooses "Restart to update", and then only once no command is in
 * flight. electron-updater verifies the download against the SHA-512 in latest.yml; a mismatch is refused
 * and shown. A feed that cannot be reached is retried quietly later: no dialog, a line in the log.
 */
import type { AppUpdater, ProgressInfo, UpdateInfo } from 'electron-updater';
import { toAppError } from '../../core/app/errors.ts';
import type { UpdateState } from '../../core/contract.ts';
import type { HostHandlers } from './print.ts';

export const UPDATES_ENV = 'ACCOUNT_ADMIN_UPDATES';
export const CHECK_EVERY_MS = 24 * 60 * 60 * 1000;
export const RETRY_AFTER_MS = 60 * 60 * 1000;

export type UpdatePolicy = { kind: 'off'; reason: 'policy' | 'development' } | { kind: 'build' } | { kind: 'url'; url: string };

/** Loopback may be served over http (a test server, a local mirror); anything else must be https. */
function isAllowedFeed(url: URL): boolean {
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

/**
 * The policy: ACCOUNT_ADMIN_UPDATES=off turns updates off; =<url> points them at another feed; unset, the
 * build's feed. An unpackaged app (a developer's run) never updates. A value that is neither is refused
 * at start with a message in the log, and updates stay off: a typo in a fleet's policy must not fall
 * back to the public feed.
 */
export function updatePolicy(env: NodeJS.ProcessEnv, packaged: boolean): { policy: UpdatePolicy; warning?: string } {
  const raw = env[UPDATES_ENV]?.trim();
  if (raw !== undefined && raw !== '') {
    if (raw.toLowerCase() === 'off') return { policy: { kind: 'off', reason: 'policy' } };
    let url: URL | null = null;
    try {
      url = new URL(raw);
    } catch {
      url = null;
    }
    if (!url || !isAllowedFeed(url)) {
      return { policy: { kind: 'off', reason: 'policy' }, warning: `${UPDATES_ENV} is neither "off" nor an https URL; updates are off` };
    }
    return { policy: packaged ? { kind: 'url', url: url.href } : { kind: 'off', reason: 'development' } };
  }
  return { policy: packaged ? { kind: 'build' } : { kind: 'off', reason: 'development' } };
}

/** What the service needs of electron-updater's AppUpdater (the real one in the app, in tests too). */
export type Updater = Pick<AppUpdater, 'checkForUpdates' | 'downloadUpdate' | 'quitAndInstall' | 'setFeedURL' | 'on' | 'autoDownload' | 'autoInstallOnAppQuit' | 'currentVersion'>;

export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface UpdateServiceOptions {
  /** Called only when updates are on (electron-updater's autoUpdater loads Electron's native parts). */
  updater: () => Updater;
  policy: UpdatePolicy;
  /** Whether a command is in flight (the install waits until none is). */
  busy: () => boolean;
  /** Every change of state, for the window. */
  onState: (state: UpdateState) => void;
  log: { info(message: string): void; warn(message: string): void };
  timers?: Timers;
  /** How often to look again for "no command in flight" before installing. */
  idlePollMs?: number;
}

export interface UpdateService {
  state(): UpdateState;
  /** Checks now; resolves once the check (not the download) is over. */
  check(): Promise<void>;
  /** The user's consent: installs once no command is in flight. */
  restart(): { ok: true } | { ok: false; reason: 'not_ready' };
  stop(): void;
}

const nodeTimers: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

function isChecksumError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ERR_CHECKSUM_MISMATCH' || (error instanceof Error && /checksum mismatch/i.test(error.message));
}

export function createUpdateService(options: UpdateServiceOptions): UpdateService {
  const { policy, busy, onState, log } = options;
  let loaded: Updater | null = null;
  const updaterOf = () => (loaded ??= options.updater());
  const timers = options.timers ?? nodeTimers;
  const idlePollMs = options.idlePollMs ?? 250;
  let state: UpdateState = policy.kind === 'off' ? { status: 'off', reason: policy.reason } : { status: 'idle' };
  let next: unknown = null;
  let stopped = false;
  let checking: Promise<void> | null = null;

  const set = (value: UpdateState) => {
    state = value;
    onState(value);
  };
  const schedule = (ms: number) => {
    if (stopped) return;
    if (next !== null) timers.clearTimeout(next);
    next = timers.setTimeout(() => {
      next = null;
      void check();
    }, ms);
  };

  if (policy.kind !== 'off') {
    const updater = updaterOf();
    // Never install without the user's consent, and never download before we say so.
    updater.autoDownload = false;
    updater.autoInstallOnAppQuit = false;
    if (policy.kind === 'url') updater.setFeedURL({ provider: 'generic', url: policy.url });
    updater.on('download-progress', (progress: ProgressInfo) => {
      if (state.status === 'downloading') set({ ...state, percent: Math.max(0, Math.min(100, Math.floor(progress.percent))) });
    });
  }

  async function download(info: UpdateInfo): Promise<void> {
    const updater = updaterOf();
    set({ status: 'downloading', version: info.version, percent: 0 });
    try {
      await updater.downloadUpdate();
      set({ status: 'ready', version: info.version });
    } catch (error) {
      if (isChecksumError(error)) {
        log.warn(`update ${info.version} refused: its SHA-512 does not match the feed's`);
        set({ status: 'refused', version: info.version, reason: 'checksum' });
        schedule(CHECK_EVERY_MS);
        return;
      }
      log.warn(`update ${info.version} could not be downloaded (${error instanceof Error ? error.message : 'unknown error'}); retrying later`);
      set({ status: 'idle' });
      schedule(RETRY_AFTER_MS);
    }
  }

  function check(): Promise<void> {
    if (policy.kind === 'off' || stopped) return Promise.resolve();
    // One check at a time; a downloaded update waits for the user.
    if (checking) return checking;
    if (state.status === 'ready' || state.status === 'downloading') return Promise.resolve();
    checking = (async () => {
      set({ status: 'checking' });
      const updater = updaterOf();
      try {
        const result = await updater.checkForUpdates();
        const info = result?.isUpdateAvailable ? result.updateInfo : null;
        if (!info) {
          set({ status: 'current', version: updater.currentVersion.version });
          schedule(CHECK_EVERY_MS);
          return;
        }
        log.info(`update ${info.version} available; downloading`);
        void download(info);
        schedule(CHECK_EVERY_MS);
      } catch (error) {
        // The feed is down or unreachable: quiet, retried later.
        log.warn(`update check failed (${error instanceof Error ? error.message : 'unknown error'}); retrying later`);
        set({ status: 'idle' });
        schedule(RETRY_AFTER_MS);
      } finally {
        checking = null;
      }
    })();
    return checking;
  }

  function restart(): { ok: true } | { ok: false; reason: 'not_ready' } {
    if (state.status !== 'ready') return { ok: false, reason: 'not_ready' };
    set({ ...state, installing: true });
    const install = () => {
      if (busy()) {
        timers.setTimeout(install, idlePollMs);
        return;
      }
      log.info(`restarting to install ${state.status === 'ready' ? state.version : ''}`);
      updaterOf().quitAndInstall(false, true);
    };
    install();
    return { ok: true };
  }

  return {
    state: () => state,
    check,
    restart,
    stop() {
      stopped = true;
      if (next !== null) timers.clearTimeout(next);
      next = null;
    },
  };
}

/** The host channels of updates, answered from the service (ipc.ts calls them once the core has agreed). */
export function createUpdateHandlers(service: Pick<UpdateService, 'state' | 'restart'>): Pick<HostHandlers, 'host.updateState' | 'host.restartToUpdate'> {
  return {
    'host.updateState': async () => ({ ok: true, value: service.state() }),
    async 'host.restartToUpdate'() {
      const answer = service.restart();
      if (answer.ok) return { ok: true, value: { done: true } };
      return { ok: false, error: toAppError({ code: 'conflict', key: 'errors.host.updateNotReady' }, 'en') };
    },
  };
}
