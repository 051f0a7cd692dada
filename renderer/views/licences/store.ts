/**
 * The Add / Remove products dialog (one user or a selection): the products ticked, each one's features,
 * the email and queue options, and the live summary from licences.preview — debounced while the admin
 * ticks; a late answer for an older choice is dropped. One dialog at a time, so one slice.
 */
import { create } from 'zustand';
import type { AppError } from '../../../core/contract.ts';
import { api } from '../../app/api.ts';
import { useSessionStore } from '../../app/session-store.ts';
import { loadAudience } from './audience.ts';
import { initialFeatures, toInput, type Audience, type Choice, type LicencePlan, type Mode, type ProductView } from './change.ts';

export const PREVIEW_DELAY_MS = 250;

interface LicenceSlice extends Choice {
  products: ProductView[];
  audience: Audience | null;
  loaded: boolean;
  loadError: AppError | null;
  /** The product whose features are shown. */
  expanded: string | null;
  plan: LicencePlan | null;
  planError: AppError | null;
  previewing: boolean;
  busy: boolean;
  applyError: AppError | null;
  start(mode: Mode, userIds: string[]): Promise<void>;
  /** The account changed (another desktop, or back online): re-read seats and holders, keep the ticks, re-ask the summary. */
  refresh(): Promise<void>;
  toggle(productId: string): void;
  setFeature(productId: string, feature: string, on: boolean): void;
  expand(productId: string | null): void;
  setNotify(on: boolean): void;
  setAlsoRemove(on: boolean): void;
  /** Applies the change; true when it was applied (the dialog closes). */
  apply(): Promise<boolean>;
  /** The dialog closed: forget it, and drop any answer still on its way. */
  reset(): void;
}

const blank = () => ({
  mode: 'add' as Mode,
  userIds: [] as string[],
  chosen: [] as string[],
  features: {},
  notify: false,
  alsoRemoveFromQueues: false,
  products: [] as ProductView[],
  audience: null,
  loaded: false,
  loadError: null,
  expanded: null,
  plan: null,
  planError: null,
  previewing: false,
  busy: false,
  applyError: null,
});

let timer: ReturnType<typeof setTimeout> | undefined;
let ticket = 0;

export const useLicenceStore = create<LicenceSlice>((set, get) => {
  function schedulePreview(): void {
    clearTimeout(timer);
    const mine = ++ticket;
    const input = toInput(get());
    if (!input) {
      set({ plan: null, planError: null, previewing: false });
      return;
    }
    set({ previewing: true });
    timer = setTimeout(() => {
      void api()['licences.preview'](input).then((result) => {
        if (mine !== ticket) return;
        set(result.ok ? { plan: result.value, planError: null, previewing: false } : { plan: null, planError: result.error, previewing: false });
      });
    }, PREVIEW_DELAY_MS);
  }

  const update = (patch: Partial<LicenceSlice>) => {
    set({ ...patch, applyError: null });
    schedulePreview();
  };

  return {
    ...blank(),

    async start(mode, userIds) {
      clearTimeout(timer);
      const mine = ++ticket;
      set({ ...blank(), mode, userIds });
      const [products, audience] = await Promise.all([api()['products.list'](), loadAudience(userIds)]);
      if (mine !== ticket) return;
      const list = products.ok ? products.value.products : [];
      set({ products: list, audience, features: initialFeatures(list, audience), loaded: true, loadError: products.ok ? null : products.error });
    },

    async refresh() {
      const { userIds, loaded } = get();
      if (!loaded || !userIds.length) return;
      const [products, audience] = await Promise.all([api()['products.list'](), loadAudience(userIds)]);
      // Closed or reopened for other users meanwhile: this answer is not for the dialog on screen.
      if (get().userIds !== userIds) return;
      set({ ...(products.ok ? { products: products.value.products } : {}), audience, loadError: products.ok ? null : products.error });
      schedulePreview();
    },

    toggle(productId) {
      const { chosen } = get();
      update({ chosen: chosen.includes(productId) ? chosen.filter((id) => id !== productId) : [...chosen, productId] });
    },

    setFeature(productId, feature, on) {
      const { features, chosen } = get();
      // Switching a feature is choosing the product.
      update({
        features: { ...features, [productId]: { ...features[productId], [feature]: on } },
        chosen: chosen.includes(productId) ? chosen : [...chosen, productId],
      });
    },

    expand(productId) {
      set({ expanded: get().expanded === productId ? null : productId });
    },

    setNotify: (on) => update({ notify: on }),
    setAlsoRemove: (on) => update({ alsoRemoveFromQueues: on }),

    reset() {
      clearTimeout(timer);
      ticket++;
      set(blank());
    },

    async apply() {
      const input = toInput(get());
      if (!input || get().busy) return false;
      clearTimeout(timer);
      ticket++;
      set({ busy: true, applyError: null, previewing: false });
      const result = await api()['licences.apply'](input);
      if (result.ok) {
        set({ busy: false, plan: result.value });
        return true;
      }
      set({ busy: false, applyError: result.error });
      schedulePreview();
      return false;
    },
  };
});

// Another user signing in starts from a clean slate.
useSessionStore.subscribe((state, previous) => {
  if (state.session?.user.id !== previous.session?.user.id) useLicenceStore.setState(blank());
});
