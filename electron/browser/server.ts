/**
 * Browser mode's host: the same core and contract as Electron's IPC, over HTTP on 127.0.0.1 only.
 * Each call must carry the per-run secret; Host and Origin must be this server's own (no DNS
 * rebinding, no other site calling in). Answers are Results, like IPC.
 */
import { timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Core } from '../../core/app/create-core.ts';
import type { SessionState } from '../../core/app/handler.ts';
import { toAppError } from '../../core/app/errors.ts';
import type { Failure } from '../../core/result.ts';
import { events, type EventName, type EventOf } from '../../core/contract.ts';
import { CONTENT_SECURITY_POLICY } from '../csp.ts';

export const TOKEN_HEADER = 'x-account-admin-token';
/** Big enough for the largest licence CSV import (imports.check/apply: up to 20,000 rows of cells). */
const MAX_BODY = 32_000_000;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface BridgeOptions {
  core: Core;
  staticDir: string;
  token: string;
  port?: number;
}

export interface Bridge {
  url: string;
  port: number;
  /** Pushes a host event to every open page (server-sent events), checked against the contract. */
  emit<E extends EventName>(event: E, payload: EventOf<E>): boolean;
  close(): Promise<void>;
}

function sameSecret(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function refuse(res: http.ServerResponse, status: number, failure: Failure): void {
  send(res, status, { ok: false, error: toAppError(failure, 'en') });
}

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export async function startBridge({ core, staticDir, token, port = 0 }: BridgeOptions): Promise<Bridge> {
  const session: SessionState = { userId: null };
  let hosts = new Set<string>();

  const server = http.createServer((req, res) => {
    if (!req.headers.host || !hosts.has(req.headers.host)) return refuse(res, 421, { code: 'forbidden', key: 'errors.forbidden' });
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    if (url.pathname.startsWith('/api/')) return void handleApi(req, res, url.pathname.slice(5));
    if (url.pathname === '/events') return openEvents(req, res, url);
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, { code: 'invalid_input', key: 'errors.invalidInput' });
    serveStatic(res, url.pathname);
  });

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, channel: string) {
    const origin = req.headers.origin;
    if (req.method !== 'POST') return refuse(res, 405, { code: 'invalid_input', key: 'errors.invalidInput' });
    if (origin !== undefined && !hosts.has(origin.replace(/^http:\/\//, ''))) return refuse(res, 403, { code: 'forbidden', key: 'errors.forbidden' });
    if (!sameSecret(req.headers[TOKEN_HEADER] as string | undefined, token)) return refuse(res, 403, { code: 'forbidden', key: 'errors.forbidden' });
    let size = 0;
    const chunks: Buffer[] = [];
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY) return refuse(res, 413, { code: 'invalid_input', key: 'errors.invalidInput' });
      chunks.push(chunk as Buffer);
    }
    let input: unknown;
    try {
      const text = Buffer.concat(chunks).toString('utf8');
      input = text ? JSON.parse(text) : undefined;
    } catch {
      return refuse(res, 400, { code: 'invalid_input', key: 'errors.invalidInput' });
    }
    send(res, 200, await core.dispatch(channel, input === null ? undefined : input, session));
  }

  /** Server-sent events: EventSource can't send headers, so the secret comes in the query. */
  const listeners = new Set<http.ServerResponse>();
  function openEvents(req: http.IncomingMessage, res: http.ServerResponse, url: URL) {
    if (req.method !== 'GET') return refuse(res, 405, { code: 'invalid_input', key: 'errors.invalidInput' });
    if (!sameSecret(url.searchParams.get('token') ?? undefined, token)) return refuse(res, 403, { code: 'forbidden', key: 'errors.forbidden' });
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(': connected\n\n');
    listeners.add(res);
    req.on('close', () => listeners.delete(res));
  }

  function emit<E extends EventName>(event: E, payload: EventOf<E>): boolean {
    const parsed = events[event].safeParse(payload);
    if (!parsed.success) return false;
    const frame = `event: ${event}\ndata: ${JSON.stringify(parsed.data)}\n\n`;
    for (const res of listeners) res.write(frame);
    return true;
  }

  function serveStatic(res: http.ServerResponse, pathname: string) {
    const rel = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
    const file = path.resolve(staticDir, `.${rel}`);
    if (!file.startsWith(path.resolve(staticDir) + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('not found');
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-cache',
    });
    fs.createReadStream(file).pipe(res);
  }

  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as AddressInfo).port;
  hosts = allowedHosts(actual);
  return {
    port: actual,
    url: `http://127.0.0.1:${actual}/`,
    emit,
    close: () =>
      new Promise((resolve) => {
        for (const res of listeners) res.end();
        listeners.clear();
        server.close(() => resolve());
      }),
  };
}
