import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CODE_TTL_MS } from '../../core/auth/client-sessions.ts';
import { DEMO_PASSWORD } from '../../core/seed/demo-people.ts';
import { demoFixture, snapshot, type Fixture } from '../../core/testing/fixture.ts';
import { languageOf, MAX_STREAMS, MAX_STREAMS_PER_SESSION, startBridge, type Bridge } from './server.ts';
import { connect, raw, request } from './test-client.ts';

/** Errors that would stop the process outside a test runner, gathered to fail the test that caused them. */
const escaped: unknown[] = [];
const collect = (error: unknown) => escaped.push(error);

describe('browser-mode bridge', () => {
  let fixture: Fixture;
  let bridge: Bridge;
  let staticDir: string;
  let cookie: string;
  const host = () => `127.0.0.1:${bridge.port}`;
  const api = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
    request(bridge.port, {
      method: 'POST',
      path: `/api/${channel}`,
      headers: { host: host(), 'content-type': 'application/json', cookie, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  /** Still alive: a good request answers. */
  const answers = async () => (await api('app.status', null)).status === 200;

  beforeAll(async () => {
    process.on('unhandledRejection', collect);
    process.on('uncaughtException', collect);
    fixture = await demoFixture();
    staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-static-'));
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>x</title>');
    fs.writeFileSync(path.join(os.tmpdir(), 'aa-secret.txt'), 'secret');
    bridge = await startBridge({ core: fixture.core, staticDir });
    cookie = await connect(bridge);
  });
  afterAll(async () => {
    process.off('unhandledRejection', collect);
    process.off('uncaughtException', collect);
    await bridge.close();
    fs.rmSync(staticDir, { recursive: true, force: true });
  });
  afterEach(() => {
    expect(escaped).toEqual([]);
  });

  it('listens on 127.0.0.1 only', () => {
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/`);
  });

  it('serves the renderer with the CSP header to a connected browser', async () => {
    const res = await request(bridge.port, { path: '/', headers: { host: host(), cookie } });
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const res = await request(bridge.port, { path: '/', headers: { host: `evil.example:${bridge.port}` } });
    expect(res.status).toBe(421);
  });

  it('does not serve files outside the renderer folder', async () => {
    const res = await request(bridge.port, { path: '/../aa-secret.txt', headers: { host: host() } });
    expect(res.status).toBe(404);
    const encoded = await request(bridge.port, { path: '/%2e%2e/aa-secret.txt', headers: { host: host() } });
    expect(encoded.status).toBe(404);
  });

  it('refuses calls without a session, or from another origin or site, as Results', async () => {
    const none = await api('app.status', null, { cookie: '' });
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    const forged = await api('app.status', null, { cookie: `account_admin_session_${bridge.port}=made-up` });
    expect(forged.status).toBe(401);
    const foreign = await api('app.status', null, { origin: 'http://evil.example' });
    expect(JSON.parse(foreign.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const crossSite = await api('app.status', null, { 'sec-fetch-site': 'cross-site' });
    expect(crossSite.status).toBe(403);
  });

  it('tells no timing by default; for the bench the bridge adds the time in the core as Server-Timing, same answer', async () => {
    const plain = await api('app.status', null);
    expect(plain.headers['server-timing']).toBeUndefined();
    const timed = await startBridge({ core: fixture.core, staticDir, serverTiming: true });
    try {
      const timedCookie = await connect(timed);
      const res = await request(timed.port, { method: 'POST', path: '/api/app.status', headers: { host: `127.0.0.1:${timed.port}`, 'content-type': 'application/json', cookie: timedCookie }, body: 'null' });
      expect(res.headers['server-timing']).toMatch(/^core;dur=\d+\.\d{2}, json;dur=\d+\.\d{2}$/);
      expect(JSON.parse(res.body)).toMatchObject({ ok: true });
    } finally {
      await timed.close();
    }
  });

  it('validates input against the contract like the IPC does', async () => {
    const before = snapshot(fixture.store);
    const badJson = await api('auth.signIn', '{not json');
    expect(JSON.parse(badJson.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const badShape = await api('auth.signIn', { email: 42 });
    expect(JSON.parse(badShape.body)).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { email: {}, password: {} } } });
    const unknown = await api('nope.never', null);
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(snapshot(fixture.store)).toBe(before);
  });

  it('keeps a session per browser: signing in in one signs in no other', async () => {
    const other = await connect(bridge);
    const signIn = await api('auth.signIn', { email: 'hannah.becker@lumen-analytics.example', password: DEMO_PASSWORD });
    expect(JSON.parse(signIn.body)).toMatchObject({ ok: true, value: { user: { firstName: 'Hannah' } } });
    const me = await api('me.get', null, { origin: `http://${host()}` });
    expect(JSON.parse(me.body)).toMatchObject({ ok: true, value: { firstName: 'Hannah' } });
    expect(me.body).not.toContain('passwordHash');
    // A browser connected before and one connected after are both still signed out.
    const late = await connect(bridge);
    for (const c of [other, late]) expect(JSON.parse((await api('me.get', null, { cookie: c })).body)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('the base URL alone opens nothing: a browser without a session gets a page saying so, in its language', async () => {
    const res = await request(bridge.port, { path: '/', headers: { host: host(), 'accept-language': 'de-DE,de;q=0.9' } });
    expect(res.status).toBe(401);
    expect(res.body).toContain('nicht mit Account Admin verbunden');
    expect(res.body).not.toContain('<title>x</title>');
    expect(languageOf('pt-BR, en;q=0.5')).toBe('pt');
    expect(languageOf('ja, zz')).toBe('en');
  });

  it('a sign-in code works once, and not after a minute on the core clock', async () => {
    const link = new URL(bridge.signInUrl());
    const open = () => request(bridge.port, { path: link.pathname + link.search, headers: { host: host() } });
    const first = await open();
    expect(first.status).toBe(200);
    expect(first.headers['set-cookie']?.[0]).toMatch(new RegExp(`^account_admin_session_${bridge.port}=[\\w-]{40,}; Path=/; HttpOnly; SameSite=Strict$`));
    const again = await open();
    expect(again.status).toBe(403);
    expect(again.headers['set-cookie']).toBeUndefined();
    expect(again.body).toContain('can no longer be used');

    const late = new URL(bridge.signInUrl());
    fixture.clock.advance(CODE_TTL_MS);
    const expired = await request(bridge.port, { path: late.pathname + late.search, headers: { host: host() } });
    expect(expired.status).toBe(403);
    expect(expired.headers['set-cookie']).toBeUndefined();
  });

  // Issue 19: `GET /%E0%A4%A` (no token needed) threw URIError out of the handler and killed the process.
  it('answers invalid percent-encoding with 400 and stays up', async () => {
    for (const target of ['/%E0%A4%A', '/assets/%', '/%00', '/%C0%AF..%C0%AF']) {
      const res = await raw(bridge.port, [`GET ${target} HTTP/1.1\r\nHost: ${host()}\r\nConnection: close\r\n\r\n`]);
      expect(res.status, target).toBeGreaterThanOrEqual(400);
      expect(res.status, target).toBeLessThan(500);
    }
    expect(await answers()).toBe(true);
  });

  // Issue 19: the request line `GET http://[/ HTTP/1.1` threw in `new URL` and killed the process.
  it('answers request targets that are not a path with 400 and stays up', async () => {
    for (const target of ['http://[/', '*', '//evil.example/x', 'http://127.0.0.1/', '?']) {
      const res = await raw(bridge.port, [`GET ${target} HTTP/1.1\r\nHost: ${host()}\r\nConnection: close\r\n\r\n`]);
      expect(res.status, target).toBe(400);
    }
    expect(await answers()).toBe(true);
  });

  // Issue 19: a body cut off (Content-Length 1000, 5 bytes, socket closed) was an unhandled rejection.
  it('survives a body cut off by a client that goes away', async () => {
    await raw(bridge.port, [`POST /api/app.status HTTP/1.1\r\nHost: ${host()}\r\nCookie: ${cookie}\r\nContent-Length: 1000\r\n\r\nabcde`], { destroy: true, timeoutMs: 200 });
    await raw(bridge.port, [`POST /api/app.status HTTP/1.1\r\nHost: ${host()}\r\nCookie: ${cookie}\r\nContent-Length: 1000\r\n\r\nabcde`], { end: true });
    await expect.poll(answers).toBe(true);
    // Let the server notice the closed sockets before the check of escaped errors.
    await new Promise((resolve) => setImmediate(resolve));
  });

  it('refuses a body announced bigger than the limit before reading it', async () => {
    const res = await raw(bridge.port, [`POST /api/app.status HTTP/1.1\r\nHost: ${host()}\r\nCookie: ${cookie}\r\nContent-Length: 99999999999\r\n\r\n{}`]);
    expect(res.status).toBe(413);
  });

  // Issue 19: /events took any Origin and any number of streams.
  describe('event streams', () => {
    const streams: http.ClientRequest[] = [];
    const open = (headers: Record<string, string>) =>
      new Promise<http.IncomingMessage>((resolve, reject) => {
        const req = http.request({ host: '127.0.0.1', port: bridge.port, path: '/events', headers: { host: host(), ...headers }, agent: false }, resolve);
        req.on('error', reject);
        req.end();
        streams.push(req);
      });
    afterEach(() => {
      for (const s of streams.splice(0)) s.destroy();
    });

    it('stream contract events to a session, and nothing to others', async () => {
      const frames: string[] = [];
      const opened = await open({ cookie });
      expect(opened.statusCode).toBe(200);
      expect(opened.headers['content-type']).toMatch(/text\/event-stream/);
      const received = new Promise<void>((resolve) => {
        opened.on('data', (chunk: Buffer) => {
          frames.push(chunk.toString('utf8'));
          if (frames.join('').includes('event: store.changed')) resolve();
        });
      });
      expect(bridge.emit('store.changed', { version: -5 })).toBe(false);
      expect(bridge.emit('store.changed', { version: 12 })).toBe(true);
      await received;
      expect(frames.join('')).toContain('event: store.changed\ndata: {"version":12}\n\n');
      expect(frames.join('')).not.toContain('-5');
    });

    it('need a session cookie, this host, and this origin', async () => {
      expect((await request(bridge.port, { path: '/events', headers: { host: host() } })).status).toBe(401);
      expect((await request(bridge.port, { path: '/events', headers: { host: `evil.example:${bridge.port}`, cookie } })).status).toBe(421);
      expect((await request(bridge.port, { path: '/events', headers: { host: host(), cookie, origin: 'http://evil.example' } })).status).toBe(403);
      expect((await request(bridge.port, { path: '/events', headers: { host: host(), cookie, 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
    });

    it(`are capped: ${MAX_STREAMS_PER_SESSION} per session (the oldest makes room), ${MAX_STREAMS} in all`, async () => {
      const first = await open({ cookie });
      const firstEnded = new Promise<void>((resolve) => first.on('end', resolve).resume());
      for (let i = 1; i < MAX_STREAMS_PER_SESSION; i++) expect((await open({ cookie })).statusCode).toBe(200);
      expect((await open({ cookie })).statusCode).toBe(200);
      await firstEnded;

      const others = await Promise.all(Array.from({ length: Math.ceil(MAX_STREAMS / MAX_STREAMS_PER_SESSION) + 1 }, () => connect(bridge)));
      const statuses: number[] = [];
      for (const other of others) for (let i = 0; i < MAX_STREAMS_PER_SESSION; i++) statuses.push((await open({ cookie: other })).statusCode ?? 0);
      expect(statuses.filter((s) => s === 200).length + MAX_STREAMS_PER_SESSION).toBe(MAX_STREAMS);
      expect(statuses.filter((s) => s === 503).length).toBeGreaterThan(0);
      expect(await answers()).toBe(true);
    });
  });
});
