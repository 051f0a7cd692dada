import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BrowserWindow as ElectronWindow, type IpcMainInvokeEvent } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ipcName } from '../../core/contract.ts';
import { DEMO_PASSWORD } from '../../core/seed/demo-people.ts';
import { demoFixture } from '../../core/testing/fixture.ts';
import { BrowserWindow, fakeFrame, ipcMain, safeStorage, type FakeWebContents } from '../../test/mocks/electron.ts';
import { registerIpc, trustAppWindow, unregisterIpc } from './ipc.ts';
import { createStoreSettingHandlers, SETTING_FILE } from './store-setting.ts';

const APP_URL = 'app://renderer/index.html';
const SHARED = 'postgres://admin:s3cret@db.example:5432/accounts';

async function setup() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-setting-ipc-'));
  const window = new BrowserWindow() as unknown as { webContents: FakeWebContents };
  window.webContents.mainFrame = fakeFrame(APP_URL);
  const { core } = await demoFixture();
  const relaunch = vi.fn();
  registerIpc(core, trustAppWindow(() => window as unknown as ElectronWindow, APP_URL), createStoreSettingHandlers(dir, safeStorage, { kind: 'files', location: '/data' }, relaunch));
  const event = { sender: window.webContents, senderFrame: window.webContents.mainFrame } as unknown as IpcMainInvokeEvent;
  const call = (channel: string, input?: unknown) => ipcMain.invoke(ipcName(channel as never), event, input) as Promise<{ ok: boolean; value?: unknown; error?: { code: string; key: string } }>;
  const signIn = (first: string, last: string) => call('auth.signIn', { email: `${first}.${last}@lumen-analytics.example`, password: DEMO_PASSWORD });
  return { dir, call, signIn, relaunch };
}

afterEach(() => unregisterIpc());

describe('the shared database setting over IPC', () => {
  it('goes through the core first: signed in to read, manage_roles to change, valid input', async () => {
    const { dir, call, signIn } = await setup();
    expect(await call('host.storeSetting')).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    await signIn('hannah', 'becker');
    expect(await call('host.storeSetting')).toMatchObject({ ok: true, value: { current: 'files', location: '/data', saved: null, keychain: true, restartNeeded: false } });
    expect(await call('host.setStoreSetting', { url: SHARED })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(fs.existsSync(path.join(dir, SETTING_FILE))).toBe(false);
    await call('auth.signOut');
    await signIn('claire', 'dubois');
    expect(await call('host.setStoreSetting', { url: 42 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await call('host.setStoreSetting', { url: 'mysql://x@y/z' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(fs.existsSync(path.join(dir, SETTING_FILE))).toBe(false);
  });

  it('saves the address encrypted, shows it without its password, and restarts when asked', async () => {
    const { dir, call, signIn, relaunch } = await setup();
    await signIn('claire', 'dubois');
    const saved = await call('host.setStoreSetting', { url: SHARED, restart: true });
    expect(saved).toMatchObject({ ok: true, value: { current: 'files', saved: 'postgres://admin@db.example:5432/accounts', restartNeeded: true } });
    expect(JSON.stringify(saved)).not.toContain('s3cret');
    expect(fs.readFileSync(path.join(dir, SETTING_FILE)).includes(Buffer.from('s3cret'))).toBe(false);
    await vi.waitFor(() => expect(relaunch).toHaveBeenCalledOnce());
    expect(await call('host.setStoreSetting', { url: '' })).toMatchObject({ ok: true, value: { saved: null, restartNeeded: false } });
  });
});
