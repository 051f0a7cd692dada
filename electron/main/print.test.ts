import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BrowserWindow as ElectronWindow, type IpcMainInvokeEvent } from 'electron';
import { afterEach, describe, expect, it } from 'vitest';
import { ipcName } from '../../core/contract.ts';
import { DEMO_PASSWORD } from '../../core/seed/demo-people.ts';
import { demoFixture } from '../../core/testing/fixture.ts';
import { BrowserWindow, dialog, fakeFrame, ipcMain, type FakeWebContents } from '../../test/mocks/electron.ts';
import { registerIpc, trustAppWindow, unregisterIpc } from './ipc.ts';
import { createHostHandlers } from './print.ts';

const APP_URL = 'app://renderer/index.html';

async function setup() {
  const window = new BrowserWindow() as unknown as { webContents: FakeWebContents };
  window.webContents.mainFrame = fakeFrame(APP_URL);
  const { core } = await demoFixture();
  registerIpc(core, trustAppWindow(() => window as unknown as ElectronWindow, APP_URL), createHostHandlers());
  const event = { sender: window.webContents, senderFrame: window.webContents.mainFrame } as unknown as IpcMainInvokeEvent;
  const call = (channel: string, input?: unknown) => ipcMain.invoke(ipcName(channel as never), event, input) as Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
  return { window, call };
}

afterEach(() => unregisterIpc());

describe('host channels (print, Save as PDF)', () => {
  it('need a signed-in window and valid input', async () => {
    const { call } = await setup();
    expect(await call('host.print')).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    await call('auth.signIn', { email: 'claire.dubois@lumen-analytics.example', password: DEMO_PASSWORD });
    expect(await call('host.savePdf', { fileName: '' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('open the OS print dialog for the window, and write the PDF where the admin chose', async () => {
    const { window, call } = await setup();
    await call('auth.signIn', { email: 'claire.dubois@lumen-analytics.example', password: DEMO_PASSWORD });
    expect(await call('host.print')).toEqual({ ok: true, value: { done: true } });
    expect(window.webContents.print).toHaveBeenCalledOnce();

    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: undefined });
    expect(await call('host.savePdf', { fileName: 'INV-2026-000001.pdf' })).toEqual({ ok: true, value: { saved: false } });

    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'aa-pdf-')), 'invoice.pdf');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: file });
    expect(await call('host.savePdf', { fileName: 'INV-2026-000001.pdf' })).toEqual({ ok: true, value: { saved: true, path: file } });
    expect(fs.readFileSync(file, 'utf8')).toContain('%PDF');
  });
});
