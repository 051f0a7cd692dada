/**
 * A period's e-invoices with their PDFs (issue 21): the core lists the period's documents and makes the
 * ZIP of their CII XML (`invoices.einvoiceArchive`); here each document's invoice view is printed in a
 * hidden window of the app's own page, signed in as the window that asked, made Factur-X, and added to
 * that ZIP beside its XML. One save dialog, before the printing starts.
 */
import fs from 'node:fs/promises';
import { BrowserWindow, dialog, type WebContents } from 'electron';
import { unzipSync, zipSync } from 'fflate';
import { toAppError } from '../../core/app/errors.ts';
import { ARCHIVE_MTIME } from '../../core/einvoice/archive.ts';
import { attachFacturX } from '../../core/einvoice/factur-x.ts';
import type { Language } from '../../core/model/records.ts';
import type { Result } from '../../core/result.ts';
import { adoptWindow } from './ipc.ts';
import { PRINT_OPTIONS, type CoreCall, type HostHandlers } from './print.ts';
import { showInvoiceScript } from './show-invoice-script.ts';
import { mainWindowOptions, PRELOAD_PATH } from './window.ts';

export interface ArchiveOptions {
  /** The app's page (app://renderer/index.html, or the dev server). */
  appUrl: string;
  preloadPath?: string;
  /** How long one invoice view may take to show before the export stops. */
  timeoutMs?: number;
}

/** The zip file's path the admin chose, over the window that asked; null when cancelled. */
async function chooseZipPath(sender: WebContents, fileName: string): Promise<string | null> {
  const window = BrowserWindow.fromWebContents(sender);
  const options = { defaultPath: fileName, filters: [{ name: 'ZIP', extensions: ['zip'] }] };
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return choice.canceled || !choice.filePath ? null : choice.filePath;
}

async function failed(call: CoreCall, number: string): Promise<Result<never>> {
  const session = await call('auth.session', undefined);
  const language = (session.ok && session.value ? session.value.user.language : 'en') as Language;
  return { ok: false, error: toAppError({ code: 'internal', key: 'errors.einvoice.printFailed', params: { number } }, language) };
}

export function createArchiveHandler(options: ArchiveOptions): Pick<HostHandlers, 'host.saveEInvoiceArchive'> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  return {
    async 'host.saveEInvoiceArchive'(sender, input, call) {
      const period = input as { from: string; to: string };
      const archive = await call('invoices.einvoiceArchive', period);
      if (!archive.ok) return archive;
      const listed = await call('invoices.list', {});
      if (!listed.ok) return listed;
      const ids = new Map(listed.value.invoices.map((i) => [i.number, i.id]));
      const path = await chooseZipPath(sender, archive.value.fileName);
      if (!path) return { ok: true, value: { saved: false, count: 0 } };

      const xml = unzipSync(Buffer.from(archive.value.zip, 'base64'));
      // Each document's XML then its PDF, in the period's order.
      const files: Record<string, Uint8Array> = {};
      const { webPreferences } = mainWindowOptions(options.preloadPath ?? PRELOAD_PATH);
      const window = new BrowserWindow({ show: false, width: 1024, height: 1400, webPreferences });
      const release = adoptWindow(window.webContents, sender);
      try {
        await window.loadURL(options.appUrl);
        for (const number of archive.value.numbers) {
          const id = ids.get(number);
          const einvoice = id ? await call('invoices.einvoice', { id }) : null;
          if (!einvoice?.ok) return einvoice ?? failed(call, number);
          const shown = (await window.webContents.executeJavaScript(showInvoiceScript(number, timeoutMs))) === true;
          if (!shown) return failed(call, number);
          const pdf = await window.webContents.printToPDF(PRINT_OPTIONS);
          files[`${number}.xml`] = xml[`${number}.xml`]!;
          files[`${number}.pdf`] = await attachFacturX(pdf, einvoice.value.xml, einvoice.value.facturX);
        }
      } finally {
        release();
        window.destroy();
      }
      await fs.writeFile(path, zipSync(files, { level: 6, mtime: ARCHIVE_MTIME }));
      return { ok: true, value: { saved: true, path, count: archive.value.numbers.length } };
    },
  };
}
