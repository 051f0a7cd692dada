/**
 * Billing information: the account's billing details (address, VAT number, tax treatment) and the
 * cards on file. The card form's number and security code never enter this slice: they go straight
 * from the form to the core, and the form is cleared after each attempt.
 */
import { create } from 'zustand';
import type { AppError, InputOf, OutputOf } from '../../../core/contract.ts';
import { api } from '../../app/api.ts';
import { cardBrand } from '../../app/format.ts';
import { useSessionStore } from '../../app/session-store.ts';

export type BillingDetails = OutputOf<'account.billing'>;
export type CardView = OutputOf<'cards.list'>['cards'][number];
export type CardInput = InputOf<'cards.add'>;
export type AddressFormat = OutputOf<'account.addressFormat'>;
export type CardEdit = Omit<InputOf<'cards.update'>, 'id'>;
export type TaxChange = Extract<OutputOf<'account.updateBilling'>, { outcome: 'needs_confirmation' }>['changes'][number];
/** What saving the billing details did: saved, refused, or waits for the admin to confirm the tax changes. */
export type SaveOutcome = { kind: 'saved' } | { kind: 'error'; error: AppError } | { kind: 'confirm'; changes: TaxChange[] };
export interface Notice {
  key: string;
  params?: Record<string, string>;
}

interface BillingInfoSlice {
  details: BillingDetails | null;
  cards: CardView[];
  loaded: boolean;
  error: AppError | null;
  notice: Notice | null;
  editing: boolean;
  adding: boolean;
  /** Why Make default or Remove did not work. */
  cardError: AppError | null;
  /** Which address fields each country has (from the core), by country code. */
  formats: Record<string, AddressFormat>;
  loadFormat(country: string): Promise<void>;
  load(): Promise<void>;
  setEditing(editing: boolean): void;
  setAdding(adding: boolean): void;
  saveBilling(input: InputOf<'account.updateBilling'>): Promise<SaveOutcome>;
  addCard(input: CardInput): Promise<AppError | null>;
  updateCard(card: CardView, edit: CardEdit): Promise<AppError | null>;
  setDefault(card: CardView): Promise<void>;
  removeCard(card: CardView): Promise<void>;
  /** Cancels the account (SPEC §3); the core signs the user out, and so does the app. */
  cancelAccount(input: InputOf<'account.cancel'>): Promise<AppError | null>;
}

type Data = Pick<BillingInfoSlice, 'details' | 'cards' | 'loaded' | 'error' | 'notice' | 'editing' | 'adding' | 'cardError' | 'formats'>;
const empty = (): Data => ({ details: null, cards: [], loaded: false, error: null, notice: null, editing: false, adding: false, cardError: null, formats: {} });
const cardName = (card: CardView) => ({ brand: cardBrand(card.brand), last4: card.last4 });

export const useBillingInfoStore = create<BillingInfoSlice>((set, get) => ({
  ...empty(),

  async loadFormat(country) {
    if (!/^[A-Z]{2}$/.test(country) || get().formats[country]) return;
    const result = await api()['account.addressFormat']({ country });
    if (result.ok) set((s) => ({ formats: { ...s.formats, [country]: result.value } }));
  },

  async load() {
    const [details, cards] = await Promise.all([api()['account.billing'](), api()['cards.list']()]);
    set({
      details: details.ok ? details.value : null,
      cards: cards.ok ? cards.value.cards : [],
      error: !details.ok ? details.error : !cards.ok ? cards.error : null,
      loaded: true,
    });
  },

  setEditing: (editing) => set({ editing, notice: null }),
  setAdding: (adding) => set({ adding, notice: null, cardError: null }),

  async saveBilling(input) {
    const result = await api()['account.updateBilling'](input);
    if (!result.ok) return { kind: 'error', error: result.error };
    if (result.value.outcome === 'needs_confirmation') return { kind: 'confirm', changes: result.value.changes };
    set({ details: result.value.details, editing: false, notice: { key: 'ui.billingInfo.saved' } });
    return { kind: 'saved' };
  },

  async addCard(input) {
    const result = await api()['cards.add'](input);
    if (!result.ok) return result.error;
    const card = result.value.cards.find((c) => c.id === result.value.cardId);
    const key = result.value.alreadyOnFile ? 'ui.cards.alreadyOnFile' : 'ui.cards.added';
    set({ cards: result.value.cards, adding: false, notice: card ? { key, params: cardName(card) } : null });
    return null;
  },

  async updateCard(card, edit) {
    const result = await api()['cards.update']({ id: card.id, ...edit });
    if (!result.ok) return result.error;
    set({ cards: result.value.cards, cardError: null, notice: { key: 'ui.cards.updated', params: cardName(card) } });
    return null;
  },

  async setDefault(card) {
    const result = await api()['cards.setDefault']({ id: card.id });
    set(result.ok ? { cards: result.value.cards, cardError: null, notice: { key: 'ui.cards.defaultSet', params: cardName(card) } } : { cardError: result.error });
  },

  async removeCard(card) {
    const result = await api()['cards.remove']({ id: card.id });
    set(result.ok ? { cards: result.value.cards, cardError: null, notice: { key: 'ui.cards.removed', params: cardName(card) } } : { cardError: result.error });
  },

  async cancelAccount(input) {
    const result = await api()['account.cancel'](input);
    if (!result.ok) return result.error;
    useSessionStore.setState({ phase: 'signed-out', session: null });
    return null;
  },
}));

// Another user signing in starts from a clean slate.
useSessionStore.subscribe((state, previous) => {
  if (state.session?.user.id !== previous.session?.user.id) useBillingInfoStore.setState(empty());
});
