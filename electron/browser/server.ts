/**
 * Browser mode's host: the same core and contract as Electron's IPC, over HTTP on 127.0.0.1 only.
 *
 * Who may call: a browser gets a session only by opening a sign-in link, whose one-time code (good
 * once, for a minute on the core's clock) is exchanged for an HttpOnly, SameSite=Strict cookie naming
 * a session kept here. Each browser has its own session, so signing in in one signs in no other; the
 * base URL alone opens nothing. Host must be this server's own (no DNS rebinding); Origin and
 * Sec-Fetch-Site, when the browser sends them, must be this server's own (no other site calling in).
 *
 * Robustness: every request answers (4xx/5xx) or is closed; nothing a client sends — bad
 * percent-encoding, odd request targets, bodies cut off, slow senders, floods of event streams — can
 * throw out of the handler and stop the process (checked by server.fuzz.test.ts).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pipeline } from 'node:stream';
import type { Core } from '../../core/app/create-core.ts';
import type { SessionState } from '../../core/app/handler.ts';
import { toAppError } from '../../core/app/errors.ts';
import { createClientSessions } from '../../core/auth/client-sessions.ts';
import { translate } from '../../core/i18n/translate.ts';
import { LANGUAGES, type Language } from '../../core/model/records.ts';
import type { Failure } from '../../core/result.ts';
import { events, type EventName, type EventOf } from '../../core/contract.ts';
import { CONTENT_SECURITY_POLICY } from '../csp.ts';

/** Opening this path with `?code=` exchanges a one-time code for the session cookie. */
export const SIGN_IN_PATH = '/sign-in';
/** Big enough for the largest licence CSV import (imports.check/apply: up to 20,000 rows of cells). */
const MAX_BODY = 32_000_000;
/**
 * Event streams: at most 6 per session (a browser keeps only 6 HTTP/1.1 connections per host anyway;
 * a 7th tab's stream replaces that session's oldest) and 64 in all (then 503): no client can hold
 * the process's sockets and memory with thousands of streams.
 */
export const MAX_STREAMS_PER_SESSION = 6;
export const MAX_STREAMS = 64;
/** A client has 10 s to send its headers and 60 s for a whole request (32 MB on loopback is far less). */
const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 60_000;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};
const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

export interface BridgeOptions {
  core: Core;
  staticDir: string;
  port?: number;
  /** Where session ids and codes come from: 32 random bytes unless a test says otherwise. */
  secret?: () => string;
  /**
   * The bench only: each /api answer carries a Server-Timing header with the command's own time in
   * the core and the time to serialize its answer, so the page can tell them from the round trip.
   */
  serverTiming?: boolean;
}

export interface Bridge {
  url: string;
  port: number;
  /** A new sign-in link (one-time code, valid one minute on the core's clock) for one browser. */
  signInUrl(): string;
  /** Pushes a host event to every open page (server-sent events), checked against the contract. */
  emit<E extends EventName>(event: E, payload: EventOf<E>): boolean;
  close(): Promise<void>;
}

const randomSecret = () => randomBytes(32).toString('base64url');

function send(res: http.ServerResponse, status: number, body: unknown, headers: http.OutgoingHttpHeaders = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

function refuse(res: http.ServerResponse, status: number, failure: Failure, headers: http.OutgoingHttpHeaders = {}): void {
  send(res, status, { ok: false, error: toAppError(failure, 'en') }, headers);
}

const PAGE_STYLE = 'body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}h1{font-size:1.5rem}';
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The first of the browser's languages that the app speaks (Accept-Language, in its order). */
export function languageOf(header: string | undefined): Language {
  for (const part of (header ?? '').split(',')) {
    const tag = part.split(';')[0]!.trim().slice(0, 2).toLowerCase();
    const found = LANGUAGES.find((l) => l === tag);
    if (found) return found;
  }
  return 'en';
}

/** A plain page for a browser that cannot open the app (no session, refused link), in its language. */
function page(res: http.ServerResponse, status: number, language: Language, key: string, headers: http.OutgoingHttpHeaders = {}): void {
  const message = escapeHtml(translate(language, key));
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...SECURITY_HEADERS, ...headers });
  res.end(`<!doctype html><html lang="${language}"><meta charset="utf-8"><meta name="color-scheme" content="light dark"><title>Account Admin</title><style>${PAGE_STYLE}</style><main><h1>Account Admin</h1><p role="alert">${message}</p></main></html>`);
}

