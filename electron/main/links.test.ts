/** account-admin:// links through the mocked electron: open-url, a second instance's argv, the first launch's argv. */
import type { App, BrowserWindow as ElectronWindow } from 'electron';
import { app, BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventEmitter } from 'node:events';
import { createLinkRouter, setupLinks } from './links.ts';

type FakeWindow = ElectronWindow & EventEmitter & { webContents: ElectronWindow['webContents'] & EventEmitter & { send: ReturnType<typeof vi.fn> } };
const fakeApp = app as unknown as App & EventEmitter;
const INVOICE = 'account-admin://invoice/INV-2027-000012';

function newWindow(): FakeWindow {
  return new (BrowserWindow as unknown as new () => FakeWindow)();
}

function start(argv: string[] = ['/opt/Account Admin/account-admin']) {
  let window: FakeWindow | null = null;
  const warn = vi.fn();
  const router = createLinkRouter(() => window, { warn });
  setupLinks(fakeApp, router, argv);
  const open = () => {
    window = newWindow();
    router.attach(window);
    return window;
  };
  return { router, warn, open };
}

beforeEach(() => {
  vi.clearAllMocks();
  fakeApp.removeAllListeners();
});

describe('links', () => {
  it('registers the scheme with the OS', () => {
    start();
    expect(app.setAsDefaultProtocolClient).toHaveBeenCalledWith('account-admin');
  });

  it('macOS open-url before the page loaded: the route waits, then goes once it has', () => {
    const { open } = start();
    const preventDefault = vi.fn();
    fakeApp.emit('open-url', { preventDefault }, INVOICE);
    expect(preventDefault).toHaveBeenCalled();
    const window = open();
    expect(window.webContents.send).not.toHaveBeenCalled();
    window.webContents.emit('did-finish-load');
    expect(window.webContents.send).toHaveBeenCalledWith('event:app.route', { view: 'invoice', number: 'INV-2027-000012' });
    expect(window.focus).toHaveBeenCalled();
    // Sent once: a reload of the page does not replay it.
    window.webContents.emit('did-finish-load');
    expect(window.webContents.send).toHaveBeenCalledTimes(1);
  });

  it('a second instance hands its link over: the minimised window comes back and shows the view', () => {
    const { open } = start();
    const window = open();
    window.webContents.emit('did-finish-load');
    vi.mocked(window.isMinimized).mockReturnValue(true);
    fakeApp.emit('second-instance', {}, ['/opt/Account Admin/account-admin', '--no-sandbox', 'account-admin://people/hannah.becker@lumen-analytics.example'], '/home');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(window.webContents.send).toHaveBeenCalledWith('event:app.route', { view: 'people', email: 'hannah.becker@lumen-analytics.example' });
  });

  it('a route with no window open (macOS, windows closed) reopens one and goes once it has loaded', () => {
    let window: FakeWindow | null = null;
    const router = createLinkRouter(() => window, { warn: vi.fn() }, () => {
      window = newWindow();
      router.attach(window);
    });
    router.openRoute({ view: 'transactions' });
    expect(window).not.toBeNull();
    window!.webContents.emit('did-finish-load');
    expect(window!.webContents.send).toHaveBeenCalledWith('event:app.route', { view: 'transactions' });
  });

  it('a second instance without a link only focuses the window', () => {
    const { open } = start();
    const window = open();
    window.webContents.emit('did-finish-load');
    fakeApp.emit('second-instance', {}, ['/opt/Account Admin/account-admin'], '/home');
    expect(window.focus).toHaveBeenCalled();
    expect(window.webContents.send).not.toHaveBeenCalled();
  });

  it('the link the app was launched with opens once the page has loaded', () => {
    const { open } = start(['/opt/Account Admin/account-admin', 'account-admin://subscriptions/sub_0001']);
    const window = open();
    window.webContents.emit('did-finish-load');
    expect(window.webContents.send).toHaveBeenCalledWith('event:app.route', { view: 'subscriptions', id: 'sub_0001' });
  });

  it.each(['account-admin://invoice/../../etc/passwd', 'https://evil.example/', 'account-admin://people/%0d%0aSet-Cookie', `account-admin://invoice/${'9'.repeat(5000)}`])('refuses %j: nothing reaches the page', (link) => {
    const { open, warn } = start();
    const window = open();
    window.webContents.emit('did-finish-load');
    fakeApp.emit('open-url', { preventDefault: vi.fn() }, link);
    fakeApp.emit('second-instance', {}, ['/opt/Account Admin/account-admin', link], '/home');
    expect(window.webContents.send).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalled();
    // The warning names the kind of refusal, never the link (it may carry anything).
    for (const [message] of warn.mock.calls) expect(String(message)).not.toContain(link.slice(16));
  });
});
