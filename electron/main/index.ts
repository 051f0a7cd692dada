/**
 * The Electron entry. Thin on purpose: one instance, open the store, serve the contract over IPC,
 * harden, menu, window; close the store once on quit.
 */
import { app, BrowserWindow, dialog, safeStorage, session } from 'electron';
import electronUpdater from 'electron-updater';
import { handleAppProtocol, registerAppScheme } from './app-protocol.ts';
import { openCore, storeUrlFrom, type OpenedCore } from '../../core/adapters/open-core.ts';
import { electronStorePartition } from '../store/electron-partition.ts';
import { resolveDataDir } from './data-dir.ts';
import { logsDir, openLog } from '../../core/adapters/log-file.ts';
import { systemClock } from '../../core/adapters/system.ts';
import { callsInFlight, registerIpc, sessionOf, trustAppWindow, unregisterIpc } from './ipc.ts';
import { createNativeNotifier } from './native-notifications.ts';
import { sendEvent } from './events.ts';
import { createLinkRouter, setupLinks } from './links.ts';
import { setupMenu } from './menu.ts';
import { createHostHandlers } from './print.ts';
import { createArchiveHandler } from './einvoice-archive.ts';
import { setupSecurity } from './security.ts';
import { createStoreSettingHandlers, readStoreSetting } from './store-setting.ts';
import { desktopDataKey } from './data-key.ts';
import { createUpdateHandlers, createUpdateService, updatePolicy } from './updates.ts';
import { applyContentSecurityPolicy, createMainWindow, rendererTarget } from './window.ts';

async function main(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  let window: BrowserWindow | null = null;
  const target = rendererTarget(process.env, app.isPackaged);
  // Before ready, as Electron requires; served once ready.
  registerAppScheme();
  const openWindow = () => {
    window = createMainWindow(target);
    links.attach(window);
    window.on('closed', () => (window = null));
  };
  // Links (account-admin://…): registered and listened for before ready, as macOS may deliver one first.
  let ready = false;
  const links = createLinkRouter(() => window, { warn: (m) => console.warn(m) }, () => {
    if (ready && !window) openWindow();
  });
  setupLinks(app, links);

  await app.whenReady();
  ready = true;
  if (target.kind === 'app') handleAppProtocol(target.root);
  setupSecurity(app, session.defaultSession, target.url);
  applyContentSecurityPolicy(session.defaultSession);

  const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'));
  // The log (redacted, rotated): this process's console, Electron's and the libraries' messages included.
  const log = openLog({ dir: logsDir(dataDir), now: () => systemClock.now() });
  log.captureConsole();
  log.info(`Account Admin ${app.getVersion()} started`);
  // A shared database: `--store`/ACCOUNT_ADMIN_STORE first, else the address saved in the keychain.
  const settingsDir = app.getPath('userData');
  const storeUrl = storeUrlFrom(process.argv, process.env) ?? readStoreSetting(settingsDir, safeStorage);
  let opened: OpenedCore;
  try {
    // The local files' data key is this desktop's, wrapped by the OS keychain; a shared account's is the deployment's.
    const localDataKey = storeUrl ? undefined : desktopDataKey(settingsDir, safeStorage);
    opened = await openCore({ dataDir, storeUrl, host: { mode: 'electron', version: app.getVersion(), log }, openPartition: electronStorePartition, ...(localDataKey ? { localDataKey } : {}) });
  } catch (error) {
    dialog.showErrorBox('Account Admin', `The account could not be opened:\n${dataDir}\n\n${error instanceof Error ? error.message : ''}`);
    app.exit(1);
    return;
  }
  const { core, store } = opened;
  for (const problem of store.problems) console.warn('[store]', problem);
  // Another desktop's changes and the server's comings and goings reach the window as events.
  // The urgent notifications as the desktop's own, for the window's signed-in user; a click opens the view.
  const notifier = createNativeNotifier((channel) => {
    const session = window && !window.isDestroyed() ? sessionOf(window.webContents) : null;
    return session ? core.dispatch(channel, undefined, session) : null;
  }, links);
  opened.subscribe((event) => {
    if (!window) return;
    void notifier.check();
    if (event.kind === 'remote_change') sendEvent(window.webContents, 'store.changed', { version: event.version });
    else sendEvent(window.webContents, 'store.connection', { online: event.online });
  });

  const running = { kind: storeUrl ? ('shared' as const) : ('files' as const), location: opened.location, ...(storeUrl ? { url: storeUrl } : {}) };
  const relaunch = () => {
    app.relaunch();
    app.quit();
  };
  // Updates: the build's feed, or the administrator's policy (ACCOUNT_ADMIN_UPDATES=off|<url>).
  const { policy, warning } = updatePolicy(process.env, app.isPackaged);
  if (warning) console.warn('[updates]', warning);
  const updates = createUpdateService({
    updater: () => electronUpdater.autoUpdater,
    policy,
    busy: () => callsInFlight() > 0,
    onState: (state) => {
      if (window) sendEvent(window.webContents, 'app.update', state);
    },
    log: { info: (m) => console.info('[updates]', m), warn: (m) => console.warn('[updates]', m) },
  });
  registerIpc(core, trustAppWindow(() => window, target.url), {
    ...createHostHandlers(),
    ...createArchiveHandler({ appUrl: target.url }),
    ...createStoreSettingHandlers(settingsDir, safeStorage, running, relaunch),
    ...createUpdateHandlers(updates),
  });
  setupMenu(dataDir, logsDir(dataDir));
  openWindow();
  void updates.check();
  const stopNotifier = notifier.start();

  app.on('activate', () => {
    if (!window) openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  let closed = false;
  app.on('before-quit', (event) => {
    if (closed) return;
    closed = true;
    event.preventDefault();
    unregisterIpc();
    updates.stop();
    stopNotifier();
    opened.stop();
    store
      .close()
      .catch((error: unknown) => console.error('[store] close failed:', error instanceof Error ? error.message : error))
      .finally(() => app.quit());
  });
}

void main().catch((error: unknown) => {
  console.error('[main] startup failed:', error);
  app.exit(1);
});
