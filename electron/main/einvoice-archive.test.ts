/**
 * The period's e-invoices with their PDFs (einvoice-archive.ts), with the mocked `electron`: one save
 * dialog, a hidden window of the app's page signed in as the asker prints each invoice view, and the ZIP
 * holds each document's XML (the core's) and its Factur-X PDF carrying that XML.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BrowserWindow as ElectronWindow, type IpcMainInvokeEvent } from 'electron';
import { strFromU8, unzipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { ipcName } from '../../core/contract.ts';
import { readFacturX } from '../../core/einvoice/factur-x.ts';
import { DEMO_PASSWORD } from '../../core/seed/demo-people.ts';
import { demoFixture } from '../../core/testing/fixture.ts';
import { BrowserWindow, dialog, fakeFrame, ipcMain, windowCreated, type FakeWebContents } from '../../test/mocks/electron.ts';
import { createArchiveHandler } from './einvoice-archive.ts';
import { showInvoiceScript } from './show-invoice-script.ts';
import { registerIpc, trustAppWindow, unregisterIpc } from './ipc.ts';

const APP_URL = 'app://renderer/index.html';
const CLAIRE = 'claire.dubois@lumen-analytics.example';
const DECEMBER = { from: '2025-12-01', to: '2025-12-31' };

type Reply = { ok: boolean; value?: unknown; error?: { code: string; key: string; message: string } };
type Hidden = { options: { show?: boolean; webPreferences?: Record<string, unknown> }; webContents: FakeWebContents; loadURL: { mock: { calls: unknown[][] } }; destroy: { mock: { calls: unknown[] } } };

async function setup() {
  const window = new BrowserWindow() as unknown as { webContents: FakeWebContents };
  window.webContents.mainFrame = fakeFrame(APP_URL);
  const f = await demoFixture();
  registerIpc(f.core, trustAppWindow(() => window as unknown as ElectronWindow, APP_URL), createArchiveHandler({ appUrl: APP_URL, preloadPath: '/app/preload.cjs', timeoutMs: 50 }));
  const from = (contents: FakeWebContents) => ({ sender: contents, senderFrame: contents.mainFrame }) as unknown as IpcMainInvokeEvent;
  const callAs = (contents: FakeWebContents, channel: string, input?: unknown) => ipcMain.invoke(ipcName(channel as never), from(contents), input) as Promise<Reply>;
  const call = (channel: string, input?: unknown) => callAs(window.webContents, channel, input);
  return { f, call, callAs };
}

/** The next hidden window: each invoice view "printed" as a one-page PDF; what it was asked to run is kept. */
function nextHiddenWindow(): Promise<Hidden> {
  return new Promise((resolve) => {
    windowCreated.once('window', (w) => {
      const hidden = w as unknown as Hidden;
      hidden.webContents.printToPDF.mockImplementation(async () => {
        const doc = await PDFDocument.create();
        doc.addPage();
        return Buffer.from(await doc.save());
      });
      resolve(hidden);
    });
  });
}

const tmpZip = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'aa-einv-')), 'e-invoices.zip');

afterEach(() => {
  unregisterIpc();
  windowCreated.removeAllListeners();
});

