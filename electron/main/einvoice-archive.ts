/**
 * A period's e-invoices with their PDFs (issue 21): the core lists the period's documents and makes the
 * ZIP of their CII XML (`invoices.einvoiceArchive`); here each document's invoice view is printed in a
 * hidden window of the app's own page, signed in as the window that asked, made Factur-X, and added to
 * that ZIP beside its XML. One save dialog, before the printing starts.
 *
 * While it prints, the window that asked is sent `einvoice.archiveProgress` (0 of N once the file is
 * chosen, then after each document). `host.cancelEInvoiceArchive` from that window — or the window
 * closing — stops it at once: the hidden window is destroyed and nothing is written. The ZIP is written
 * whole or not at all (core/adapters/save-whole.ts): a failure leaves no partial file at the chosen path.
 */
import { BrowserWindow, dialog, type WebContents } from 'electron';
import { unzipSync, zipSync } from 'fflate';
import { saveWhole, SaveCancelled } from '../../core/adapters/save-whole.ts';
import { toAppError } from '../../core/app/errors.ts';
import { ARCHIVE_MTIME } from '../../core/einvoice/archive.ts';
import { attachFacturX } from '../../core/einvoice/factur-x.ts';
import type { Language } from '../../core/model/records.ts';
import type { OutputOf } from '../../core/contract.ts';
import type { Failure, Result } from '../../core/result.ts';
import { sendEvent } from './events.ts';
import { adoptWindow } from './ipc.ts';
import { PRINT_OPTIONS, type CoreCall, type HostHandlers } from './print.ts';
import { showInvoiceScript } from './show-invoice-script.ts';
import { mainWindowOptions, PRELOAD_PATH } from './window.ts';
import { invoicesOf } from '../../core/schemas/billing.ts';

export interface ArchiveOptions {
  /** The app's page (app://renderer/index.html, or the dev server). */
  appUrl: string;
  preloadPath?: string;
  /** How long one invoice view may take to show before the export stops. */
  timeoutMs?: number;
}

type Period = { from: string; to: string };
type Archive = { numbers: string[]; zip: string };
/** One run: who asked, what to print, where to write, and how it is stopped and heard. */
type Job = { sender: WebContents; archive: Archive; path: string; call: CoreCall; signal: AbortSignal; progress: (done: number) => void };

/** The zip file's path the admin chose, over the window that asked; null when cancelled. */
async function chooseZipPath(sender: WebContents, fileName: string): Promise<string | null> {
  const window = BrowserWindow.fromWebContents(sender);
  const options = { defaultPath: fileName, filters: [{ name: 'ZIP', extensions: ['zip'] }] };
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return choice.canceled || !choice.filePath ? null : choice.filePath;
}

/** A failure worded in the asker's language. */
async function failed(call: CoreCall, failure: Failure): Promise<Result<never>> {
  const session = await call('auth.session', undefined);
  const language = (session.ok && session.value ? session.value.user.language : 'en') as Language;
  return { ok: false, error: toAppError(failure, language) };
}

/** `work`, or SaveCancelled as soon as `signal` aborts (what `work` still does is ignored: its window goes). */
function abortable<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new SaveCancelled());
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(new SaveCancelled());
    signal.addEventListener('abort', stop, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}

/** Each document of the period printed in `window`, made Factur-X, beside its XML; a failure says which. */
async function printAll(window: BrowserWindow, archive: Archive, call: CoreCall, signal: AbortSignal, progress: (done: number) => void, timeoutMs: number) {
  const listed = await abortable(call('invoices.list', {}), signal);
  if (!listed.ok) return listed;
  const ids = new Map(invoicesOf(listed.value).map((i) => [i.number, i.id]));
  const xml = unzipSync(Buffer.from(archive.zip, 'base64'));
  // Each document's XML then its PDF, in the period's order.
  const files: Record<string, Uint8Array> = {};
  for (const [index, number] of archive.numbers.entries()) {
    const id = ids.get(number);
    const einvoice = id ? await abortable(call('invoices.einvoice', { id }), signal) : null;
    if (!einvoice?.ok) return einvoice ?? failed(call, { code: 'internal', key: 'errors.einvoice.printFailed', params: { number } });
    const shown = (await abortable(window.webContents.executeJavaScript(showInvoiceScript(number, timeoutMs)), signal)) === true;
    if (!shown) return failed(call, { code: 'internal', key: 'errors.einvoice.printFailed', params: { number } });
    const pdf = await abortable(window.webContents.printToPDF(PRINT_OPTIONS), signal);
    files[`${number}.xml`] = xml[`${number}.xml`]!;
    files[`${number}.pdf`] = await abortable(attachFacturX(pdf, einvoice.value.xml, einvoice.value.facturX), signal);
    progress(index + 1);
  }
  return { ok: true as const, value: files };
}

