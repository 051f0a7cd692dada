/**
 * The period's e-invoices in one ZIP (Transactions): in the desktop app, `host.saveEInvoiceArchive` prints
 * each document in a hidden window, sending `einvoice.archiveProgress` as it goes, and Cancel
 * (`host.cancelEInvoiceArchive`) stops it with nothing written; in the browser, the core's XML-only ZIP is
 * one quick answer, downloaded — no progress to show. A slice, not a component's state: leaving
 * Transactions while the desktop prints does not lose the outcome.
 */
import { create } from 'zustand';
import type { AppError } from '../../../core/contract.ts';
import { api } from '../../app/api.ts';
import { downloadFile } from '../../app/print.ts';
import { useSessionStore } from '../../app/session-store.ts';

export type Period = { from: string; to: string };

/** What the last run did: saved with the PDFs (desktop), downloaded as XML only (browser), or cancelled. */
export type EInvoicesOutcome = { kind: 'saved'; path: string; count: number } | { kind: 'xmlOnly' } | { kind: 'cancelled' } | null;

interface EInvoicesSlice {
  busy: boolean;
  /** The desktop's progress, from its first event until the run ends; null otherwise (and always in the browser). */
  progress: { done: number; total: number } | null;
  /** Cancel was pressed: the host is stopping. */
  cancelling: boolean;
  error: AppError | null;
  outcome: EInvoicesOutcome;
  /** `withPdf`: the desktop prints each document's Factur-X PDF; else the XML ZIP is downloaded. */
  run(period: Period, withPdf: boolean): Promise<void>;
  cancel(): Promise<void>;
}

type Settle = (partial: Partial<EInvoicesSlice>) => void;

const idle = () => ({ busy: false, progress: null, cancelling: false, error: null, outcome: null });
/** Bumped when the user changes: what a run of the previous user answers late is dropped. */
let generation = 0;

export const useEInvoicesStore = create<EInvoicesSlice>((set, get) => {
  const downloadXml = async (period: Period, settle: Settle) => {
    const result = await api()['invoices.einvoiceArchive'](period);
    if (!result.ok) return settle({ error: result.error });
    const bytes = Uint8Array.from(atob(result.value.zip), (c) => c.charCodeAt(0));
    downloadFile(result.value.fileName, bytes, 'application/zip');
    settle({ outcome: { kind: 'xmlOnly' } });
  };

  const saveWithPdfs = async (period: Period, settle: Settle) => {
    // Only while this run is in flight: a late or stray event never brings the bar back.
    const stop = api().on('einvoice.archiveProgress', (progress) => {
      if (get().busy) settle({ progress });
    });
    try {
      const saved = await api()['host.saveEInvoiceArchive'](period);
      if (!saved.ok) return saved.error.code === 'unavailable' ? await downloadXml(period, settle) : settle({ error: saved.error });
      const value = saved.value;
      if (value.outcome === 'saved') settle({ outcome: { kind: 'saved', path: value.path, count: value.count } });
      else if (value.outcome === 'cancelled') settle({ outcome: { kind: 'cancelled' } });
    } finally {
      stop();
    }
  };

  return {
    ...idle(),
    async run(period, withPdf) {
      if (get().busy) return;
      const mine = generation;
      const settle: Settle = (partial) => {
        if (generation === mine) set(partial);
      };
      set({ ...idle(), busy: true });
      try {
        await (withPdf ? saveWithPdfs(period, settle) : downloadXml(period, settle));
      } finally {
        settle({ busy: false, progress: null, cancelling: false });
      }
    },
    async cancel() {
      // Only a desktop save that is printing (it has said how far it is) has a Cancel.
      if (!get().busy || !get().progress || get().cancelling) return;
      set({ cancelling: true });
      const result = await api()['host.cancelEInvoiceArchive']();
      // Nothing was running there any more (it just ended): the run's own answer says what happened.
      if (!result.ok && get().busy) set({ cancelling: false });
    },
  };
});

// Another user signing in starts from a clean slate.
useSessionStore.subscribe((state, previous) => {
  if (state.session?.user.id === previous.session?.user.id) return;
  generation++;
  useEInvoicesStore.setState(idle());
});
