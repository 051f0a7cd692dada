/**
 * Subscriptions & seats: the account's billing overview, its subscriptions and support requests,
 * plus the open change panel and its live price preview (panel-slice.ts). One slice for the view.
 */
import { create } from 'zustand';
import type { AppError, OutputOf } from '../../../core/contract.ts';
import { api } from '../../app/api.ts';
import { useSessionStore } from '../../app/session-store.ts';
import type { Subscription } from './changes.ts';
import { createPanelSlice, type PanelSlice } from './panel-slice.ts';

export type Overview = OutputOf<'billing.overview'>;
export type SupportRequest = OutputOf<'support.list'>['requests'][number];

export interface DataSlice {
  overview: Overview | null;
  subscriptions: Subscription[];
  requests: SupportRequest[];
  loaded: boolean;
  error: AppError | null;
  /** A translation key for the last action's outcome (added to cart, request sent). */
  notice: string | null;
  load(): Promise<void>;
  requestDowngrade(): Promise<void>;
  dismissNotice(): void;
}

export type SubscriptionsSlice = DataSlice & PanelSlice;

export const useSubscriptionsStore = create<SubscriptionsSlice>()((set, get, store) => ({
  overview: null,
  subscriptions: [],
  requests: [],
  loaded: false,
  error: null,
  notice: null,

  async load() {
    // Support requests are billing viewers' (a licence buyer who may only add seats sends none).
    const viewsBilling = useSessionStore.getState().session?.permissions.includes('view_billing') ?? false;
    const [overview, subscriptions, requests] = await Promise.all([api()['billing.overview'](), api()['subscriptions.list'](), viewsBilling ? api()['support.list']() : null]);
    set({
      overview: overview.ok ? overview.value : null,
      subscriptions: subscriptions.ok ? subscriptions.value.subscriptions : [],
      requests: requests?.ok ? requests.value.requests : [],
      error: !overview.ok ? overview.error : !subscriptions.ok ? subscriptions.error : requests && !requests.ok ? requests.error : null,
      loaded: true,
    });
  },

  async requestDowngrade() {
    const { panel, draft } = get();
    if (!panel?.subscriptionId || !draft.planId) return;
    set({ busy: true, panelError: null });
    const result = await api()['support.requestDowngrade']({ subscriptionId: panel.subscriptionId, planId: draft.planId });
    if (!result.ok) {
      set({ busy: false, panelError: result.error });
      return;
    }
    set({ requests: [result.value, ...get().requests], notice: 'ui.subscriptions.support.sent' });
    get().closePanel();
  },

  dismissNotice: () => set({ notice: null }),

  ...createPanelSlice(set, get, store),
}));

useSessionStore.subscribe((state, previous) => {
  if (state.session?.user.id === previous.session?.user.id) return;
  useSubscriptionsStore.getState().closePanel();
  useSubscriptionsStore.setState({ overview: null, subscriptions: [], requests: [], loaded: false, error: null, notice: null });
});