/**
 * Our own cookie's value. Hand-written: the only cookie we read is one we set (a base64url value),
 * and no cookie parser is installed; anything malformed simply reads as no session.
 */
function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** The request target as a path and query; only origin-form ("/…") is ours, the rest is refused. */
function parseTarget(raw: string | undefined): URL | null {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//')) return null;
  try {
    return new URL(raw, 'http://127.0.0.1');
  } catch {
    return null;
  }
}

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export async function startBridge({ core, staticDir, port = 0, secret = randomSecret, serverTiming = false }: BridgeOptions): Promise<Bridge> {
  const sessions = createClientSessions({ clock: core.ports.clock, secret });
  let hosts = new Set<string>();
  // Cookies are shared by every port of a host: two runs side by side must not overwrite each other's.
  let cookieName = 'account_admin_session';
  const root = path.resolve(staticDir);

  const server = http.createServer({ headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS, connectionsCheckingInterval: 1_000 }, (req, res) => {
    // A client going away mid-request makes its request emit 'error'; with no listener it would throw.
    req.on('error', () => undefined);
    res.on('error', () => undefined);
    const fail = (error: unknown) => {
      console.error('[bridge] request failed:', error instanceof Error ? error.message : 'unknown error');
      if (!res.headersSent) refuse(res, 500, { code: 'internal', key: 'errors.internal' }, { connection: 'close' });
      else res.destroy();
    };
    try {
      route(req, res)?.catch(fail);
    } catch (error) {
      fail(error);
    }
  });
  // A request Node cannot parse (bad request line, huge headers, timeout) never reaches the handler:
  // Node's own 'clientError' handling answers 400/408/431 or closes the socket.

  function route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> | void {
    if (!req.headers.host || !hosts.has(req.headers.host)) return refuse(res, 421, { code: 'forbidden', key: 'errors.forbidden' });
    const target = parseTarget(req.url);
    if (!target) return refuse(res, 400, { code: 'invalid_input', key: 'errors.invalidInput' });
    const { pathname } = target;
    if (pathname.startsWith('/api/')) return handleApi(req, res, pathname.slice(5));
    if (pathname === '/events') return openEvents(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, { code: 'invalid_input', key: 'errors.invalidInput' });
    const language = languageOf(req.headers['accept-language']);
    if (pathname === SIGN_IN_PATH) return redeem(res, target.searchParams.get('code') ?? '', language);
    // The app's page opens only in a browser with a session; its scripts and styles are no secret.
    if ((pathname === '/' || pathname === '/index.html') && !sessionOf(req)) return page(res, 401, language, 'errors.browser.notConnected');
    serveStatic(res, pathname);
  }

  function sessionOf(req: http.IncomingMessage): { id: string; state: SessionState } | undefined {
    const id = readCookie(req.headers.cookie, cookieName);
    const state = sessions.get(id);
    return id && state ? { id, state } : undefined;
  }

  /** Origin and Sec-Fetch-Site, when sent, must say the call comes from this server's own page. */
  function sameOrigin(req: http.IncomingMessage): boolean {
    const { origin } = req.headers;
    if (origin !== undefined && origin !== `http://${req.headers.host}`) return false;
    const site = req.headers['sec-fetch-site'];
    return site === undefined || site === 'same-origin';
  }

  function redeem(res: http.ServerResponse, code: string, language: Language): void {
    const redeemed = sessions.redeem(code);
    if (!redeemed.ok) return page(res, 403, language, 'errors.browser.linkRefused');
    // A page, not a redirect: when the link came from another site (the opener's file), a redirect
    // would stay "cross-site" and the Strict cookie would not go with it; a refresh from here does.
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...SECURITY_HEADERS,
      'set-cookie': `${cookieName}=${redeemed.sessionId}; Path=/; HttpOnly; SameSite=Strict`,
    });
    res.end('<!doctype html><html><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=/"><meta name="color-scheme" content="light dark"><title>Account Admin</title></html>');
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, channel: string): Promise<void> {
    if (req.method !== 'POST') return refuse(res, 405, { code: 'invalid_input', key: 'errors.invalidInput' });
    if (!sameOrigin(req)) return refuse(res, 403, { code: 'forbidden', key: 'errors.forbidden' });
    const session = sessionOf(req);
    if (!session) return refuse(res, 401, { code: 'unauthenticated', key: 'errors.browser.notConnected' });
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY) return refuse(res, 413, { code: 'invalid_input', key: 'errors.invalidInput' }, { connection: 'close' });
    let size = 0;
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of req) {
        size += (chunk as Buffer).length;
        if (size > MAX_BODY) return refuse(res, 413, { code: 'invalid_input', key: 'errors.invalidInput' }, { connection: 'close' });
        chunks.push(chunk as Buffer);
      }
    } catch {
      // The body was cut off (client gone, or too slow): nobody is left to answer.
      return void res.destroy();
    }
    let input: unknown;
    try {
      const text = Buffer.concat(chunks).toString('utf8');
      input = text ? JSON.parse(text) : undefined;
    } catch {
      return refuse(res, 400, { code: 'invalid_input', key: 'errors.invalidInput' });
    }
    const started = performance.now();
    const result = await core.dispatch(channel, input === null ? undefined : input, session.state);
    if (res.destroyed) return;
    if (!serverTiming) return send(res, 200, result);
    const dispatched = performance.now();
    const body = JSON.stringify(result);
    const timing = `core;dur=${(dispatched - started).toFixed(2)}, json;dur=${(performance.now() - dispatched).toFixed(2)}`;
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'server-timing': timing });
    res.end(body);
  }

  /** Server-sent events: a session's own page only (cookie and same origin), capped in number. */
  const streams = new Map<http.ServerResponse, string>();
  function openEvents(req: http.IncomingMessage, res: http.ServerResponse): void {
    if (req.method !== 'GET') return refuse(res, 405, { code: 'invalid_input', key: 'errors.invalidInput' });
    if (!sameOrigin(req)) return refuse(res, 403, { code: 'forbidden', key: 'errors.forbidden' });
    const session = sessionOf(req);
    if (!session) return refuse(res, 401, { code: 'unauthenticated', key: 'errors.browser.notConnected' });
    const own = [...streams].filter(([, id]) => id === session.id).map(([stream]) => stream);
    if (own.length >= MAX_STREAMS_PER_SESSION) {
      const oldest = own[0]!;
      streams.delete(oldest);
      oldest.end();
    } else if (streams.size >= MAX_STREAMS) {
      return refuse(res, 503, { code: 'unavailable', key: 'errors.browser.busy' }, { connection: 'close' });
    }
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(': connected\n\n');
    streams.set(res, session.id);
    res.on('close', () => streams.delete(res));
  }

  function emit<E extends EventName>(event: E, payload: EventOf<E>): boolean {
    const parsed = events[event].safeParse(payload);
    if (!parsed.success) return false;
    const frame = `event: ${event}\ndata: ${JSON.stringify(parsed.data)}\n\n`;
    for (const res of streams.keys()) if (!res.destroyed && !res.writableEnded) res.write(frame);
    return true;
  }

  function serveStatic(res: http.ServerResponse, pathname: string): void {
    let file: string;
    try {
      file = path.resolve(root, `.${decodeURIComponent(pathname === '/' ? '/index.html' : pathname)}`);
    } catch {
      return refuse(res, 400, { code: 'invalid_input', key: 'errors.invalidInput' });
    }
    let isFile = false;
    try {
      isFile = file.startsWith(root + path.sep) && fs.statSync(file).isFile();
    } catch {
      isFile = false; // missing, or a name the file system refuses (e.g. a NUL byte)
    }
    if (!isFile) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return void res.end('not found');
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', ...SECURITY_HEADERS, 'cache-control': 'no-cache' });
    // pipeline, not pipe: a read error (file gone meanwhile) closes the response instead of throwing.
    pipeline(fs.createReadStream(file), res, () => undefined);
  }

  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as AddressInfo).port;
  hosts = allowedHosts(actual);
  cookieName = `account_admin_session_${actual}`;
  const url = `http://127.0.0.1:${actual}/`;
  return {
    port: actual,
    url,
    signInUrl: () => `${url}${SIGN_IN_PATH.slice(1)}?code=${sessions.issueCode()}`,
    emit,
    close: () =>
      new Promise((resolve) => {
        for (const res of streams.keys()) res.end();
        streams.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
