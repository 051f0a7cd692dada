/** Billing info's "Invoices" panel: the account's purchase-order number and the invoices' extra recipients. */
import { create } from 'zustand';
import type { AppError, InputOf, OutputOf } from '../../../core/contract.ts';
import { api } from '../../app/api.ts';
import { useSessionStore } from '../../app/session-store.ts';

export type InvoiceSettings = OutputOf<'account.invoiceSettings'>;
export type InvoiceSettingsInput = InputOf<'account.updateInvoiceSettings'>;

interface InvoiceSettingsSlice {
  settings: InvoiceSettings | null;
  editing: boolean;
  saving: boolean;
  error: AppError | null;
  load(): Promise<void>;
  setEditing(editing: boolean): void;
  /** Saves; true when saved (the panel then leaves editing). */
  save(input: InvoiceSettingsInput): Promise<boolean>;
}

const empty = () => ({ settings: null, editing: false, saving: false, error: null });

export const useInvoiceSettingsStore = create<InvoiceSettingsSlice>((set, get) => ({
  ...empty(),

  async load() {
    const result = await api()['account.invoiceSettings']();
    set(result.ok ? { settings: result.value } : { error: result.error });
  },

  setEditing: (editing) => set({ editing, error: null }),

  async save(input) {
    if (get().saving) return false;
    set({ saving: true, error: null });
    const result = await api()['account.updateInvoiceSettings'](input);
    if (!result.ok) {
      set({ saving: false, error: result.error });
      return false;
    }
    set({ saving: false, settings: result.value, editing: false });
    return true;
  },
}));

// Another user signing in starts from a clean slate.
useSessionStore.subscribe((state, previous) => {
  if (state.session?.user.id !== previous.session?.user.id) useInvoiceSettingsStore.setState(empty());
});
