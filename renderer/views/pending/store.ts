/**
 * Pending payments (SPEC §3): after sign-in, a billing contact whose renewals failed is shown the
 * open invoices and may apply the pending charges with any card on file, or with a new card.
 */
import { create } from 'zustand';
import type { AppError, OutputOf } from '../../../core/contract.ts';
import { api } from '../../app/api.ts';
import { takeFirstScreen } from '../../app/first-screen.ts';
import { useSessionStore } from '../../app/session-store.ts';
import { useBillingInfoStore, type CardInput, type CardView } from '../billing-info/store.ts';

export type Pending = OutputOf<'payments.pending'>;

interface PendingSlice {
  pending: Pending | null;
  /** The cards on file, and the one chosen to pay (the default at first). */
  cards: CardView[];
  cardId: string | null;
  open: boolean;
  newCard: boolean;
  applying: boolean;
  error: AppError | null;
  /** What the last successful apply charged: the confirmation shown once the dialog closed. */
  paid: { amount: number; currency: string } | null;
  /** The user the pending charges were last looked up for (once per sign-in). */
  checkedFor: string | null;
  check(): Promise<void>;
  checkOnce(userId: string): Promise<void>;
  close(): void;
  setNewCard(on: boolean): void;
  choose(cardId: string): void;
  apply(): Promise<void>;
  addCardAndApply(input: CardInput): Promise<AppError | null>;
  dismissPaid(): void;
}

type Data = Pick<PendingSlice, 'pending' | 'cards' | 'cardId' | 'open' | 'newCard' | 'applying' | 'error' | 'paid' | 'checkedFor'>;
const empty = (): Data => ({ pending: null, cards: [], cardId: null, open: false, newCard: false, applying: false, error: null, paid: null, checkedFor: null });
const defaultOf = (cards: CardView[]) => cards.find((c) => c.isDefault) ?? null;

/** The account's status changed (past_due → active): the session says so everywhere. */
async function reloadSession(): Promise<void> {
  const session = await api()['auth.session']();
  if (session.ok && session.value) useSessionStore.getState().setSession(session.value);
}

export const usePendingStore = create<PendingSlice>((set, get) => ({
  ...empty(),

  async check() {
    // Just signed in, the pending payments came with the answer: the cards are read only if something is due.
    const primed = takeFirstScreen('pending');
    const [pending, cards] = primed
      ? [{ ok: true as const, value: primed }, primed.total > 0 ? await api()['cards.list']() : null]
      : await Promise.all([api()['payments.pending'](), api()['cards.list']()]);
    if (!pending.ok) return;
    const onFile = cards?.ok ? cards.value.cards : [];
    set({ pending: pending.value, cards: onFile, cardId: defaultOf(onFile)?.id ?? null, open: pending.value.total > 0, newCard: false, error: null, paid: null });
  },

  async checkOnce(userId) {
    if (get().checkedFor === userId) return;
    set({ checkedFor: userId });
    await get().check();
  },

  close: () => set({ open: false, newCard: false, error: null }),
  setNewCard: (newCard) => set({ newCard, error: null }),
  choose: (cardId) => set({ cardId, error: null }),

  async apply() {
    if (get().applying) return;
    set({ applying: true, error: null });
    const cardId = get().cardId;
    const result = await api()['payments.applyPending'](cardId ? { cardId } : {});
    if (!result.ok) {
      set({ applying: false, error: result.error });
      return;
    }
    const currency = get().pending?.invoices[0]?.currency ?? 'EUR';
    set({ applying: false, open: false, newCard: false, paid: { amount: result.value.paid, currency }, pending: { invoices: [], total: 0 } });
    await reloadSession();
  },

  async addCardAndApply(input) {
    // The new card becomes the default and pays; a card already on file is that card, not a second one.
    const added = await api()['cards.add']({ ...input, makeDefault: true });
    if (!added.ok) return added.error;
    useBillingInfoStore.setState({ cards: added.value.cards });
    set({ cards: added.value.cards, cardId: added.value.cardId, newCard: false });
    await get().apply();
    return null;
  },

  dismissPaid: () => set({ paid: null }),
}));

useSessionStore.subscribe((state, previous) => {
  if (state.session?.user.id !== previous.session?.user.id) usePendingStore.setState(empty());
});
