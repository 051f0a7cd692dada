/**
 * The smallest stand-in for `electron` that the main-process and preload code needs under vitest
 * (there is no Electron binary here). Swapped in by test/setup/electron-mock.ts. Tests may import
 * this file directly for its helpers (fakeWebContents, fakeFrame, ipcMain.handlers): it is the same
 * module instance the code under test receives as `electron`.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

export function fakeFrame(url: string, parent: FakeFrame | null = null): FakeFrame {
  return { url, parent };
}

let nextWebContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  mainFrame: FakeFrame;
  readonly setWindowOpenHandler = vi.fn();
  readonly print = vi.fn((_options: unknown, done?: (success: boolean) => void) => done?.(true));
  readonly printToPDF = vi.fn(async () => Buffer.from('%PDF-1.4 fake'));
  readonly isDestroyed = vi.fn(() => false);
  readonly send = vi.fn((_channel: string, ..._args: unknown[]) => undefined);
  readonly executeJavaScript = vi.fn(async (_code: string): Promise<unknown> => true);
  constructor(url = 'app://renderer/index.html') {
    super();
    this.mainFrame = fakeFrame(url);
  }
}

export function fakeWebContents(url?: string): FakeWebContents {
  return new FakeWebContents(url);
}

type IpcHandler = (event: unknown, ...args: unknown[]) => unknown;

class FakeIpcMain extends EventEmitter {
  readonly handlers = new Map<string, IpcHandler>();
  readonly handle = vi.fn((channel: string, handler: IpcHandler) => {
    // Like Electron: a second handler for the same channel is a programming error.
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  });
  readonly removeHandler = vi.fn((channel: string) => {
    this.handlers.delete(channel);
  });
  /** Calls a registered handler the way `ipcRenderer.invoke` would reach it. */
  async invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, ...args);
  }
}

export const ipcMain = new FakeIpcMain();

const windows: FakeBrowserWindow[] = [];

class FakeBrowserWindow extends EventEmitter {
  readonly webContents: FakeWebContents;
  readonly loadFile = vi.fn(async (_file: string) => undefined);
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly isMinimized = vi.fn(() => false);
  readonly isDestroyed = vi.fn(() => false);
  readonly destroy = vi.fn();
  constructor(readonly options: Record<string, unknown> = {}) {
    super();
    this.webContents = new FakeWebContents();
    windows.push(this);
    windowCreated.emit('window', this);
  }
}

/** Says 'window' with each new window, before the code that made it goes on (to set up its mocks). */
export const windowCreated = new EventEmitter<{ window: [FakeBrowserWindow] }>();

// A vi.fn constructor (so tests can read `mock.calls[n][0]`, the options) returning a real instance.
export const BrowserWindow = Object.assign(
  vi.fn(function BrowserWindow(options?: Record<string, unknown>) {
    return new FakeBrowserWindow(options);
  }),
  {
    fromWebContents: vi.fn((contents: unknown) => windows.find((w) => w.webContents === contents) ?? null),
    getFocusedWindow: vi.fn((): FakeBrowserWindow | null => null),
    getAllWindows: vi.fn(() => [...windows]),
  },
);

/** A keychain that really transforms the text (so a plain-text write would show), available by default. */
export const safeStorage = {
  isEncryptionAvailable: vi.fn(() => true),
  encryptString: vi.fn((text: string) => Buffer.from(Buffer.from(text, 'utf8').map((b) => b ^ 0x5a))),
  decryptString: vi.fn((data: Buffer) => Buffer.from(data.map((b) => b ^ 0x5a)).toString('utf8')),
  /** Linux only in Electron: which keychain backs it (`basic_text`: none). */
  getSelectedStorageBackend: vi.fn((): string => 'gnome_libsecret'),
};

export const contextBridge = { exposeInMainWorld: vi.fn() };
class FakeIpcRenderer extends EventEmitter {
  readonly invoke = vi.fn(async (..._args: unknown[]) => undefined);
}
export const ipcRenderer = new FakeIpcRenderer();

class FakeApp extends EventEmitter {
  isPackaged = false;
  readonly getPath = vi.fn((name: string) => `/tmp/account-admin-test/${name}`);
  readonly getVersion = vi.fn(() => '0.0.0-test');
  readonly getName = vi.fn(() => 'Account Admin');
  readonly getLocale = vi.fn(() => 'en-US');
  readonly whenReady = vi.fn(async () => undefined);
  readonly requestSingleInstanceLock = vi.fn(() => true);
  readonly setAsDefaultProtocolClient = vi.fn((_scheme: string, _path?: string, _args?: string[]) => true);
  readonly quit = vi.fn();
  readonly exit = vi.fn();
  readonly relaunch = vi.fn();
}

export const app = new FakeApp();

export const session = {
  defaultSession: {
    webRequest: { onHeadersReceived: vi.fn() },
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
  },
};

/** The app:// scheme: what was registered and the handler, to call as Chromium would. */
export const protocol = {
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn((_scheme: string, _handler: (request: Request) => Promise<Response> | Response) => undefined),
};

export const shell = {
  openExternal: vi.fn(async (_url: string) => undefined),
  openPath: vi.fn(async (_path: string) => ''),
};

export const Menu = {
  buildFromTemplate: vi.fn((template: unknown[]) => ({ items: template })),
  setApplicationMenu: vi.fn(),
};

/** The desktop's notifications: every one made is kept (`Notification.made`), to read its text and click it. */
class FakeNotification extends EventEmitter {
  static readonly made: FakeNotification[] = [];
  static readonly isSupported = vi.fn(() => true);
  readonly show = vi.fn();
  readonly close = vi.fn();
  constructor(readonly options: { title: string; body: string }) {
    super();
    FakeNotification.made.push(this);
  }
}
export const Notification = FakeNotification;

export const dialog = { showErrorBox: vi.fn(), showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: undefined as string | undefined })) };

export default { app, BrowserWindow, contextBridge, dialog, ipcMain, ipcRenderer, Menu, Notification, protocol, safeStorage, session, shell };
