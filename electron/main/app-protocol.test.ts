import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { protocol } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../csp.ts';
import { APP_INDEX_URL, handleAppProtocol, registerAppScheme, resolveAppFile, serveAppRequest } from './app-protocol.ts';

let dir: string;
let root: string;

// out/renderer with a page, an asset, a folder, and beside it secrets that must stay out of reach.
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'account-admin-app-protocol-'));
  root = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Account Admin</title>');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'assets', 'a b.css'), 'body{}');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'secret');
  fs.mkdirSync(path.join(dir, 'renderer-evil'));
  fs.writeFileSync(path.join(dir, 'renderer-evil', 'x.js'), 'evil');
  fs.symlinkSync(path.join(dir, 'secret.txt'), path.join(root, 'assets', 'link-out.txt'));
  fs.symlinkSync(dir, path.join(root, 'up'));
  fs.symlinkSync(path.join(root, 'index.html'), path.join(root, 'assets', 'link-in.html'));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('resolveAppFile', () => {
  it('resolves files of the built renderer, decoding their names', () => {
    expect(resolveAppFile(root, APP_INDEX_URL)).toBe(fs.realpathSync(path.join(root, 'index.html')));
    expect(resolveAppFile(root, 'app://renderer/assets/index-abc.js?v=1#x')).toBe(fs.realpathSync(path.join(root, 'assets', 'index-abc.js')));
    expect(resolveAppFile(root, 'app://renderer/assets/a%20b.css')).toBe(fs.realpathSync(path.join(root, 'assets', 'a b.css')));
    expect(resolveAppFile(root, 'app://renderer/assets/link-in.html')).toBe(fs.realpathSync(path.join(root, 'index.html')));
  });

  it.each([
    ['parent segments', 'app://renderer/../secret.txt'],
    ['parent segments, deeper', 'app://renderer/assets/../../secret.txt'],
    ['encoded dots', 'app://renderer/%2e%2e/secret.txt'],
    ['encoded dots, mixed case', 'app://renderer/%2E%2e/secret.txt'],
    ['an encoded slash', 'app://renderer/..%2fsecret.txt'],
    ['an encoded slash inside a name', 'app://renderer/assets%2f..%2f..%2fsecret.txt'],
    ['an encoded backslash', 'app://renderer/..%5csecret.txt'],
    ['a backslash', 'app://renderer/..\\secret.txt'],
    ['double encoding', 'app://renderer/%252e%252e/secret.txt'],
    ['a NUL byte', 'app://renderer/index.html%00.png'],
    ['broken escapes', 'app://renderer/%E0%A4%A'],
    ['an absolute path', 'app://renderer/%2Fetc%2Fpasswd'],
    ['an absolute path, doubled slashes', 'app://renderer//etc/passwd'],
    ['a drive letter', 'app://renderer/C:/Windows/win.ini'],
    ['a sibling folder sharing the prefix', 'app://renderer/../renderer-evil/x.js'],
    ['a symlink to a file outside', 'app://renderer/assets/link-out.txt'],
    ['a symlink to a folder outside', 'app://renderer/up/secret.txt'],
    ['a folder', 'app://renderer/assets'],
    ['the root', 'app://renderer/'],
    ['a missing file', 'app://renderer/nope.js'],
    ['another host', 'app://other/index.html'],
    ['a port', 'app://renderer:1/index.html'],
    ['credentials', 'app://u:p@renderer/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['not a URL', 'renderer/index.html'],
  ])('refuses %s', (_name, url) => {
    expect(resolveAppFile(root, url)).toBeNull();
  });
});

describe('serveAppRequest', () => {
  it('answers the page with its type, the CSP and nosniff', async () => {
    const response = await serveAppRequest(root, new Request(APP_INDEX_URL));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('Account Admin');
    const script = await serveAppRequest(root, new Request('app://renderer/assets/index-abc.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 outside the folder and for other methods, without the content', async () => {
    for (const request of [new Request('app://renderer/%2e%2e/secret.txt'), new Request('app://renderer/assets/link-out.txt'), new Request(APP_INDEX_URL, { method: 'POST', body: 'x' })]) {
      const response = await serveAppRequest(root, request);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('secret');
    }
  });
});

describe('registering the scheme', () => {
  it('registers app: as standard and secure, with fetch, and nothing more', () => {
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenLastCalledWith([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });

  it('serves the folder it is given through protocol.handle', async () => {
    handleAppProtocol(root);
    const [scheme, handler] = vi.mocked(protocol.handle).mock.lastCall!;
    expect(scheme).toBe('app');
    expect((await handler(new Request(APP_INDEX_URL))).status).toBe(200);
    expect((await handler(new Request('app://renderer/../secret.txt'))).status).toBe(404);
  });
});