export function createArchiveHandler(options: ArchiveOptions): Pick<HostHandlers, 'host.saveEInvoiceArchive' | 'host.cancelEInvoiceArchive'> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  /** The run in flight per window that asked (its web contents' id): what Cancel aborts. */
  const running = new Map<number, AbortController>();

  /** Prints, zips and writes; `progress` hears each document done (0 first). Throws SaveCancelled once aborted. */
  async function run(job: Job): Promise<Result<{ outcome: 'saved'; path: string; count: number }>> {
    const { sender, archive, path, call, signal, progress } = job;
    const total = archive.numbers.length;
    if (signal.aborted) throw new SaveCancelled();
    progress(0);
    const { webPreferences } = mainWindowOptions(options.preloadPath ?? PRELOAD_PATH);
    const window = new BrowserWindow({ show: false, width: 1024, height: 1400, webPreferences });
    const release = adoptWindow(window.webContents, sender);
    let printed;
    try {
      await abortable(window.loadURL(options.appUrl), signal);
      printed = await printAll(window, archive, call, signal, progress, timeoutMs);
    } finally {
      release();
      window.destroy();
    }
    if (!printed.ok) return printed;
    try {
      await saveWhole(path, zipSync(printed.value, { level: 6, mtime: ARCHIVE_MTIME }), signal);
    } catch (error) {
      if (error instanceof SaveCancelled) throw error;
      return failed(call, { code: 'internal', key: 'errors.einvoice.writeFailed', params: { path } });
    }
    return { ok: true, value: { outcome: 'saved', path, count: total } };
  }

  /** The period's documents, the save dialog, then the run; Cancel (or the window closing) ends it as cancelled. */
  async function save(sender: WebContents, period: Period, call: CoreCall, signal: AbortSignal): Promise<Result<OutputOf<'host.saveEInvoiceArchive'>>> {
    const archive = await call('invoices.einvoiceArchive', period);
    if (!archive.ok) return archive;
    const path = await chooseZipPath(sender, archive.value.fileName);
    if (!path) return { ok: true, value: { outcome: 'notChosen' } };
    const total = archive.value.numbers.length;
    let done = 0;
    const progress = (n: number) => {
      done = n;
      if (!signal.aborted) sendEvent(sender, 'einvoice.archiveProgress', { done, total });
    };
    try {
      return await run({ sender, archive: archive.value, path, call, signal, progress });
    } catch (error) {
      if (!(error instanceof SaveCancelled)) throw error;
      return { ok: true, value: { outcome: 'cancelled', done, total } };
    }
  }

  return {
    async 'host.saveEInvoiceArchive'(sender, input, call) {
      // One at a time per window, from the moment it is asked (the save dialog included).
      if (running.has(sender.id)) return failed(call, { code: 'invalid_input', key: 'errors.einvoice.alreadyRunning' });
      const controller = new AbortController();
      const closed = () => controller.abort();
      running.set(sender.id, controller);
      sender.once('destroyed', closed);
      try {
        return await save(sender, input as Period, call, controller.signal);
      } finally {
        running.delete(sender.id);
        sender.removeListener('destroyed', closed);
      }
    },
    async 'host.cancelEInvoiceArchive'(sender) {
      const controller = running.get(sender.id);
      controller?.abort();
      return { ok: true, value: { cancelled: controller !== undefined } };
    },
  };
}
