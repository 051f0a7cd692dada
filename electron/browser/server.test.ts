import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../core/seed/demo-people.ts';
import { demoFixture, snapshot, type Fixture } from '../../core/testing/fixture.ts';
import { startBridge, TOKEN_HEADER, type Bridge } from './server.ts';

const TOKEN = 'test-secret-token';

/** A raw request, so that Host and Origin can be forged like a hostile page or DNS rebinding would. */
function request(port: number, opts: { method?: string; path: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('browser-mode bridge', () => {
  let fixture: Fixture;
  let bridge: Bridge;
  let staticDir: string;
  const api = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
    request(bridge.port, {
      method: 'POST',
      path: `/api/${channel}`,
      headers: { host: `127.0.0.1:${bridge.port}`, 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  beforeAll(async () => {
    fixture = await demoFixture();
    staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-static-'));
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>x</title>');
    fs.writeFileSync(path.join(os.tmpdir(), 'aa-secret.txt'), 'secret');
    bridge = await startBridge({ core: fixture.core, staticDir, token: TOKEN });
  });
  afterAll(async () => {
    await bridge.close();
    fs.rmSync(staticDir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 only', () => {
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/`);
  });

  it('serves the renderer with the CSP header', async () => {
    const res = await request(bridge.port, { path: '/', headers: { host: `127.0.0.1:${bridge.port}` } });
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const res = await request(bridge.port, { path: '/', headers: { host: `evil.example:${bridge.port}` } });
    expect(res.status).toBe(421);
  });

  it('does not serve files outside the renderer folder', async () => {
    const res = await request(bridge.port, { path: '/../aa-secret.txt', headers: { host: `127.0.0.1:${bridge.port}` } });
    expect(res.status).toBe(404);
    const encoded = await request(bridge.port, { path: '/%2e%2e/aa-secret.txt', headers: { host: `127.0.0.1:${bridge.port}` } });
    expect(encoded.status).toBe(404);
  });

  it('refuses calls without the secret, or from another origin, as forbidden Results', async () => {
    const noToken = await api('app.status', null, { [TOKEN_HEADER]: 'wrong' });
    expect(noToken.status).toBe(403);
    expect(JSON.parse(noToken.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const foreign = await api('app.status', null, { origin: 'http://evil.example' });
    expect(JSON.parse(foreign.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
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

  it('keeps one session for the run: sign in, then call signed-in channels', async () => {
    const signIn = await api('auth.signIn', { email: 'hannah.becker@lumen-analytics.example', password: DEMO_PASSWORD });
    expect(JSON.parse(signIn.body)).toMatchObject({ ok: true, value: { user: { firstName: 'Hannah' } } });
    const me = await api('me.get', null, { origin: `http://127.0.0.1:${bridge.port}` });
    expect(JSON.parse(me.body)).toMatchObject({ ok: true, value: { firstName: 'Hannah' } });
    expect(me.body).not.toContain('passwordHash');
  });

  it('streams contract events to pages holding the secret, and nothing to others', async () => {
    const frames: string[] = [];
    const opened = await new Promise<http.IncomingMessage>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: bridge.port, path: `/events?token=${TOKEN}`, headers: { host: `127.0.0.1:${bridge.port}` } }, resolve);
      req.on('error', reject);
      req.end();
    });
    expect(opened.statusCode).toBe(200);
    expect(opened.headers['content-type']).toMatch(/text\/event-stream/);
    const received = new Promise<void>((resolve) => {
      opened.on('data', (chunk: Buffer) => {
        frames.push(chunk.toString('utf8'));
        if (frames.join('').includes('event: store.changed')) resolve();
      });
    });
    await new Promise<void>((resolve) => opened.once('data', () => resolve()));
    expect(bridge.emit('store.changed', { version: -5 })).toBe(false);
    expect(bridge.emit('store.changed', { version: 12 })).toBe(true);
    await received;
    expect(frames.join('')).toContain('event: store.changed\ndata: {"version":12}\n\n');
    expect(frames.join('')).not.toContain('-5');
    opened.destroy();

    const refused = await request(bridge.port, { path: '/events?token=wrong', headers: { host: `127.0.0.1:${bridge.port}` } });
    expect(refused.status).toBe(403);
    const rebinding = await request(bridge.port, { path: `/events?token=${TOKEN}`, headers: { host: `evil.example:${bridge.port}` } });
    expect(rebinding.status).toBe(421);
  });
});
