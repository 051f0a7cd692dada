/**
 * What the app's web contents may do: no new windows (safe links go to the system browser), no
 * navigation away from the app's own page, no webviews, no permissions. Decisions are pure helpers.
 */
import { shell, type App, type Session, type WebContents } from 'electron';

const EXTERNAL_PROTOCOLS = new Set(['https:', 'mailto:']);
const MAX_EXTERNAL_URL = 2048;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** May this link be handed to the operating system? Only https (no credentials) and mailto. */
export function isSafeExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length > MAX_EXTERNAL_URL) return false;
  const parsed = parse(url);
  if (!parsed || !EXTERNAL_PROTOCOLS.has(parsed.protocol)) return false;
  if (parsed.protocol === 'https:') return parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
  return true;
}

/**
 * Is `url` the app's own page? The same origin: app://renderer (the built page, app-protocol.ts) or
 * the dev server. A file:// page never is.
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  const target = parse(url);
  const app = parse(appUrl);
  if (!target || !app || target.protocol !== app.protocol) return false;
  // A custom scheme's URL has an opaque origin in WHATWG terms: compare scheme and host.
  if (app.protocol === 'app:') return target.host === app.host && target.port === '' && target.username === '' && target.password === '';
  if (app.protocol !== 'http:' && app.protocol !== 'https:') return false;
  return target.origin === app.origin;
}

export function hardenWebContents(contents: WebContents, appUrl: string): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) {
      shell.openExternal(url).catch(() => console.warn('[security] could not open an external link'));
    } else {
      console.warn('[security] refused to open a window');
    }
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url, appUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, appUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function denyPermissions(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
}

/** Call before the first window exists (web-contents-created) and once the app is ready (session). */
export function setupSecurity(app: App, ses: Session, appUrl: string): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, appUrl));
  denyPermissions(ses);
}
