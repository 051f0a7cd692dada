/**
 * The licence CSV import (one dialog at a time, so one slice): the file read and parsed here, its
 * rows checked by the core (imports.check, the dry run), then applied in one command (imports.apply)
 * with the digest of the report the admin saw. A late answer for an older file or option is dropped.
 */
import { create } from 'zustand';
import type { AppError, InputOf, OutputOf } from '../../../core/contract.ts';
import { parseLicenceCsvInChunks, type CsvRow } from '../../../core/imports/csv.ts';
import { api } from '../../app/api.ts';
import { useSessionStore } from '../../app/session-store.ts';
import { readFileText } from './read-file.ts';

export type ImportReport = OutputOf<'imports.check'>;
export type ImportStatus = ImportReport['rows'][number]['status'];
export type ProductView = OutputOf<'products.list'>['products'][number];
export type Phase = 'choose' | 'reading' | 'parsing' | 'checking' | 'report' | 'applying' | 'done';
/** A problem with the file or a refusal from the core: an i18n key, its params, maybe a message. */
export type ImportError = Pick<AppError, 'key' | 'params'> & { message?: string };

interface ImportSlice {
  phase: Phase;
  /** 0…1 while reading or parsing; null when the step can't say (checking, applying). */
  progress: number | null;
  fileName: string;
  rows: CsvRow[];
  report: ImportReport | null;
  error: ImportError | null;
  filter: ImportStatus | 'all';
  alsoRemoveFromQueues: boolean;
  notify: boolean;
  applied: OutputOf<'imports.apply'> | null;
  /** The catalog, for the format help (names and features). */
  products: ProductView[];
  start(): Promise<void>;
  load(file: File): Promise<void>;
  setAlsoRemove(on: boolean): Promise<void>;
  setNotify(on: boolean): void;
  setFilter(filter: ImportStatus | 'all'): void;
  chooseAnother(): void;
  apply(): Promise<void>;
}

const blank = () => ({
  phase: 'choose' as Phase,
  progress: null,
  fileName: '',
  rows: [] as CsvRow[],
  report: null,
  error: null,
  filter: 'all' as const,
  alsoRemoveFromQueues: false,
  notify: false,
  applied: null,
});

let ticket = 0;

export const useImportStore = create<ImportSlice>((set, get) => {
  /** The dry run of the rows read; `mine` drops the answer if another file or option came since. */
  async function check(mine: number, error: ImportError | null = null): Promise<void> {
    set({ phase: 'checking', progress: null });
    const input: InputOf<'imports.check'> = { rows: get().rows, alsoRemoveFromQueues: get().alsoRemoveFromQueues };
    const result = await api()['imports.check'](input);
    if (mine !== ticket) return;
    if (result.ok) set({ phase: 'report', report: result.value, error });
    else set({ phase: 'choose', report: null, error: result.error });
  }

  return {
    ...blank(),
    products: [],

    async start() {
      const mine = ++ticket;
      set(blank());
      const result = await api()['products.list']();
      if (mine === ticket && result.ok) set({ products: result.value.products });
    },

    async load(file) {
      const mine = ++ticket;
      set({ ...blank(), phase: 'reading', progress: 0, fileName: file.name });
      const onProgress = (progress: number) => mine === ticket && set({ progress });
      let text: string;
      try {
        text = await readFileText(file, onProgress);
      } catch {
        if (mine === ticket) set({ phase: 'choose', error: { key: 'imports.errors.unreadable' } });
        return;
      }
      if (mine !== ticket) return;
      set({ phase: 'parsing', progress: 0 });
      const parsed = await parseLicenceCsvInChunks(text, onProgress);
      if (mine !== ticket) return;
      if (!parsed.ok) return set({ phase: 'choose', error: parsed.error });
      set({ rows: parsed.rows });
      await check(mine);
    },

    async setAlsoRemove(on) {
      set({ alsoRemoveFromQueues: on });
      if (get().rows.length) await check(++ticket);
    },

    setNotify: (notify) => set({ notify }),
    setFilter: (filter) => set({ filter }),

    chooseAnother() {
      ticket++;
      set(blank());
    },

    async apply() {
      const { report, rows, alsoRemoveFromQueues, notify, phase } = get();
      if (!report || phase !== 'report' || !report.totals.ok) return;
      const mine = ++ticket;
      set({ phase: 'applying', progress: null, error: null });
      const result = await api()['imports.apply']({ rows, alsoRemoveFromQueues, notify, digest: report.digest });
      if (mine !== ticket) return;
      if (result.ok) return set({ phase: 'done', applied: result.value });
      // Refused, nothing changed (the account moved on since the check): show the report as it is now.
      await check(mine, result.error);
    },
  };
});

// Another user signing in starts from a clean slate.
useSessionStore.subscribe((state, previous) => {
  if (state.session?.user.id !== previous.session?.user.id) {
    ticket++;
    useImportStore.setState({ ...blank(), products: [] });
  }
});
