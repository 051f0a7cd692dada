/**
 * The host channels: the OS print dialog for the page the renderer shows (laid out by its print CSS),
 * and Save as PDF through a save dialog. Served here because only Electron main can open them.
 */
import fs from 'node:fs/promises';
import { BrowserWindow, dialog, type WebContents } from 'electron';
import type { HostChannel, OutputOf } from '../../core/contract.ts';
import type { Result } from '../../core/result.ts';

export type HostHandlers = { [C in HostChannel]: (sender: WebContents, input: unknown) => Promise<Result<OutputOf<C>>> };

export function createHostHandlers(): Pick<HostHandlers, 'host.print' | 'host.savePdf'> {
  return {
    'host.print': (sender) =>
      new Promise((resolve) => {
        sender.print({ printBackground: true }, () => resolve({ ok: true, value: { done: true } }));
      }),
    async 'host.savePdf'(sender, input) {
      const { fileName } = input as { fileName: string };
      const window = BrowserWindow.fromWebContents(sender);
      const options = { defaultPath: fileName, filters: [{ name: 'PDF', extensions: ['pdf'] }] };
      const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { ok: true, value: { saved: false } };
      const pdf = await sender.printToPDF({ printBackground: true, pageSize: 'A4', preferCSSPageSize: true });
      await fs.writeFile(choice.filePath, pdf);
      return { ok: true, value: { saved: true, path: choice.filePath } };
    },
  };
}