describe('host channel Save e-invoices of a period (XML and Factur-X PDF)', () => {
  it('prints each document of the period in a hidden window signed in as the asker, and zips its PDF beside its XML', async () => {
    const { call, callAs } = await setup();
    await call('auth.signIn', { email: CLAIRE, password: DEMO_PASSWORD });
    const xmlOnly = await call('invoices.einvoiceArchive', DECEMBER);
    const numbers = (xmlOnly.value as { numbers: string[] }).numbers;
    expect(numbers.length).toBeGreaterThan(1);

    const file = tmpZip();
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: file });
    const hidden = nextHiddenWindow();
    // While the hidden page prints, it calls the core as the asker would (its own boot, the invoice view).
    let seenByHidden: Reply | undefined;
    void hidden.then((h) =>
      h.webContents.executeJavaScript.mockImplementation(async () => {
        seenByHidden ??= await callAs(h.webContents, 'invoices.list', {});
        return true;
      }),
    );
    expect(await call('host.saveEInvoiceArchive', DECEMBER)).toEqual({ ok: true, value: { saved: true, path: file, count: numbers.length } });
    expect(dialog.showSaveDialog.mock.calls.at(-1)!.at(-1)).toMatchObject({ defaultPath: 'e-invoices_2025-12-01_2025-12-31.zip' });

    const files = unzipSync(fs.readFileSync(file));
    expect(Object.keys(files)).toEqual(numbers.flatMap((n) => [`${n}.xml`, `${n}.pdf`]));
    const core = unzipSync(Buffer.from((xmlOnly.value as { zip: string }).zip, 'base64'));
    const { value: list } = (await call('invoices.list', {})) as { value: { invoices: { id: string; number: string }[] } };
    for (const number of numbers) {
      const einvoice = await call('invoices.einvoice', { id: list.invoices.find((i) => i.number === number)!.id });
      const xml = (einvoice.value as { xml: string }).xml;
      expect(strFromU8(files[`${number}.xml`]!)).toBe(xml);
      expect(files[`${number}.xml`]).toEqual(core[`${number}.xml`]);
      expect(await readFacturX(files[`${number}.pdf`]!)).toBe(xml);
    }

    // The hidden window: the app's page, hardened as the main window, never shown, each invoice opened
    // by its route, signed in as the asker while it printed, gone and untrusted afterwards.
    const h = await hidden;
    expect(h.options).toMatchObject({ show: false, webPreferences: { preload: '/app/preload.cjs', sandbox: true, contextIsolation: true, nodeIntegration: false } });
    expect(h.loadURL.mock.calls).toEqual([[APP_URL]]);
    expect(h.webContents.executeJavaScript.mock.calls.map(([code]) => code)).toEqual(numbers.map((n) => showInvoiceScript(n, 50)));
    expect(h.webContents.printToPDF).toHaveBeenCalledTimes(numbers.length);
    expect(seenByHidden).toMatchObject({ ok: true });
    expect(h.destroy.mock.calls).toHaveLength(1);
    expect(await callAs(h.webContents, 'invoices.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('saves nothing when the dialog is cancelled, and asks nothing for a period without documents or without sign-in', async () => {
    const { call } = await setup();
    expect(await call('host.saveEInvoiceArchive', DECEMBER)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    await call('auth.signIn', { email: CLAIRE, password: DEMO_PASSWORD });
    dialog.showSaveDialog.mockClear();
    const created = BrowserWindow.mock.calls.length;
    expect(await call('host.saveEInvoiceArchive', { from: '2001-01-01', to: '2001-12-31' })).toMatchObject({ ok: false, error: { code: 'not_found', key: 'errors.einvoice.noneInPeriod' } });
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: undefined });
    expect(await call('host.saveEInvoiceArchive', DECEMBER)).toEqual({ ok: true, value: { saved: false, count: 0 } });
    expect(BrowserWindow.mock.calls.length).toBe(created);
  });

  it('stops and says which document when its view does not show, in the asker’s language, writing nothing', async () => {
    const { call } = await setup();
    await call('auth.signIn', { email: CLAIRE, password: DEMO_PASSWORD });
    await call('me.updatePersonal', { firstName: 'Claire', lastName: 'Dubois', phone: '', language: 'fr', timeZone: 'Europe/Paris' });
    const file = tmpZip();
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: file });
    const hidden = nextHiddenWindow();
    void hidden.then((h) => h.webContents.executeJavaScript.mockResolvedValue(false));
    const result = await call('host.saveEInvoiceArchive', DECEMBER);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', key: 'errors.einvoice.printFailed' } });
    expect(result.error!.message).toMatch(/^Impossible d’imprimer INV-/u);
    expect(fs.existsSync(file)).toBe(false);
    expect((await hidden).destroy.mock.calls).toHaveLength(1);
  });
});
