import { EventEmitter } from 'node:events';
import { shell, type App, type Session, type WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeWebContents, type FakeWebContents } from '../../test/mocks/electron.ts';
import { isAppUrl, isSafeExternalUrl, setupSecurity } from './security.ts';

const APP = 'app://renderer/index.html';
/** The page the app once loaded directly: no longer the app's. */
const FILE_PAGE = 'file:///opt/Account%20Admin/resources/app.asar/out/renderer/index.html';
const DEV_APP = 'http://localhost:5173/';

describe('isSafeExternalUrl', () => {
  it.each(['https://example.com/help', 'https://vendor.example/billing?x=1#y', 'mailto:support@vendor.example'])('allows %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'http://example.com/',
    'smb://server/share',
    'ms-settings:privacy',
    'data:text/html,<script>alert(1)</script>',
    'https://user:pass@example.com/',
    'not a url',
    '',
    `https://example.com/${'a'.repeat(3000)}`,
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('isAppUrl', () => {
  it('accepts the app:// origin, with any path, hash or query', () => {
    expect(isAppUrl(APP, APP)).toBe(true);
    expect(isAppUrl(`${APP}#/users`, APP)).toBe(true);
    expect(isAppUrl(`${APP}?x=1`, APP)).toBe(true);
    expect(isAppUrl('app://renderer/assets/index.js', APP)).toBe(true);
  });

  it('refuses file:// (even the built page), another host, port or user of app://, and other schemes', () => {
    expect(isAppUrl(FILE_PAGE, APP)).toBe(false);
    expect(isAppUrl(FILE_PAGE, FILE_PAGE)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', APP)).toBe(false);
    expect(isAppUrl('app://other/index.html', APP)).toBe(false);
    expect(isAppUrl('app://renderer:8080/index.html', APP)).toBe(false);
    expect(isAppUrl('app://x@renderer/index.html', APP)).toBe(false);
    expect(isAppUrl('https://renderer/index.html', APP)).toBe(false);
    expect(isAppUrl('https://evil.example/index.html', APP)).toBe(false);
    expect(isAppUrl('garbage', APP)).toBe(false);
  });

  it('accepts the dev server origin only', () => {
    expect(isAppUrl('http://localhost:5173/#/me', DEV_APP)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', DEV_APP)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', DEV_APP)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', DEV_APP)).toBe(false);
  });
});

function navigation(url: string) {
  return { url, preventDefault: vi.fn() };
}

describe('setupSecurity', () => {
  let contents: FakeWebContents;
  let ses: { setPermissionRequestHandler: ReturnType<typeof vi.fn>; setPermissionCheckHandler: ReturnType<typeof vi.fn> };

  beforeEach(() => {
    vi.mocked(shell.openExternal).mockClear();
    const app = new EventEmitter();
    ses = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    setupSecurity(app as unknown as App, ses as unknown as Session, APP);
    contents = fakeWebContents(APP);
    app.emit('web-contents-created', {}, contents as unknown as WebContents);
  });

  const openWindow = (url: string) => {
    const handler = contents.setWindowOpenHandler.mock.lastCall![0] as (details: { url: string }) => { action: string };
    return handler({ url });
  };

  it('prevents navigation to another origin or file', () => {
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'http://localhost:5173/']) {
      const event = navigation(url);
      contents.emit('will-navigate', event);
      expect(event.preventDefault, url).toHaveBeenCalled();
    }
  });

  it("lets the app's own page navigate", () => {
    const event = navigation(`${APP}#/users`);
    contents.emit('will-navigate', event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('prevents redirects away from the app', () => {
    const event = navigation('https://evil.example/');
    contents.emit('will-redirect', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('prevents webviews', () => {
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('denies window.open and sends https links to the system browser', () => {
    expect(openWindow('https://vendor.example/help')).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledWith('https://vendor.example/help');
  });

  it('refuses javascript: and file: links without opening them', () => {
    expect(openWindow('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(openWindow('file:///C:/Windows/System32/calc.exe')).toEqual({ action: 'deny' });
    expect(openWindow(APP)).toEqual({ action: 'deny' });
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('denies every permission request and check', () => {
    const request = ses.setPermissionRequestHandler.mock.lastCall![0] as (c: unknown, p: string, cb: (ok: boolean) => void) => void;
    const check = ses.setPermissionCheckHandler.mock.lastCall![0] as (c: unknown, p: string) => boolean;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      request(contents, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(check(contents, permission)).toBe(false);
    }
  });
});
