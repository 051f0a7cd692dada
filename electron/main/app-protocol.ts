/**
 * The app's own scheme: the window loads `app://renderer/index.html`, never `file://` (Electron's
 * security checklist, item 18). `protocol.handle('app')` answers only files of the built renderer folder;
 * anything else — `..` in any spelling, encoded slashes, absolute paths, NUL bytes, a symlink leading out,
 * a folder, a missing file, another host or method — is a 404.
 */
import fs from 'node:fs';
import path from 'node:path';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../csp.ts';

export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * A standard, secure scheme (origin, `'self'` in the CSP, fetch), nothing more: no service workers,
 * no CORS bypass, no streaming. Electron requires this before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/**
 * The built file an `app://renderer/…` URL names, or null. Checked segment by segment on the decoded
 * path (so `%2e%2e`, `%2f`, `%5c` and `%00` cannot smuggle a step out), then on the real path (so a
 * symlink inside the folder cannot point outside it).
 */
export function resolveAppFile(root: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || parsed.username || parsed.password || parsed.port) return null;
  const segments: string[] = [];
  for (const raw of parsed.pathname.split('/').filter((s) => s !== '')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..' || /[\\/:\0]/.test(segment)) return null;
    segments.push(segment);
  }
  if (segments.length === 0) return null;
  const base = path.resolve(root);
  const file = path.resolve(base, ...segments);
  if (!file.startsWith(base + path.sep)) return null;
  try {
    const realBase = fs.realpathSync(base);
    const real = fs.realpathSync(file);
    if (!real.startsWith(realBase + path.sep) || !fs.statSync(real).isFile()) return null;
    return real;
  } catch {
    return null;
  }
}

/**
 * By extension, for the files electron-vite builds: a handful, written here rather than pulling in a
 * MIME database for our own build output. Unknown types go out as bytes, never sniffed.
 */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
};

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** The answer to one request: the file with its type and the app's CSP, or 404. */
export async function serveAppRequest(root: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return notFound();
  const file = resolveAppFile(root, request.url);
  if (!file) return notFound();
  const body = request.method === 'HEAD' ? null : await fs.promises.readFile(file);
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** Serves the built renderer folder on `app://renderer/` (after the app is ready). */
export function handleAppProtocol(root: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(root, request));
}
