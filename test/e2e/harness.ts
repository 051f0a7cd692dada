/**
 * End-to-end harness: the real core and file store in a temp folder, served by the browser-mode
 * bridge, driven in Debian's Chromium with playwright-core. The clock is fixed; data is the demo seed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { openCore } from '../../core/adapters/open-core.ts';
import type { Store } from '../../core/ports/store.ts';
import { FixedClock } from '../../core/testing/fakes.ts';
import { startBridge, type Bridge } from '../../electron/browser/server.ts';

const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => p && fs.existsSync(p));
export const SCREENSHOTS = path.resolve('screenshots');

export interface App {
  page: Page;
  url: string;
  dataDir: string;
  store: Store;
  bridge: Bridge;
  /** The core's fixed clock: advance it to make periods end. */
  clock: FixedClock;
  /** Runs the renewals that fell due at the clock's time, as the app's timer would. */
  renewDue(): Promise<number>;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export async function launchApp(
  options: { viewport?: { width: number; height: number }; dataDir?: string; colorScheme?: 'light' | 'dark'; storeUrl?: string } = {},
): Promise<App> {
  if (!CHROMIUM) throw new Error('Chromium is not installed (apt-get install chromium)');
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'aa-e2e-'));
  // The core's fixed clock; Chromium's Date is pinned to it (below) and follows each advance(), so the
  // page and the core agree on "now" whatever the machine's date.
  let pin: (at: Date) => void = () => undefined;
  const clock = new (class extends FixedClock {
    override advance(ms: number): void {
      super.advance(ms);
      pin(this.current);
    }
  })();
  // The local files by default; a shared database (seeded with the demo when empty) when given one.
  const opened = await openCore({ dataDir, storeUrl: options.storeUrl, host: { mode: 'browser', version: '0.1.0' }, ports: { clock }, ...(options.storeUrl ? { seed: true } : {}) });
  const { core, store } = opened;
  const bridge = await startBridge({ core, staticDir: path.resolve('out/renderer') });
  const unsubscribe = opened.subscribe((event) => {
    if (event.kind === 'remote_change') bridge.emit('store.changed', { version: event.version });
    else bridge.emit('store.connection', { online: event.online });
  });
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--disable-gpu', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 800 }, locale: 'en-GB', timezoneId: 'Europe/Paris', colorScheme: options.colorScheme ?? 'light' });
  // Waits end when their condition holds; the limit only says how long a slow machine (CI on 2 shared
  // cores, two Chromiums at once) may take before a wait counts as a failure. No test waits for it to pass.
  context.setDefaultTimeout(20_000);
  await context.clock.setFixedTime(clock.now());
  pin = (at) => void context.clock.setFixedTime(at);
  const page = await context.newPage();
  // Like a person opening the link `npm start` gives: the one-time code becomes this context's cookie.
  const url = bridge.url;
  await page.goto(bridge.signInUrl());
  await page.waitForURL(url);
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    page,
    url,
    dataDir,
    store,
    bridge,
    clock,
    renewDue: () => core.renewDue(),
    async screenshot(name) {
      const file = path.join(SCREENSHOTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close() {
      unsubscribe();
      opened.stop();
      await browser.close();
      await bridge.close();
      await store.close();
      if (!options.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
