/**
 * The native application menu, from a pure template so its shape can be tested. File's items act on
 * what the view on screen shows (the renderer decides what Print or Export CSV means there), so they
 * are sent to it as `app.command` events; the same commands are in the palette in browser mode.
 */
import { app, BrowserWindow, Menu, shell, type MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../../core/contract.ts';
import { translate } from '../../core/i18n/translate.ts';
import { LANGUAGES, type Language } from '../../core/model/records.ts';
import { sendEvent } from './events.ts';

export interface MenuActions {
  command(command: AppCommand): void;
  openDataFolder(): void;
  openLogs(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  isDev: boolean;
  appName: string;
  language: Language;
  actions: MenuActions;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function menuTemplate({ platform, isDev, appName, language, actions }: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const t = (key: string) => translate(language, `palette.${key}`);
  const command = (name: AppCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label: t(`commands.${name}`),
    ...(accelerator ? { accelerator } : {}),
    click: () => actions.command(name),
  });
  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: appName,
      submenu: [{ role: 'about' }, separator, { role: 'services' }, separator, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, separator, { role: 'quit' }],
    });
  }
  template.push(
    {
      label: t('menu.file'),
      submenu: [
        command('print', 'CmdOrCtrl+P'),
        command('savePdf', 'CmdOrCtrl+Shift+S'),
        command('saveEInvoice'),
        command('exportCsv', 'CmdOrCtrl+E'),
        separator,
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu', label: t('menu.edit') },
    {
      label: t('menu.view'),
      submenu: [
        command('palette', 'CmdOrCtrl+K'),
        separator,
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
      label: t('menu.help'),
      submenu: [
        { label: t('commands.dataFolder'), click: () => actions.openDataFolder() },
        { label: t('commands.logs'), click: () => actions.openLogs() },
        command('diagnostics'),
        ...(mac ? [] : ([separator, command('about')] as MenuItemConstructorOptions[])),
      ],
    },
  );
  return template;
}

/** The OS language if the app speaks it (menus follow the system, like the other native apps). */
export function menuLanguage(locale: string): Language {
  const base = locale.slice(0, 2).toLowerCase();
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : 'en';
}

/** Builds and installs the menu; File's commands go to the focused window, the data folder opens in the file manager. */
export function setupMenu(dataDir: string, logsDir: string): void {
  const actions: MenuActions = {
    command: (command) => {
      const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      if (window) sendEvent(window.webContents, 'app.command', { command });
    },
    openDataFolder: () => {
      void shell.openPath(dataDir).then((error) => {
        if (error) console.warn('[menu] could not open the data folder:', error);
      });
    },
    openLogs: () => {
      void shell.openPath(logsDir).then((error) => {
        if (error) console.warn('[menu] could not open the logs folder:', error);
      });
    },
  };
  const template = menuTemplate({ platform: process.platform, isDev: !app.isPackaged, appName: app.getName(), language: menuLanguage(app.getLocale()), actions });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
