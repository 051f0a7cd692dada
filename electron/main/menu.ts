/** The native application menu, from a pure template so its shape can be tested. */
import { app, BrowserWindow, Menu, shell, type MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  print(): void;
  openDataFolder(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  isDev: boolean;
  appName: string;
  actions: MenuActions;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function menuTemplate({ platform, isDev, appName, actions }: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: appName,
      submenu: [
        { role: 'about' },
        separator,
        { role: 'services' },
        separator,
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        separator,
        { role: 'quit' },
      ],
    });
  }
  template.push(
    {
      label: 'File',
      submenu: [{ label: 'Print…', accelerator: 'CmdOrCtrl+P', click: () => actions.print() }, separator, mac ? { role: 'close' } : { role: 'quit' }],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        ...(isDev ? ([{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator] as MenuItemConstructorOptions[]) : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        separator,
        { role: 'togglefullscreen' },
      ],
    },
    {
      role: 'help',
      submenu: [
        { label: 'Open data folder', click: () => actions.openDataFolder() },
        ...(mac ? [] : ([separator, { role: 'about' }] as MenuItemConstructorOptions[])),
      ],
    },
  );
  return template;
}

/** Builds and installs the menu for this platform; the data folder opens in the system file manager. */
export function setupMenu(dataDir: string): void {
  const actions: MenuActions = {
    print: () => BrowserWindow.getFocusedWindow()?.webContents.print(),
    openDataFolder: () => {
      void shell.openPath(dataDir).then((error) => {
        if (error) console.warn('[menu] could not open the data folder:', error);
      });
    },
  };
  const template = menuTemplate({ platform: process.platform, isDev: !app.isPackaged, appName: app.getName(), actions });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
