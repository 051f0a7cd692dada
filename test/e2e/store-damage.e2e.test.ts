/**
 * Nothing is lost silently, as the admin sees it: a damaged data file is named in a banner (what is
 * missing and where the damaged copy is) start after start, until an administrator says it was seen.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import en from '../../core/i18n/locales/en.json';
import { DEMO_PASSWORD } from '../../core/seed/demo-people.ts';
import { launchApp, type App } from './harness.ts';
import { SignInPage } from './pages/sign-in.page.ts';

const CLAIRE = 'claire.dubois@lumen-analytics.example';

describe('A damaged data file, end to end in Chromium', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-e2e-damage-'));
  let app: App | undefined;
  afterAll(async () => {
    await app?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function start(): Promise<App> {
    app = await launchApp({ dataDir, viewport: { width: 1024, height: 700 } });
    const signIn = new SignInPage(app.page);
    await signIn.waitUntilShown();
    await signIn.signIn(CLAIRE, DEMO_PASSWORD);
    await app.page.getByRole('navigation').waitFor();
    return app;
  }

  it('names what is missing and where the copy is, again after a restart, until acknowledged', async () => {
    let current = await start();
    // The folded partition files exist once the store has settled: stop, then damage an audit month.
    await current.close();
    app = undefined;
    const files = fs.readdirSync(dataDir, { recursive: true }).map(String).filter((f) => /(^|\/)audit[^/]*\.json$/.test(f));
    expect(files.length, 'an audit partition file').toBeGreaterThan(0);
    fs.writeFileSync(path.join(dataDir, files[0]!), '{"this is": not json');

    for (const round of [1, 2]) {
      current = await start();
      const banner = current.page.locator('.store-problems');
      await banner.waitFor();
      const text = await banner.innerText();
      expect(text, `start ${round}`).toContain('Damaged data');
      expect(text).toMatch(/\.corrupt-\d+/);
      expect(text).not.toMatch(/\bundefined\b|\[object Object\]/);
      if (round === 1) await current.screenshot('store-damage-banner-en-1024');
      if (round === 2) {
        await current.page.getByRole('button', { name: en.ui.store.acknowledge }).click();
        await banner.waitFor({ state: 'detached' });
      }
      await current.close();
      app = undefined;
    }

    // Acknowledged: the next start shows no banner.
    current = await start();
    await current.page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await current.page.locator('.store-problems').count()).toBe(0);
  });
});
