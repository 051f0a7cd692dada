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
import { PDFDocument } from 'pdf-lib';
import { readFacturX } from '../../core/einvoice/factur-x.ts';

const APP_URL = 'app://renderer/index.html';

async function setup() {
  const window = new BrowserWindow() as unknown as { webContents: FakeWebContents };
  window.webContents.mainFrame = fakeFrame(APP_URL);
  const { core, store } = await demoFixture();
  registerIpc(core, trustAppWindow(() => window as unknown as ElectronWindow, APP_URL), createHostHandlers());
  const event = { sender: window.webContents, senderFrame: window.webContents.mainFrame } as unknown as IpcMainInvokeEvent;
  const call = (channel: string, input?: unknown) => ipcMain.invoke(ipcName(channel as never), event, input) as Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
  return { window, call, store };
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

describe('host channel Save as Factur-X', () => {
  const blankPdf = async () => Buffer.from(await (await PDFDocument.create()).save());

  it('prints the invoice view to PDF with its e-invoice embedded, where the admin chose', async () => {
    const { window, call, store } = await setup();
    await call('auth.signIn', { email: 'claire.dubois@lumen-analytics.example', password: DEMO_PASSWORD });
    const invoice = [...store.tables.invoices.values()].at(-1)!;
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'aa-fx-')), 'invoice.pdf');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: file });
    window.webContents.printToPDF.mockResolvedValueOnce(await blankPdf());
    expect(await call('host.saveFacturX', { id: invoice.id, fileName: `${invoice.number}.pdf` })).toEqual({ ok: true, value: { saved: true, path: file } });
    const einvoice = await call('invoices.einvoice', { id: invoice.id });
    expect(await readFacturX(fs.readFileSync(file))).toBe((einvoice.value as { xml: string }).xml);
    expect((einvoice.value as { xml: string }).xml).toContain(`<ram:ID>${invoice.number}</ram:ID>`);

    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: undefined });
    expect(await call('host.saveFacturX', { id: invoice.id, fileName: 'x.pdf' })).toEqual({ ok: true, value: { saved: false } });
  });

  it('is refused to whoever may not view invoices, and for an unknown invoice, before any dialog opens', async () => {
    const { call, store } = await setup();
    const invoice = [...store.tables.invoices.values()].at(-1)!;
    expect(await call('host.saveFacturX', { id: invoice.id, fileName: 'x.pdf' })).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    await call('auth.signIn', { email: 'claire.dubois@lumen-analytics.example', password: DEMO_PASSWORD });
    dialog.showSaveDialog.mockClear();
    expect(await call('host.saveFacturX', { id: 'inv_nope', fileName: 'x.pdf' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});
