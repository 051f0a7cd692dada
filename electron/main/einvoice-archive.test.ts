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
import { eventIpcName, ipcName } from '../../core/contract.ts';
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
  return { f, call, callAs, window };
}

/** The period's documents, in the order the ZIP holds them. */
async function periodNumbers(call: (channel: string, input?: unknown) => Promise<Reply>): Promise<string[]> {
  const xmlOnly = await call('invoices.einvoiceArchive', DECEMBER);
  const numbers = (xmlOnly.value as { numbers: string[] }).numbers;
  expect(numbers.length).toBeGreaterThan(1);
  return numbers;
}

/** The progress events sent to a window's page, in order. */
function progressSent(contents: FakeWebContents): { done: number; total: number }[] {
  return contents.send.mock.calls.filter(([channel]) => channel === eventIpcName('einvoice.archiveProgress')).map(([, payload]) => payload as { done: number; total: number });
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
    expect(await call('host.saveEInvoiceArchive', DECEMBER)).toEqual({ ok: true, value: { outcome: 'saved', path: file, count: numbers.length } });
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
    expect(await call('host.saveEInvoiceArchive', DECEMBER)).toEqual({ ok: true, value: { outcome: 'notChosen' } });
    expect(BrowserWindow.mock.calls.length).toBe(created);
  });

  it('stops and says which document when its view does not show, in the asker’s language, writing nothing (not even what was printed before it)', async () => {
    const { call } = await setup();
    await call('auth.signIn', { email: CLAIRE, password: DEMO_PASSWORD });
    await call('me.updatePersonal', { firstName: 'Claire', lastName: 'Dubois', phone: '', language: 'fr', timeZone: 'Europe/Paris' });
    const numbers = await periodNumbers(call);
    const file = tmpZip();
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: file });
    const hidden = nextHiddenWindow();
    // The first document prints; the second's view never shows.
    void hidden.then((h) => h.webContents.executeJavaScript.mockResolvedValueOnce(true).mockResolvedValue(false));
    const result = await call('host.saveEInvoiceArchive', DECEMBER);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', key: 'errors.einvoice.printFailed', params: { number: numbers[1] } } });
    expect(result.error!.message).toBe(`Impossible d’imprimer ${numbers[1]} en PDF : rien n’a été enregistré. Réessayez ou choisissez une période plus courte.`);
    expect(fs.readdirSync(path.dirname(file))).toEqual([]);
    const h = await hidden;
    expect(h.webContents.printToPDF).toHaveBeenCalledTimes(1);
    expect(h.destroy.mock.calls).toHaveLength(1);
  });

  it('tells the window that asked how far it is: 0 of N once the file is chosen, then each document in order, up to N of N', async () => {
    const { call, window } = await setup();
    await call('auth.signIn', { email: CLAIRE, password: DEMO_PASSWORD });
    const numbers = await periodNumbers(call);
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: undefined });
    await call('host.saveEInvoiceArchive', DECEMBER);
    // No file chosen: nothing to prepare, no progress.
    expect(progressSent(window.webContents)).toEqual([]);

    const file = tmpZip();
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: file });
    const hidden = nextHiddenWindow();
    // What the window had been told when each document was asked for: the one before it, done.
    const toldBeforeEach: number[] = [];
    void hidden.then((h) =>
      h.webContents.executeJavaScript.mockImplementation(async () => {
        toldBeforeEach.push(progressSent(window.webContents).at(-1)!.done);
        return true;
      }),
    );
    expect(await call('host.saveEInvoiceArchive', DECEMBER)).toMatchObject({ ok: true, value: { outcome: 'saved', count: numbers.length } });
    const total = numbers.length;
    expect(progressSent(window.webContents)).toEqual(Array.from({ length: total + 1 }, (_, done) => ({ done, total })));
    expect(toldBeforeEach).toEqual(numbers.map((_, i) => i));
    // Only the window that asked hears it: never the hidden one.
    expect(progressSent((await hidden).webContents)).toEqual([]);
  });

  it('stops at once on Cancel from the window that asked: the print in flight abandoned, the hidden window destroyed, no file (an older one left as it was)', async () => {
    const { call, window } = await setup();
    await call('auth.signIn', { email: CLAIRE, password: DEMO_PASSWORD });
    const numbers = await periodNumbers(call);
    const file = tmpZip();
    fs.writeFileSync(file, 'the ZIP of last month');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: file });
    const hidden = nextHiddenWindow();
    let cancelAnswer: Reply | undefined;
    void hidden.then((h) =>
      h.webContents.executeJavaScript.mockResolvedValueOnce(true).mockImplementationOnce(async () => {
        // The second document's view is slow to show; the admin presses Cancel meanwhile.
        cancelAnswer = await call('host.cancelEInvoiceArchive');
        return new Promise(() => undefined);
      }),
    );
    const result = await call('host.saveEInvoiceArchive', DECEMBER);
    expect(cancelAnswer).toEqual({ ok: true, value: { cancelled: true } });
    expect(result).toEqual({ ok: true, value: { outcome: 'cancelled', done: 1, total: numbers.length } });
    const h = await hidden;
    expect(h.webContents.executeJavaScript).toHaveBeenCalledTimes(2);
    expect(h.webContents.printToPDF).toHaveBeenCalledTimes(1);
    expect(h.destroy.mock.calls).toHaveLength(1);
    expect(fs.readdirSync(path.dirname(file))).toEqual([path.basename(file)]);
    expect(fs.readFileSync(file, 'utf8')).toBe('the ZIP of last month');
    expect(progressSent(window.webContents).map((p) => p.done)).toEqual([0, 1]);
    // Nothing runs any more: Cancel says so, and a new save runs whole.
    expect(await call('host.cancelEInvoiceArchive')).toEqual({ ok: true, value: { cancelled: false } });
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: file });
    void nextHiddenWindow();
    expect(await call('host.saveEInvoiceArchive', DECEMBER)).toMatchObject({ ok: true, value: { outcome: 'saved' } });
    expect(Object.keys(unzipSync(fs.readFileSync(file)))).toHaveLength(numbers.length * 2);
  });

  it('stops when the window that asked closes, refuses a second save from it while one runs, and cancels nothing for a window that started none', async () => {
    const { call, callAs, window } = await setup();
    await call('auth.signIn', { email: CLAIRE, password: DEMO_PASSWORD });
    const file = tmpZip();
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: file });
    const hidden = nextHiddenWindow();
    let second: Reply | undefined;
    let otherCancel: Reply | undefined;
    void hidden.then((h) =>
      h.webContents.executeJavaScript.mockImplementationOnce(async () => {
        second = await call('host.saveEInvoiceArchive', DECEMBER);
        // The hidden window is trusted as the asker's page, but it started nothing: its Cancel stops nothing.
        otherCancel = await callAs(h.webContents, 'host.cancelEInvoiceArchive');
        window.webContents.emit('destroyed');
        return new Promise(() => undefined);
      }),
    );
    expect(await call('host.saveEInvoiceArchive', DECEMBER)).toMatchObject({ ok: true, value: { outcome: 'cancelled', done: 0 } });
    expect(second).toMatchObject({ ok: false, error: { code: 'invalid_input', key: 'errors.einvoice.alreadyRunning' } });
    expect(otherCancel).toEqual({ ok: true, value: { cancelled: false } });
    expect((await hidden).destroy.mock.calls).toHaveLength(1);
    expect(fs.readdirSync(path.dirname(file))).toEqual([]);
  });

  it('says where it could not write, and leaves nothing there', async () => {
    const { call } = await setup();
    await call('auth.signIn', { email: CLAIRE, password: DEMO_PASSWORD });
    const file = path.join(path.dirname(tmpZip()), 'gone', 'e-invoices.zip');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: file });
    void nextHiddenWindow();
    const result = await call('host.saveEInvoiceArchive', DECEMBER);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', key: 'errors.einvoice.writeFailed', params: { path: file } } });
    expect(result.error!.message).toContain(file);
    expect(fs.existsSync(path.dirname(file))).toBe(false);
  });
});
