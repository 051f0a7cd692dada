/**
 * The commands of the native menu (File: Print, Save as PDF, Export CSV; Help: About, data folder;
 * View: palette), which the host sends as `app.command` events and the palette offers in every mode.
 * What Print or Export CSV means depends on the view on screen: a view that has a document or a list
 * provides its own handlers while it is mounted; without one, Print prints the page and the others
 * say there is nothing to save.
 */
import { useEffect, useRef } from 'react';
import { create } from 'zustand';
import type { AppCommand } from '../../core/contract.ts';
import { copyDiagnostics } from './diagnostics.ts';
import { printDocument } from './print.ts';

export type DocumentCommand = 'print' | 'savePdf' | 'saveEInvoice' | 'exportCsv';
export const DOCUMENT_COMMANDS: readonly DocumentCommand[] = ['print', 'savePdf', 'saveEInvoice', 'exportCsv'];
export type Providers = Partial<Record<DocumentCommand, () => void>>;

interface AppCommandsSlice {
  /** The commands the view on screen provides (only their names: the handlers live in a ref). */
  provided: DocumentCommand[];
  /** A short message after a command that had nothing to act on. */
  notice: string | null;
  aboutOpen: boolean;
  /** A diagnostics report the clipboard refused, shown in About to copy by hand (with why). */
  diagnostics: { report: string; why: string } | null;
  setNotice(notice: string | null): void;
  setAboutOpen(open: boolean): void;
  showDiagnostics(report: string, why: string): void;
}

export const useAppCommands = create<AppCommandsSlice>((set) => ({
  provided: [],
  notice: null,
  aboutOpen: false,
  diagnostics: null,
  setNotice: (notice) => set({ notice }),
  setAboutOpen: (aboutOpen) => set(aboutOpen ? { aboutOpen } : { aboutOpen, diagnostics: null }),
  showDiagnostics: (report, why) => set({ aboutOpen: true, diagnostics: { report, why } }),
}));

let current: { owner: symbol; providers: Providers } | null = null;

/** A view offers its Print / Save as PDF / Export CSV to the menu and the palette while it is mounted. */
export function useProvideCommands(providers: Providers): void {
  const latest = useRef(providers);
  latest.current = providers;
  const names = DOCUMENT_COMMANDS.filter((c) => providers[c]).join();
  useEffect(() => {
    // Nothing to offer (a view that hands over to a document inside it): leave the commands to others.
    if (!names) return;
    const owner = Symbol('view');
    const relay: Providers = {};
    for (const c of DOCUMENT_COMMANDS) if (names.split(',').includes(c)) relay[c] = () => latest.current[c]?.();
    current = { owner, providers: relay };
    useAppCommands.setState({ provided: DOCUMENT_COMMANDS.filter((c) => relay[c]) });
    return () => {
      if (current?.owner !== owner) return;
      current = null;
      useAppCommands.setState({ provided: [] });
    };
  }, [names]);
}

export interface CommandHooks {
  openPalette(): void;
  /** The translated "nothing to print or export here". */
  nothingHere: string;
  /** Help > Copy diagnostics (renderer/app/diagnostics.ts). */
  copyDiagnostics(): void;
}

/** The hooks every caller passes (the host's menu events and the palette), from the translations. */
export function commandHooks(t: (key: string) => string, openPalette: () => void): CommandHooks {
  return {
    openPalette,
    nothingHere: t('palette.commands.nothing'),
    copyDiagnostics: () => void copyDiagnostics({ copied: t('palette.commands.diagnosticsCopied'), failed: t('palette.commands.diagnosticsFailed') }),
  };
}

export function runAppCommand(command: AppCommand, hooks: CommandHooks): void {
  const { setNotice, setAboutOpen } = useAppCommands.getState();
  setNotice(null);
  if (command === 'palette') return hooks.openPalette();
  if (command === 'about' || command === 'dataFolder') return setAboutOpen(true);
  if (command === 'diagnostics') return hooks.copyDiagnostics();
  const provider = current?.providers[command];
  if (provider) return provider();
  if (command === 'print') return void printDocument();
  setNotice(hooks.nothingHere);
}
