import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { app, BrowserWindow, Menu, protocol, session } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../core/contract.ts';
import { ipcMain } from '../../test/mocks/electron.ts';

// The real electron-store needs the Electron binary; the entry is tested with conf's partitions.
vi.mock('../store/electron-partition.ts', async () => {
  const { openConfPartition } = await import('../../core/store/partition-file.ts');
  return { electronStorePartition: openConfPartition };
});

const fakeApp = app as unknown as import('node:events').EventEmitter;
let dataDir: string;

async function start(): Promise<void> {
  vi.resetModules();
  await import('./index.ts');
}

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'account-admin-main-'));
  vi.stubEnv('ACCOUNT_ADMIN_DATA_DIR', dataDir);
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
  vi.clearAllMocks();
  fakeApp.removeAllListeners();
  ipcMain.handlers.clear();
});

afterEach(async () => {
  // Let the entry close its store before its folder goes.
  fakeApp.emit('before-quit', { preventDefault: () => undefined });
  await new Promise((resolve) => setTimeout(resolve, 10));
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

// The first start loads the whole core: seconds on a busy machine.
describe('electron main entry', { timeout: 20_000 }, () => {
  it('quits at once when another instance holds the lock', async () => {
    vi.mocked(app.requestSingleInstanceLock).mockReturnValueOnce(false);
    await start();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled(), { timeout: 10_000 });
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(BrowserWindow).not.toHaveBeenCalled();
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('opens the store in the data folder, serves every channel, hardens, and opens one window', async () => {
    await start();
    await vi.waitFor(() => expect(BrowserWindow).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    expect([...ipcMain.handlers.keys()].sort()).toEqual(CHANNELS.map((c) => `api:${c}`).sort());
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(session.defaultSession.webRequest.onHeadersReceived).toHaveBeenCalled();
    expect(fakeApp.listenerCount('web-contents-created')).toBe(1);
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    expect(fs.readdirSync(dataDir).some((f) => f.startsWith('journal-') || f.endsWith('.json'))).toBe(true);
    const options = vi.mocked(BrowserWindow).mock.calls[0]![0]!;
    expect(options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true });
  });

  it('registers app:// before ready, serves it once ready, and loads the window from it, not file://', async () => {
    await start();
    await vi.waitFor(() => expect(BrowserWindow).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    const registered = vi.mocked(protocol.registerSchemesAsPrivileged).mock.invocationCallOrder[0]!;
    expect(registered).toBeLessThan(vi.mocked(app.whenReady).mock.invocationCallOrder[0]!);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const window = vi.mocked(BrowserWindow).mock.results[0]!.value as { loadURL: ReturnType<typeof vi.fn>; loadFile: ReturnType<typeof vi.fn> };
    expect(window.loadURL).toHaveBeenCalledWith('app://renderer/index.html');
    expect(window.loadFile).not.toHaveBeenCalled();
  });

  it('registers account-admin:// before ready, and a second instance’s link reaches the loaded window', async () => {
    await start();
    await vi.waitFor(() => expect(BrowserWindow).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    expect(vi.mocked(app.setAsDefaultProtocolClient).mock.invocationCallOrder[0]!).toBeLessThan(vi.mocked(app.whenReady).mock.invocationCallOrder[0]!);
    expect(fakeApp.listenerCount('open-url')).toBe(1);
    const window = vi.mocked(BrowserWindow).mock.results[0]!.value as { webContents: import('node:events').EventEmitter & { send: ReturnType<typeof vi.fn> }; focus: ReturnType<typeof vi.fn> };
    window.webContents.emit('did-finish-load');
    fakeApp.emit('second-instance', {}, ['account-admin', 'account-admin://invoice/INV-2027-000012'], '/');
    expect(window.webContents.send).toHaveBeenCalledWith('event:app.route', { view: 'invoice', number: 'INV-2027-000012' });
    expect(window.focus).toHaveBeenCalled();
  });

  it('closes the store once on quit, then quits', async () => {
    await start();
    await vi.waitFor(() => expect(BrowserWindow).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    // The entry's own copy of the store module (start() reset the module registry).
    const { FileStore } = await import('../../core/store/file-store.ts');
    const close = vi.spyOn(FileStore.prototype, 'close');

    const first = { preventDefault: vi.fn() };
    fakeApp.emit('before-quit', first);
    expect(first.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    expect(close).toHaveBeenCalledTimes(1);
    expect(ipcMain.handlers.size).toBe(0);

    const second = { preventDefault: vi.fn() };
    fakeApp.emit('before-quit', second);
    expect(second.preventDefault).not.toHaveBeenCalled();
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('focuses the existing window when a second instance starts', async () => {
    await start();
    await vi.waitFor(() => expect(BrowserWindow).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    const window = vi.mocked(BrowserWindow).mock.results[0]!.value as { focus: ReturnType<typeof vi.fn> };
    fakeApp.emit('second-instance', {}, [], '');
    expect(window.focus).toHaveBeenCalledTimes(1);
    expect(BrowserWindow).toHaveBeenCalledTimes(1);
  });
});
