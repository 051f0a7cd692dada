/**
 * The host channels: the OS print dialog for the page the renderer shows (laid out by its print CSS),
 * Save as PDF and Save as Factur-X through a save dialog. Served here because only Electron main can
 * open them.
 */
import fs from 'node:fs/promises';
import { BrowserWindow, dialog, type WebContents } from 'electron';
import type { Channel, HostChannel, OutputOf } from '../../core/contract.ts';
import { attachFacturX } from '../../core/einvoice/factur-x.ts';
import type { Result } from '../../core/result.ts';

/** A core channel called as the user signed in to the window that asked. */
export type CoreCall = <C extends Channel>(channel: C, input: unknown) => Promise<Result<OutputOf<C>>>;

export type HostHandlers = { [C in HostChannel]: (sender: WebContents, input: unknown, call: CoreCall) => Promise<Result<OutputOf<C>>> };

export const PRINT_OPTIONS = { printBackground: true, pageSize: 'A4', preferCSSPageSize: true } as const;

/** The save dialog for a PDF, over the window that asked when there is one; the chosen path or null. */
async function choosePdfPath(sender: WebContents, fileName: string): Promise<string | null> {
  const window = BrowserWindow.fromWebContents(sender);
  const options = { defaultPath: fileName, filters: [{ name: 'PDF', extensions: ['pdf'] }] };
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return choice.canceled || !choice.filePath ? null : choice.filePath;
}

export function createHostHandlers(): Pick<HostHandlers, 'host.print' | 'host.savePdf' | 'host.saveFacturX'> {
  return {
    'host.print': (sender) =>
      new Promise((resolve) => {
        sender.print({ printBackground: true }, () => resolve({ ok: true, value: { done: true } }));
      }),
    async 'host.savePdf'(sender, input) {
      const { fileName } = input as { fileName: string };
      const path = await choosePdfPath(sender, fileName);
      if (!path) return { ok: true, value: { saved: false } };
      await fs.writeFile(path, await sender.printToPDF(PRINT_OPTIONS));
      return { ok: true, value: { saved: true, path } };
    },
    /** The invoice view printed to PDF, with the invoice's CII XML embedded as Factur-X. */
    async 'host.saveFacturX'(sender, input, call) {
      const { id, fileName } = input as { id: string; fileName: string };
      const einvoice = await call('invoices.einvoice', { id });
      if (!einvoice.ok) return einvoice;
      const path = await choosePdfPath(sender, fileName);
      if (!path) return { ok: true, value: { saved: false } };
      const pdf = await sender.printToPDF(PRINT_OPTIONS);
      await fs.writeFile(path, await attachFacturX(pdf, einvoice.value.xml, einvoice.value.facturX));
      return { ok: true, value: { saved: true, path } };
    },
  };
}
