/**
 * The bridge never dies: seeded random raw requests — request lines, headers, invalid
 * percent-encoding, bodies cut off or too big, slow senders, floods of event streams — and after each
 * case a good request must still answer. Deterministic (fixed seed) and bounded (~20 s on 2 cores).
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../core/contract.ts';
import { demoFixture } from '../../core/testing/fixture.ts';
import { MAX_STREAMS, startBridge, type Bridge } from './server.ts';
import { connect, raw, request } from './test-client.ts';

const SEED = 19;
const escaped: unknown[] = [];
const collect = (error: unknown) => escaped.push(error);

type Part = string | { delayMs: number; data: string };
interface Case {
  parts: Part[];
  end: boolean;
}

describe('browser-mode bridge under hostile input', () => {
  let bridge: Bridge;
  let staticDir: string;
  let cookie: string;
  const host = () => `127.0.0.1:${bridge.port}`;

  /** The server is alive: a good call answers 200 with a Result. */
  async function stillAnswers(): Promise<void> {
    const res = await request(bridge.port, { method: 'POST', path: '/api/app.status', headers: { host: host(), cookie, 'content-type': 'application/json' }, body: 'null' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true });
    expect(escaped).toEqual([]);
  }

  beforeAll(async () => {
    process.on('unhandledRejection', collect);
    process.on('uncaughtException', collect);
    const fixture = await demoFixture();
    staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-fuzz-'));
    fs.mkdirSync(path.join(staticDir, 'assets'));
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>x</title>');
    fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'export {};');
    bridge = await startBridge({ core: fixture.core, staticDir });
    cookie = await connect(bridge);
  });
  afterAll(async () => {
    process.off('unhandledRejection', collect);
    process.off('uncaughtException', collect);
    await bridge?.close();
    fs.rmSync(staticDir, { recursive: true, force: true });
  });

  // Pieces of requests, from plausible to hostile.
  const printable = fc.string({ unit: fc.constantFrom(...'abcXYZ019/._-~%?=&#[]@:;+ '.split('')), maxLength: 24 });
  const badPercent = fc.constantFrom('%', '%E0%A4%A', '%zz', '%C0%AF', '%00', '%ff%fe', '%2e%2e/%2e%2e/etc/passwd', '%u2215', '%%32%65');
  const target = fc.oneof(
    fc.tuple(fc.constantFrom('/', '/api/', '/events', '/sign-in', '/assets/', '/index.html', ''), printable, fc.option(badPercent, { nil: '' })).map(([a, b, c]) => a + b + c),
    fc.constantFrom('http://[/', '*', '//evil', 'http://127.0.0.1/', '/\u00e9', '/sign-in?code=', '/sign-in?code=%E0', `/api/${CHANNELS[0]}`, '/api/../../x', '/events?x=%'),
    fc.string({ maxLength: 30 }).map((s) => s.replace(/[\r\n ]/g, '')),
  );
  // Mostly what a server must parse (so that the handler runs), sometimes what it must refuse.
  const usually = <T,>(common: fc.Arbitrary<T>, odd: fc.Arbitrary<T>) => fc.oneof({ weight: 5, arbitrary: common }, { weight: 1, arbitrary: odd });
  const method = usually(fc.constantFrom('GET', 'POST', 'HEAD'), fc.constantFrom('PUT', 'DELETE', 'OPTIONS', 'CONNECT', 'TRACE', 'PATCH', 'G\u00c9T', 'get', 'X'.repeat(40)));
  const version = usually(fc.constantFrom('HTTP/1.1', 'HTTP/1.0'), fc.constantFrom('HTTP/2.0', 'HTTP/9', 'HTTX/1.1', ''));
  const header = fc.oneof(
    fc.constantFrom('Connection: close', 'Connection: keep-alive', 'Transfer-Encoding: chunked', 'Content-Type: application/json', 'Origin: http://evil.example', 'Origin: null', 'Sec-Fetch-Site: cross-site', 'Accept-Language: ;;;,de', 'Cookie: ;;==;', 'Expect: 100-continue', 'Content-Length: -1', 'Content-Length: 1, 2', 'Content-Length: 99999999999'),
    fc.tuple(fc.string({ unit: fc.constantFrom(...'abcxyz-_:'.split('')), minLength: 1, maxLength: 12 }), fc.string({ maxLength: 40 })).map(([k, v]) => `${k}: ${v.replace(/[\r\n]/g, '')}`),
  );
  const bodyJson = fc.oneof(fc.json({ maxDepth: 3 }), fc.constant('{"email":'), fc.constant('null'), fc.string({ maxLength: 60 }));

  it('answers or closes every random request, and keeps answering good ones', { timeout: 60_000 }, async () => {
    const hosts = (): fc.Arbitrary<string> => usually(fc.constantFrom(`Host: ${host()}`, `Host: localhost:${bridge.port}`), fc.constantFrom('Host: evil.example', '', `Host: ${host()}\r\nHost: evil.example`));
    const cookies = (): fc.Arbitrary<string> => fc.constantFrom(`Cookie: ${cookie}`, '', `Cookie: account_admin_session_${bridge.port}=forged`);
    const requestCase: fc.Arbitrary<Case> = fc
      .record({ method, target, version, host: hosts(), cookie: cookies(), headers: fc.array(header, { maxLength: 5 }), body: bodyJson, lengthDelta: fc.integer({ min: -5, max: 2000 }), cut: fc.boolean(), end: fc.boolean() })
      .map((r) => {
        const body = r.body;
        const length = Math.max(0, Buffer.byteLength(body) + (r.cut ? r.lengthDelta : 0));
        const lines = [`${r.method} ${r.target} ${r.version}`.trim(), r.host, r.cookie, ...r.headers, `Content-Length: ${length}`].filter(Boolean);
        return { parts: [`${lines.join('\r\n')}\r\n\r\n${body}`], end: r.end };
      });
    // A well-formed call whose body is cut off, or announced far too big.
    const cutBody: fc.Arbitrary<Case> = fc.record({ channel: fc.constantFrom(...CHANNELS), sent: fc.integer({ min: 0, max: 50 }), announced: fc.constantFrom(1000, 40_000_000, 99_999_999_999) }).map((r) => ({
      parts: [`POST /api/${r.channel} HTTP/1.1\r\nHost: ${host()}\r\nCookie: ${cookie}\r\nContent-Type: application/json\r\nContent-Length: ${r.announced}\r\n\r\n${'x'.repeat(r.sent)}`],
      end: true,
    }));
    // A slow sender: the request arrives a few bytes at a time.
    const slow: fc.Arbitrary<Case> = fc.record({ size: fc.integer({ min: 1, max: 8 }), delayMs: fc.integer({ min: 1, max: 15 }), end: fc.boolean() }).map((r) => {
      const text = `POST /api/app.status HTTP/1.1\r\nHost: ${host()}\r\nCookie: ${cookie}\r\nConnection: close\r\nContent-Length: 4\r\n\r\nnull`;
      const parts: Part[] = [];
      for (let i = 0; i < text.length; i += r.size * 8) parts.push({ delayMs: r.delayMs, data: text.slice(i, i + r.size * 8) });
      return { parts, end: r.end };
    });
    // Garbage bytes, including NULs and bare line feeds.
    const garbage: fc.Arbitrary<Case> = fc.record({ bytes: fc.uint8Array({ maxLength: 200 }), end: fc.boolean() }).map((r) => ({ parts: [Buffer.from(r.bytes).toString('latin1')], end: r.end }));

    let cases = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 6, arbitrary: requestCase }, { weight: 2, arbitrary: cutBody }, { weight: 1, arbitrary: slow }, { weight: 2, arbitrary: garbage }), async (c) => {
        cases++;
        const answer = await raw(bridge.port, c.parts, { end: c.end, timeoutMs: 400, idleMs: 20 });
        // Refusals are 4xx (503 only when event streams are full); never an internal failure.
        if (answer.status !== null) expect([500, 502, 504]).not.toContain(answer.status);
        await stillAnswers();
      }),
      { seed: SEED, numRuns: 300, endOnFailure: true },
    );
    expect(cases).toBe(300);
  });

  it('stays up under thousands of event streams, holding at most its cap', { timeout: 60_000 }, async () => {
    const sessions = await Promise.all(Array.from({ length: 16 }, () => connect(bridge)));
    const open: http.ClientRequest[] = [];
    const statuses = new Map<number, number>();
    let live = 0;
    const openOne = (i: number) =>
      new Promise<void>((resolve) => {
        const headers: Record<string, string> = { host: host() };
        if (i % 5 !== 0) headers.cookie = sessions[i % sessions.length]!;
        if (i % 7 === 0) headers.origin = 'http://evil.example';
        const req = http.request({ host: '127.0.0.1', port: bridge.port, path: '/events', headers, agent: false }, (res) => {
          statuses.set(res.statusCode ?? 0, (statuses.get(res.statusCode ?? 0) ?? 0) + 1);
          if (res.statusCode === 200) {
            live++;
            res.on('close', () => live--);
          }
          res.resume();
          resolve();
        });
        req.on('error', () => resolve());
        req.end();
        open.push(req);
      });
    for (let batch = 0; batch < 10; batch++) {
      await Promise.all(Array.from({ length: 200 }, (_, i) => openOne(batch * 200 + i)));
      await stillAnswers();
    }
    const opened = statuses.get(200) ?? 0;
    expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBe(2000);
    // Streams past a session's cap replace its oldest; past MAX_STREAMS in all, new ones are refused.
    expect(opened).toBeGreaterThanOrEqual(MAX_STREAMS);
    expect(statuses.get(503) ?? 0).toBeGreaterThan(0);
    expect([...statuses.keys()].sort()).toEqual([200, 401, 403, 503]);
    await expect.poll(() => live).toBeLessThanOrEqual(MAX_STREAMS);
    expect(bridge.emit('store.changed', { version: 1 })).toBe(true);
    for (const req of open) req.destroy();
    await stillAnswers();
  });
});
