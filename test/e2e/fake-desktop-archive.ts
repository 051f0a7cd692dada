/**
 * The desktop's Save e-invoices (ZIP), played by the page itself: with it on, the app's `window.api` says
 * the app runs in Electron, `host.saveEInvoiceArchive` waits for the test (which sends the progress events
 * the host would, then its answer) and `host.cancelEInvoiceArchive` ends the save as the host does
 * (outcome cancelled). Everything else is the real bridge. On only in a tab where `on()` set the flag;
 * installed once per page (an init script), it wraps the api as the renderer creates it.
 */
import type { Page } from 'playwright-core';

const FLAG = 'e2e-fake-desktop-archive';

type Fake = { progress(done: number, total: number): void; finish(answer: unknown): void; saving(): boolean; cancels: number; saves: unknown[] };
declare global {
  interface Window {
    __fakeArchive?: Fake;
  }
}

function install(flag: string): void {
  if (sessionStorage.getItem(flag) !== 'on') return;
  let api: Record<string, unknown> | undefined;
  const listeners = new Set<(payload: unknown) => void>();
  let pending: ((answer: unknown) => void) | null = null;
  let last = { done: 0, total: 0 };
  const fake: Fake = {
    progress(done, total) {
      last = { done, total };
      listeners.forEach((listener) => listener({ done, total }));
    },
    finish(answer) {
      pending?.(answer);
      pending = null;
    },
    saving: () => pending !== null,
    cancels: 0,
    saves: [],
  };
  window.__fakeArchive = fake;
  Object.defineProperty(window, 'api', {
    configurable: true,
    get: () => api,
    set(real: Record<string, unknown>) {
      const status = real['app.status'] as () => Promise<{ ok: boolean; value?: { mode: string } }>;
      const on = real.on as (event: string, listener: (payload: unknown) => void) => () => void;
      real['app.status'] = async () => {
        const answer = await status();
        if (answer.ok && answer.value) answer.value.mode = 'electron';
        return answer;
      };
      real['host.saveEInvoiceArchive'] = (period: unknown) => {
        fake.saves.push(period);
        return new Promise((resolve) => (pending = resolve));
      };
      real['host.cancelEInvoiceArchive'] = async () => {
        fake.cancels++;
        const running = pending !== null;
        fake.finish({ ok: true, value: { outcome: 'cancelled', ...last } });
        return { ok: true, value: { cancelled: running } };
      };
      real.on = (event: string, listener: (payload: unknown) => void) => {
        if (event !== 'einvoice.archiveProgress') return on(event, listener);
        listeners.add(listener);
        return () => listeners.delete(listener);
      };
      api = real;
    },
  });
}

/** Installs the fake on the page (once) and turns it on for this tab; the next load runs "in Electron". */
export async function fakeDesktopArchive(page: Page): Promise<void> {
  await page.addInitScript(install, FLAG);
  await page.evaluate((flag) => sessionStorage.setItem(flag, 'on'), FLAG);
}

/** Back to the browser mode at the next load. */
export async function realBrowserMode(page: Page): Promise<void> {
  await page.evaluate((flag) => sessionStorage.removeItem(flag), FLAG);
}

/**
 * Until the save has reached the host: the page may read the period's rows first, and an event or an
 * answer sent before the save is asked for would reach no one (the save would then wait forever).
 */
async function hostSaving(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__fakeArchive?.saving() === true);
}

/** What the host would send while printing: `done` of `total`. */
export async function sendProgress(page: Page, done: number, total: number): Promise<void> {
  await hostSaving(page);
  await page.evaluate(([d, t]) => window.__fakeArchive!.progress(d!, t!), [done, total]);
}

/** The host's answer to the save. */
export async function finishSave(page: Page, answer: unknown): Promise<void> {
  await hostSaving(page);
  await page.evaluate((a) => window.__fakeArchive!.finish(a), answer);
}

/** How many saves and Cancels reached the host. */
export async function hostCalls(page: Page): Promise<{ saves: unknown[]; cancels: number }> {
  return page.evaluate(() => ({ saves: window.__fakeArchive!.saves, cancels: window.__fakeArchive!.cancels }));
}
