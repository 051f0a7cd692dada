import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, session, type Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  applyContentSecurityPolicy,
  CONTENT_SECURITY_POLICY,
  createMainWindow,
  mainWindowOptions,
  PRELOAD_PATH,
  RENDERER_DIR,
  rendererTarget,
  withContentSecurityPolicy,
} from './window.ts';

describe('mainWindowOptions', () => {
  const options = mainWindowOptions('/app/out/preload/index.cjs');
  const prefs = options.webPreferences!;

  it('isolates and sandboxes the renderer', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.spellcheck).toBe(false);
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
  });

  it('is titled, sized and shown only when ready', () => {
    expect(options).toMatchObject({ title: 'Account Admin', minWidth: 1024, minHeight: 700, show: false });
  });

  it('finds the built preload and renderer beside the built main (out/main → out/preload, out/renderer)', () => {
    // Here the "built main" is this folder, so the siblings resolve against electron/.
    expect(PRELOAD_PATH).toBe(fileURLToPath(new URL('../preload/index.cjs', import.meta.url)));
    expect(RENDERER_DIR).toBe(fileURLToPath(new URL('../renderer', import.meta.url)));
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const directives = new Map(CONTENT_SECURITY_POLICY.split(';').map((d) => {
    const [name, ...values] = d.trim().split(/\s+/);
    return [name!, values] as const;
  }));

  it("defaults to 'self', without eval, objects, base or frames", () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('replaces any CSP a response brings, keeping other headers', () => {
    const headers = withContentSecurityPolicy({ 'content-security-policy': ["default-src *"], 'Content-Type': ['text/html'] });
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });

  it('is sent on every response of the session', () => {
    const ses = session.defaultSession as unknown as Session;
    applyContentSecurityPolicy(ses);
    const listener = vi.mocked(ses.webRequest.onHeadersReceived).mock.lastCall![0] as unknown as (
      details: { responseHeaders?: Record<string, string[]> },
      callback: (response: { responseHeaders: Record<string, string[]> }) => void,
    ) => void;
    const callback = vi.fn();
    listener({ responseHeaders: { 'X-Test': ['1'] } }, callback);
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { 'X-Test': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
});

describe('rendererTarget', () => {
  const index = path.resolve('/app/out/renderer');

  it('serves the built renderer on app:// by default', () => {
    expect(rendererTarget({}, false, index)).toEqual({ kind: 'app', root: index, url: 'app://renderer/index.html' });
  });

  it('uses the electron-vite dev server when unpackaged', () => {
    expect(rendererTarget({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false, index)).toEqual({
      kind: 'dev',
      url: 'http://localhost:5173/',
    });
  });

  it('ignores the dev URL in a packaged app or when it is not a loopback http URL', () => {
    expect(rendererTarget({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, true, index).kind).toBe('app');
    expect(rendererTarget({ ELECTRON_RENDERER_URL: 'https://evil.example' }, false, index).kind).toBe('app');
    expect(rendererTarget({ ELECTRON_RENDERER_URL: 'not a url' }, false, index).kind).toBe('app');
  });
});

describe('createMainWindow', () => {
  it('creates a hidden, hardened window, loads the page over app:// (never file://) and shows it when ready', () => {
    const window = createMainWindow({ kind: 'app', root: path.resolve('/app/out/renderer'), url: 'app://renderer/index.html' }, '/p.cjs');
    expect(vi.mocked(BrowserWindow).mock.lastCall![0]).toEqual(mainWindowOptions('/p.cjs'));
    expect(window.loadURL).toHaveBeenCalledWith('app://renderer/index.html');
    expect(window.loadFile).not.toHaveBeenCalled();
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });

  it('loads the dev server URL when given', () => {
    const window = createMainWindow({ kind: 'dev', url: 'http://localhost:5173/' });
    expect(window.loadURL).toHaveBeenCalledWith('http://localhost:5173/');
    expect(window.loadFile).not.toHaveBeenCalled();
  });
});
