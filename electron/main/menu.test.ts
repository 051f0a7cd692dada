import { BrowserWindow, Menu, shell, type MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuLanguage, menuTemplate, setupMenu } from './menu.ts';
import type { Language } from '../../core/model/records.ts';

const actions = { command: vi.fn(), openDataFolder: vi.fn(), openLogs: vi.fn() };
const build = (platform: NodeJS.Platform, isDev = false, language: Language = 'en') => menuTemplate({ platform, isDev, appName: 'Account Admin', language, actions });
const submenu = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[];
const roles = (item: MenuItemConstructorOptions | undefined) => submenu(item).map((i) => i.role ?? i.label ?? i.type);

describe('menuTemplate', () => {
  it('has File (Print, Save as PDF, Export CSV), Edit, View, Help (data folder, logs, diagnostics, About) on Windows and Linux', () => {
    const template = build('win32');
    expect(template.map((m) => m.role ?? m.label)).toEqual(['File', 'editMenu', 'View', 'help']);
    expect(roles(template[0])).toEqual(['Print…', 'Save as PDF…', 'Save e-invoice (Factur-X)…', 'Export CSV…', 'separator', 'quit']);
    expect(roles(template[3])).toEqual(['Open data folder', 'Show logs', 'Copy diagnostics', 'separator', 'About Account Admin']);
  });

  it('puts the app menu first on macOS, with Close in File and About in the app menu', () => {
    const template = build('darwin');
    expect(template.map((m) => m.role ?? m.label)).toEqual(['Account Admin', 'File', 'editMenu', 'View', 'help']);
    expect(roles(template[0])).toContain('about');
    expect(roles(template[1])).toEqual(['Print…', 'Save as PDF…', 'Save e-invoice (Factur-X)…', 'Export CSV…', 'separator', 'close']);
    expect(roles(template[4])).toEqual(['Open data folder', 'Show logs', 'Copy diagnostics']);
  });

  it('zooms in View, and offers reload only in development', () => {
    expect(roles(build('linux')[2])).toEqual(['Command palette…', 'separator', 'resetZoom', 'zoomIn', 'zoomOut', 'separator', 'togglefullscreen']);
    expect(roles(build('linux', true)[2])).toEqual(expect.arrayContaining(['reload', 'zoomIn', 'togglefullscreen']));
  });

  it('speaks the OS language', () => {
    const template = build('linux', false, 'fr');
    expect(template.map((m) => m.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Aide']);
    expect(roles(template[0])).toEqual(['Imprimer…', 'Enregistrer en PDF…', 'Enregistrer la facture électronique (Factur-X)…', 'Exporter en CSV…', 'separator', 'quit']);
    expect(menuLanguage('fr-CA')).toBe('fr');
    expect(menuLanguage('pt-BR')).toBe('pt');
    expect(menuLanguage('ja')).toBe('en');
  });

  it('sends each File command with its accelerator, and opens the data folder', () => {
    const template = build('linux');
    const [print, savePdf, saveEInvoice, exportCsv] = submenu(template[0]);
    expect([print!.accelerator, savePdf!.accelerator, saveEInvoice!.accelerator, exportCsv!.accelerator]).toEqual(['CmdOrCtrl+P', 'CmdOrCtrl+Shift+S', undefined, 'CmdOrCtrl+E']);
    for (const item of [print, savePdf, saveEInvoice, exportCsv]) (item!.click as () => void)();
    expect(actions.command.mock.calls.map((c) => c[0])).toEqual(['print', 'savePdf', 'saveEInvoice', 'exportCsv']);
    const help = submenu(template[3]);
    (help[0]!.click as () => void)();
    expect(actions.openDataFolder).toHaveBeenCalledTimes(1);
    // Help: Show logs opens the logs folder; Copy diagnostics goes to the window like File's commands.
    expect(help.map((i) => i.label).slice(0, 3)).toEqual(['Open data folder', 'Show logs', 'Copy diagnostics']);
    (help[1]!.click as () => void)();
    expect(actions.openLogs).toHaveBeenCalledTimes(1);
    (help[2]!.click as () => void)();
    expect(actions.command).toHaveBeenLastCalledWith('diagnostics');
  });
});

describe('setupMenu', () => {
  it('installs the menu; File sends app.command to the focused window, Help opens the data folder', () => {
    setupMenu('/data/account-admin', '/data/account-admin/logs');
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    const template = vi.mocked(Menu.buildFromTemplate).mock.lastCall![0] as MenuItemConstructorOptions[];
    const file = template.find((m) => m.label === 'File');
    const help = template.find((m) => m.role === 'help');

    const window = new BrowserWindow();
    vi.mocked(BrowserWindow.getFocusedWindow).mockReturnValue(window);
    (submenu(file)[1]!.click as () => void)();
    expect(window.webContents.send).toHaveBeenCalledWith('event:app.command', { command: 'savePdf' });
    expect(window.webContents.print).not.toHaveBeenCalled();

    (submenu(help)[0]!.click as () => void)();
    expect(shell.openPath).toHaveBeenCalledWith('/data/account-admin');
    (submenu(help)[1]!.click as () => void)();
    expect(shell.openPath).toHaveBeenCalledWith('/data/account-admin/logs');
  });
});
