/** The main window: hardened web preferences, CSP header, and what it loads (app:// page or dev server). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, type BrowserWindowConstructorOptions, type Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../csp.ts';
import { APP_INDEX_URL } from './app-protocol.ts';

export { CONTENT_SECURITY_POLICY };

/** out/main (the built main, ESM) → its siblings out/preload and out/renderer. */
const mainDir = path.dirname(fileURLToPath(import.meta.url));
export const PRELOAD_PATH = path.join(mainDir, '../preload/index.cjs');
/** The built renderer, served on app://renderer/ (app-protocol.ts). */
export const RENDERER_DIR = path.join(mainDir, '../renderer');

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: 'Account Admin',
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  };
}

export type RendererTarget = { kind: 'dev'; url: string } | { kind: 'app'; root: string; url: string };

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The dev server when electron-vite sets ELECTRON_RENDERER_URL (only for an unpackaged app, and only
 * a loopback http URL), else the built renderer folder on app://renderer/. `url` is what the app's own
 * pages look like.
 */
export function rendererTarget(
  env: Readonly<Record<string, string | undefined>>,
  isPackaged: boolean,
  root = RENDERER_DIR,
): RendererTarget {
  const devUrl = env.ELECTRON_RENDERER_URL;
  if (devUrl && !isPackaged) {
    try {
      const url = new URL(devUrl);
      if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return { kind: 'dev', url: url.href };
    } catch {
      // not a URL: fall through to the built page
    }
  }
  return { kind: 'app', root, url: APP_INDEX_URL };
}

/** Response headers with our CSP in place of any the response brought. */
export function withContentSecurityPolicy(headers: Record<string, string[]> | undefined): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  }
  result['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return result;
}

export function applyContentSecurityPolicy(ses: Session): void {
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
}

export function createMainWindow(target: RendererTarget, preloadPath = PRELOAD_PATH): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath));
  window.once('ready-to-show', () => window.show());
  // Never loadFile: the built page comes over app://, not file:// (app-protocol.ts).
  window.loadURL(target.url).catch((error: unknown) => {
    console.error('[window] failed to load the app page:', error instanceof Error ? error.message : error);
  });
  return window;
}
