/**
 * Electron's security checklist (electronjs.org/docs/latest/tutorial/security), all twenty items, one
 * row each, each asserting what the app really does against the mocked `electron`. Details of each
 * mechanism are tested beside it (security.test.ts, window.test.ts, ipc.test.ts, app-protocol.test.ts,
 * preload/index.test.ts, test/unit/electron-builder.test.ts); this table keeps the whole list in view.
 */
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BrowserWindow as ElectronWindow, contextBridge, protocol, shell, type App, type IpcMainInvokeEvent, type Session, type WebContents } from 'electron';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../core/contract.ts';
import { BrowserWindow, fakeFrame, fakeWebContents, type FakeWebContents } from '../../test/mocks/electron.ts';
import { CONTENT_SECURITY_POLICY } from '../csp.ts';
import { APP_INDEX_URL, registerAppScheme, resolveAppFile, serveAppRequest } from './app-protocol.ts';
import { trustAppWindow } from './ipc.ts';
import { isSafeExternalUrl, setupSecurity } from './security.ts';
import { createMainWindow, mainWindowOptions, rendererTarget } from './window.ts';

const root = path.resolve(import.meta.dirname, '../..');
const prefs = mainWindowOptions('/app/out/preload/index.cjs').webPreferences!;
const csp = new Map(CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));

/** The app's own code (main, preload, renderer), tests left out: what ships. */
function shippedSources(): { file: string; text: string }[] {
  return ['electron', 'renderer'].flatMap((dir) =>
    (fs.readdirSync(path.join(root, dir), { recursive: true }) as string[])
      .filter((f) => /\.(ts|tsx|html)$/.test(f) && !/\.test\.tsx?$/.test(f))
      .map((f) => ({ file: path.join(dir, f), text: fs.readFileSync(path.join(root, dir, f), 'utf8') })),
  );
}

/** Fresh web contents showing the app, hardened as the app hardens every one (web-contents-created). */
function hardened(): { contents: FakeWebContents; session: { setPermissionRequestHandler: ReturnType<typeof vi.fn>; setPermissionCheckHandler: ReturnType<typeof vi.fn> } } {
  const app = new EventEmitter();
  const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
  setupSecurity(app as unknown as App, session as unknown as Session, APP_INDEX_URL);
  const contents = fakeWebContents(APP_INDEX_URL);
  app.emit('web-contents-created', {}, contents as unknown as WebContents);
  return { contents, session };
}

const prevented = (contents: FakeWebContents, event: string, ...args: unknown[]) => {
  const e = { url: args[0], preventDefault: vi.fn() };
  contents.emit(event, e, ...args.slice(1));
  return e.preventDefault.mock.calls.length > 0;
};

const openWindow = (contents: FakeWebContents, url: string) => (contents.setWindowOpenHandler.mock.lastCall![0] as (d: { url: string }) => { action: string })({ url });

