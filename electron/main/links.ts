/**
 * `account-admin://` links: the app registers the scheme, and a link reaches it three ways — macOS's
 * `open-url`, a second instance's command line (Windows, Linux: the single-instance lock hands it
 * over), or the first launch's own command line. Each is parsed against the contract's route schema
 * (a link is untrusted input); a valid route focuses the window and goes to the renderer as the
 * `app.route` event, kept until the page has loaded if it is not yet.
 */
import path from 'node:path';
import type { App, BrowserWindow } from 'electron';
import { LINK_SCHEME, parseLink, type AppRoute } from '../../core/contract.ts';
import { linkInArgv } from '../../core/links/parse.ts';
import { sendEvent } from './events.ts';

export interface LinkRouter {
  /** A link from outside: opened if it parses, else refused (logged, nothing else happens). */
  openLink(raw: unknown): boolean;
  /** A route of ours (a native notification's click): focus the window and show it. */
  openRoute(route: AppRoute): void;
  /** Brings the window to the front (restored if minimised). */
  focus(): void;
  /** A new window: a route that came before its page had loaded goes once it has. */
  attach(window: BrowserWindow): void;
}

/**
 * `reopen`: called when a route arrives with no window (macOS keeps running with its windows closed):
 * the host opens one, and the route goes once it has loaded.
 */
export function createLinkRouter(getWindow: () => BrowserWindow | null, log: { warn(message: string): void } = console, reopen: () => void = () => undefined): LinkRouter {
  let pending: AppRoute | null = null;
  const loaded = new WeakSet<BrowserWindow>();

  function focus(): void {
    const window = getWindow();
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  }

  function openRoute(route: AppRoute): void {
    const window = getWindow();
    if (window && !window.isDestroyed() && loaded.has(window) && sendEvent(window.webContents, 'app.route', route)) pending = null;
    else pending = route;
    if (!window || window.isDestroyed()) reopen();
    focus();
  }

  return {
    focus,
    openRoute,
    openLink(raw) {
      const parsed = parseLink(raw);
      if (!parsed.ok) {
        log.warn(`[links] refused a link (${parsed.refusal})`);
        focus();
        return false;
      }
      openRoute(parsed.route);
      return true;
    },
    attach(window) {
      window.webContents.on('did-finish-load', () => {
        loaded.add(window);
        if (pending) openRoute(pending);
      });
    },
  };
}

/**
 * Registers the scheme with the OS and listens for links. Call before `ready`: macOS may deliver the
 * link that launched the app (`open-url`) before it.
 */
export function setupLinks(app: App, router: LinkRouter, argv: readonly string[] = process.argv): void {
  // A development run (`electron .`) registers the binary with the app's path, or the OS would start bare Electron.
  if (process.defaultApp && argv[1]) app.setAsDefaultProtocolClient(LINK_SCHEME, process.execPath, [path.resolve(argv[1])]);
  else app.setAsDefaultProtocolClient(LINK_SCHEME);
  app.on('open-url', (event, url) => {
    event.preventDefault();
    router.openLink(url);
  });
  app.on('second-instance', (_event, secondArgv) => {
    const link = linkInArgv(secondArgv);
    if (link) router.openLink(link);
    else router.focus();
  });
  const first = linkInArgv(argv);
  if (first) router.openLink(first);
}
