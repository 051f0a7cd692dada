/**
 * The Electron entry. Thin on purpose: one instance, open the store, serve the contract over IPC,
 * harden, menu, window; close the store once on quit.
 */
import { app, BrowserWindow, dialog, session } from 'electron';
import { openLocalCore } from '../../core/adapters/open-local-core.ts';
import { electronStorePartition } from '../store/electron-partition.ts';
import { resolveDataDir } from './data-dir.ts';
import { registerIpc, trustAppWindow, unregisterIpc } from './ipc.ts';
import { setupMenu } from './menu.ts';
import { createHostHandlers } from './print.ts';
import { setupSecurity } from './security.ts';
import { applyContentSecurityPolicy, createMainWindow, rendererTarget } from './window.ts';

async function main(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  let window: BrowserWindow | null = null;
  const target = rendererTarget(process.env, app.isPackaged);
  const openWindow = () => {
    window = createMainWindow(target);
    window.on('closed', () => (window = null));
  };
  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  await app.whenReady();
  setupSecurity(app, session.defaultSession, target.url);
  applyContentSecurityPolicy(session.defaultSession);

  const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'));
  let opened: Awaited<ReturnType<typeof openLocalCore>>;
  try {
    opened = await openLocalCore({ dataDir, host: { mode: 'electron', version: app.getVersion() }, openPartition: electronStorePartition });
  } catch (error) {
    dialog.showErrorBox('Account Admin', `The data folder could not be opened:\n${dataDir}\n\n${error instanceof Error ? error.message : ''}`);
    app.exit(1);
    return;
  }
  const { core, store } = opened;
  for (const problem of store.problems) console.warn('[store]', problem);

  registerIpc(core, trustAppWindow(() => window, target.url), createHostHandlers());
  setupMenu(dataDir);
  openWindow();

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