const checklist: [number, string, () => void | Promise<void>][] = [
  [1, 'Only load secure content', () => {
    // The packaged app loads its own secure scheme; the dev server only unpackaged and only on loopback.
    expect(rendererTarget({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, true).url).toBe(APP_INDEX_URL);
    expect(rendererTarget({ ELECTRON_RENDERER_URL: 'http://evil.example' }, false).url).toBe(APP_INDEX_URL);
    registerAppScheme();
    expect(vi.mocked(protocol.registerSchemesAsPrivileged).mock.lastCall![0][0]!.privileges).toMatchObject({ secure: true });
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
    expect(isSafeExternalUrl('http://vendor.example/')).toBe(false);
  }],
  [2, 'Do not enable Node.js integration for remote content', () => {
    expect(prefs).toMatchObject({ nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false });
  }],
  [3, 'Enable context isolation', () => {
    expect(prefs.contextIsolation).toBe(true);
  }],
  [4, 'Enable process sandboxing', () => {
    expect(prefs.sandbox).toBe(true);
  }],
  [5, 'Handle session permission requests from remote content', () => {
    const { contents, session } = hardened();
    const request = session.setPermissionRequestHandler.mock.lastCall![0] as (c: unknown, p: string, cb: (ok: boolean) => void) => void;
    const check = session.setPermissionCheckHandler.mock.lastCall![0] as (c: unknown, p: string) => boolean;
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      request(contents, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(check(contents, permission)).toBe(false);
    }
  }],
  [6, 'Do not disable webSecurity', () => {
    expect(prefs.webSecurity).toBe(true);
  }],
  [7, 'Define a Content Security Policy', async () => {
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*/);
    // Sent with every page the app:// scheme serves (a temporary built folder of one page).
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'account-admin-checklist-'));
    try {
      fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html>');
      const response = await serveAppRequest(dir, new Request(APP_INDEX_URL));
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }],
  [8, 'Do not enable allowRunningInsecureContent', () => {
    expect(prefs.allowRunningInsecureContent).toBe(false);
  }],
  [9, 'Do not enable experimental features', () => {
    expect(prefs.experimentalFeatures).toBeUndefined();
    expect(shippedSources().filter((s) => s.text.includes('experimentalFeatures')).map((s) => s.file)).toEqual([]);
  }],
  [10, 'Do not use enableBlinkFeatures', () => {
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(shippedSources().filter((s) => s.text.includes('enableBlinkFeatures')).map((s) => s.file)).toEqual([]);
  }],
  [11, 'Do not use allowpopups for WebViews', () => {
    expect(prefs.webviewTag).toBe(false);
    expect(shippedSources().filter((s) => /allowpopups|<webview/i.test(s.text)).map((s) => s.file)).toEqual([]);
  }],
  [12, 'Verify WebView options before creation', () => {
    // No webview is ever attached, whatever its options.
    const { contents } = hardened();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, { nodeIntegration: true }, { src: 'https://evil.example/' });
    expect(event.preventDefault).toHaveBeenCalled();
  }],
  [13, 'Disable or limit navigation', () => {
    const { contents } = hardened();
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/index.html', 'http://localhost:5173/']) {
      expect(prevented(contents, 'will-navigate', url), url).toBe(true);
      expect(prevented(contents, 'will-redirect', url), url).toBe(true);
    }
    expect(prevented(contents, 'will-navigate', `${APP_INDEX_URL}#/people`)).toBe(false);
  }],
  [14, 'Disable or limit creation of new windows', () => {
    const { contents } = hardened();
    for (const url of [APP_INDEX_URL, 'https://vendor.example/help', 'about:blank', 'javascript:alert(1)']) expect(openWindow(contents, url)).toEqual({ action: 'deny' });
  }],
  [15, 'Do not use shell.openExternal with untrusted content', () => {
    vi.mocked(shell.openExternal).mockClear();
    const { contents } = hardened();
    for (const url of ['file:///C:/Windows/System32/calc.exe', 'javascript:alert(1)', 'smb://host/share', 'http://vendor.example/', 'https://u:p@vendor.example/']) openWindow(contents, url);
    expect(shell.openExternal).not.toHaveBeenCalled();
    openWindow(contents, 'https://vendor.example/help');
    expect(shell.openExternal).toHaveBeenCalledWith('https://vendor.example/help');
    // One place calls it, behind isSafeExternalUrl.
    expect(shippedSources().filter((s) => s.text.includes('openExternal(')).map((s) => s.file)).toEqual([path.join('electron', 'main', 'security.ts')]);
  }],
  [16, 'Use a current version of Electron', () => {
    // 41 is the newest major that installs on this Node (STACK.md: 42 needs Node 22).
    const wanted = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).devDependencies.electron as string;
    expect(Number(/^\^?(\d+)\./.exec(wanted)![1])).toBeGreaterThanOrEqual(41);
    const installed = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version as string;
    expect(Number(installed.split('.')[0])).toBeGreaterThanOrEqual(41);
  }],
  [17, 'Validate the sender of all IPC messages', () => {
    const window = new BrowserWindow();
    window.webContents.mainFrame = fakeFrame(APP_INDEX_URL);
    const trusted = trustAppWindow(() => window as unknown as ElectronWindow, APP_INDEX_URL);
    const event = (sender: FakeWebContents, frame = sender.mainFrame) => ({ sender, senderFrame: frame }) as unknown as IpcMainInvokeEvent;
    expect(trusted(event(window.webContents))).toBe(true);
    expect(trusted(event(fakeWebContents(APP_INDEX_URL)))).toBe(false);
    expect(trusted(event(window.webContents, fakeFrame(APP_INDEX_URL, window.webContents.mainFrame)))).toBe(false);
    window.webContents.mainFrame = fakeFrame('file:///opt/account-admin/out/renderer/index.html');
    expect(trusted(event(window.webContents))).toBe(false);
  }],
  [18, 'Avoid usage of the file:// protocol and prefer usage of custom protocols', () => {
    const target = rendererTarget({}, true, '/opt/account-admin/out/renderer');
    expect(target).toEqual({ kind: 'app', root: '/opt/account-admin/out/renderer', url: 'app://renderer/index.html' });
    const window = createMainWindow(target, '/p.cjs');
    expect(window.loadURL).toHaveBeenCalledWith('app://renderer/index.html');
    expect(window.loadFile).not.toHaveBeenCalled();
    expect(resolveAppFile(path.join(root, 'electron'), 'app://renderer/%2e%2e/package.json')).toBeNull();
    expect(shippedSources().filter((s) => /\bloadFile\(|pathToFileURL/.test(s.text)).map((s) => s.file)).toEqual([]);
  }],
  [19, 'Check which fuses you can change', () => {
    const config = parseYaml(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as { electronFuses: Record<string, boolean> };
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
    });
  }],
  [20, 'Do not expose Electron APIs to untrusted web content', async () => {
    vi.resetModules();
    vi.mocked(contextBridge.exposeInMainWorld).mockClear();
    await import('../preload/index.ts');
    const calls = vi.mocked(contextBridge.exposeInMainWorld).mock.calls;
    expect(calls.map((c) => c[0])).toEqual(['api']);
    const api = calls[0]![1] as Record<string, unknown>;
    // Only the contract's functions and `on` (checked events): no ipcRenderer, send or raw listeners.
    expect(Object.keys(api).sort()).toEqual([...CHANNELS, 'on'].sort());
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true);
    expect(Object.isFrozen(api)).toBe(true);
  }],
];

describe("Electron's security checklist", () => {
  it('has the twenty items, in order', () => {
    expect(checklist.map(([n]) => n)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it.each(checklist)('%i. %s', async (_n, _item, check) => {
    await check();
  });
});
