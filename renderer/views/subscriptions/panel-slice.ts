/**
 * The open change panel: its draft, and a live proration preview from billing.preview, asked at once
 * on each change (a debounce's pause was itself the wait the admin saw). One call in flight at a time:
 * changes made meanwhile are priced, the latest only, when it answers; an answer for an older draft is
 * never shown.
 */
import type { StateCreator } from 'zustand';
import type { AppError, OutputOf } from '../../../core/contract.ts';
import { api } from '../../app/api.ts';
import { useLive } from '../../app/live-updates.ts';
import { useCartStore } from '../cart/store.ts';
import { initialDraft, toChange, type Draft, type PanelTarget } from './changes.ts';
import type { SubscriptionsSlice } from './store.ts';

export type Quote = OutputOf<'billing.preview'>;

export interface PanelSlice {
  panel: PanelTarget | null;
  draft: Draft;
  quote: Quote | null;
  /** Why the change can't be priced (e.g. seats below the licences assigned, naming their holders). */
  quoteError: AppError | null;
  previewing: boolean;
  busy: boolean;
  panelError: AppError | null;
  openPanel(target: PanelTarget): void;
  closePanel(): void;
  setDraft(patch: Partial<Draft>): void;
  addToCart(): Promise<void>;
}

/** Moves with every draft (and on close): an answer is shown only if its ticket is still current. */
let ticket = 0;
let inFlight = false;
/** A change came while a call was in flight: price the draft again once it answers. */
let stale = false;

export const createPanelSlice: StateCreator<SubscriptionsSlice, [], [], PanelSlice> = (set, get) => {
  const currentChange = () => {
    const { panel, draft, subscriptions } = get();
    return panel ? toChange(panel, draft, subscriptions.find((s) => s.id === panel.subscriptionId)) : null;
  };

  function schedulePreview(): void {
    ticket++;
    if (!currentChange()) {
      stale = false;
      set({ quote: null, quoteError: null, previewing: false });
      return;
    }
    set({ previewing: true });
    if (inFlight) stale = true;
    else preview();
  }

  function preview(): void {
    const change = currentChange();
    stale = false;
    if (!change) return;
    const mine = ticket;
    inFlight = true;
    void api()['billing.preview']({ changes: [change] }).then((result) => {
      inFlight = false;
      if (mine === ticket) set(result.ok ? { quote: result.value, quoteError: null, previewing: false } : { quote: null, quoteError: result.error, previewing: false });
      else if (stale) preview();
    });
  }

  // Like the views: an open panel's quote follows the account (another desktop's change, back online).
  useLive.subscribe((live, previous) => {
    if (live.version !== previous.version && get().panel) schedulePreview();
  });

  return {
    panel: null,
    draft: { seats: '1', planId: '', interval: 'month' },
    quote: null,
    quoteError: null,
    previewing: false,
    busy: false,
    panelError: null,

    openPanel(target) {
      const { subscriptions, overview } = get();
      const sub = subscriptions.find((s) => s.productId === target.productId);
      const plans = overview?.products.find((p) => p.productId === target.productId)?.plans ?? [];
      set({ panel: target, draft: initialDraft(target, sub, plans), quote: null, quoteError: null, panelError: null, busy: false, notice: null });
      schedulePreview();
    },

    closePanel() {
      ticket++;
      stale = false;
      set({ panel: null, quote: null, quoteError: null, panelError: null, previewing: false, busy: false });
    },

    setDraft(patch) {
      set({ draft: { ...get().draft, ...patch }, panelError: null });
      schedulePreview();
    },

    async addToCart() {
      const change = currentChange();
      if (!change || get().busy) return;
      set({ busy: true, panelError: null });
      const result = await useCartStore.getState().add(change);
      if (!result.ok) {
        set({ busy: false, panelError: result.error });
        return;
      }
      get().closePanel();
      set({ notice: 'ui.subscriptions.added' });
    },
  };
};
