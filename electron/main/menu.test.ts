import { BrowserWindow, Menu, shell, type MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate, setupMenu } from './menu.ts';

const actions = { print: vi.fn(), openDataFolder: vi.fn() };
const build = (platform: NodeJS.Platform, isDev = false) => menuTemplate({ platform, isDev, appName: 'Account Admin', actions });
const submenu = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[];
const roles = (item: MenuItemConstructorOptions | undefined) => submenu(item).map((i) => i.role ?? i.label ?? i.type);

describe('menuTemplate', () => {
  it('has File, Edit, View, Help on Windows and Linux', () => {
    const template = build('win32');
    expect(template.map((m) => m.role ?? m.label)).toEqual(['File', 'editMenu', 'View', 'help']);
    expect(roles(template[0])).toEqual(['Print…', 'separator', 'quit']);
    expect(roles(template[3])).toEqual(['Open data folder', 'separator', 'about']);
  });

  it('puts the app menu first on macOS, with Close in File and About in the app menu', () => {
    const template = build('darwin');
    expect(template.map((m) => m.role ?? m.label)).toEqual(['Account Admin', 'File', 'editMenu', 'View', 'help']);
    expect(roles(template[0])).toContain('about');
    expect(roles(template[1])).toEqual(['Print…', 'separator', 'close']);
    expect(roles(template[4])).toEqual(['Open data folder']);
  });

  it('offers reload only in development', () => {
    expect(roles(build('linux')[2])).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'separator', 'togglefullscreen']);
    expect(roles(build('linux', true)[2])).toEqual(expect.arrayContaining(['reload', 'zoomIn', 'togglefullscreen']));
  });

  it('prints with CmdOrCtrl+P and opens the data folder through the actions', () => {
    const template = build('linux');
    const print = submenu(template[0])[0]!;
    expect(print.accelerator).toBe('CmdOrCtrl+P');
    (print.click as () => void)();
    expect(actions.print).toHaveBeenCalledTimes(1);
    (submenu(template[3])[0]!.click as () => void)();
    expect(actions.openDataFolder).toHaveBeenCalledTimes(1);
  });
});

describe('setupMenu', () => {
  it('installs the menu; its actions print the focused window and open the data folder', () => {
    setupMenu('/data/account-admin');
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    const template = vi.mocked(Menu.buildFromTemplate).mock.lastCall![0] as MenuItemConstructorOptions[];
    const file = template.find((m) => m.label === 'File');
    const help = template.find((m) => m.role === 'help');

    const window = new BrowserWindow();
    vi.mocked(BrowserWindow.getFocusedWindow).mockReturnValueOnce(window);
    (submenu(file)[0]!.click as () => void)();
    expect(window.webContents.print).toHaveBeenCalledTimes(1);

    (submenu(help)[0]!.click as () => void)();
    expect(shell.openPath).toHaveBeenCalledWith('/data/account-admin');
  });
});
