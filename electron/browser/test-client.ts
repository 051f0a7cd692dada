/**
 * Test clients for the bridge: plain HTTP requests with forged headers, and raw sockets for what no
 * well-behaved client sends (bad request lines, bodies cut off, slow senders).
 */
import http from 'node:http';
import net from 'node:net';
import type { Bridge } from './server.ts';

export interface Answer {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

export function request(port: number, opts: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers, agent: false }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

/**
 * Writes `parts` on a fresh socket (waiting `delayMs` before each), optionally half-closes, and
 * collects what comes back until the server closes or `timeoutMs` passes. Never rejects.
 */
export function raw(
  port: number,
  parts: (string | Buffer | { delayMs: number; data: string | Buffer })[],
  opts: { end?: boolean; destroy?: boolean; timeoutMs?: number; idleMs?: number } = {},
): Promise<{ status: number | null; text: string }> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let text = '';
    let done = false;
    let idle: NodeJS.Timeout | undefined;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      clearTimeout(idle);
      socket.destroy();
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      resolve({ status: match ? Number(match[1]) : null, text });
    };
    const timer = setTimeout(finish, opts.timeoutMs ?? 2_000);
    socket.on('data', (c) => {
      text += c.toString('latin1');
      // An answer came: stop once the server has said nothing more for idleMs (keep-alive sockets stay open).
      if (opts.idleMs !== undefined) {
        clearTimeout(idle);
        idle = setTimeout(finish, opts.idleMs);
      }
    });
    socket.on('close', finish);
    socket.on('error', finish);
    socket.on('connect', async () => {
      for (const part of parts) {
        if (done) return;
        if (typeof part === 'object' && !Buffer.isBuffer(part)) {
          await new Promise((r) => setTimeout(r, part.delayMs));
          if (!done) socket.write(part.data);
        } else socket.write(part);
      }
      if (opts.destroy) finish();
      else if (opts.end) socket.end();
    });
  });
}

/** Opens a sign-in link like a browser would; returns the Cookie header that names the new session. */
export async function connect(bridge: Bridge): Promise<string> {
  const link = new URL(bridge.signInUrl());
  const res = await request(bridge.port, { path: link.pathname + link.search, headers: { host: link.host } });
  const setCookie = res.headers['set-cookie']?.[0];
  if (res.status !== 200 || !setCookie) throw new Error(`sign-in link refused: ${res.status}`);
  return setCookie.split(';')[0]!;
}
