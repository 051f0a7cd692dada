/**
 * One invoice or credit note, as issued (an issued document never changes), with the plan names its
 * lines refer to; Print and Save as PDF go through the host, or the browser's print dialog.
 */
import { create } from 'zustand';
import type { AppError, OutputOf } from '../../../core/contract.ts';
import { api } from '../../app/api.ts';
import { printDocument, saveDocumentAsPdf, saveEInvoice } from '../../app/print.ts';
import { useSessionStore } from '../../app/session-store.ts';

export type Invoice = OutputOf<'invoices.get'>;
export type InvoiceLine = Invoice['lines'][number];

interface InvoiceSlice {
  invoice: Invoice | null;
  /** Plan id → plan name, from the catalog the core serves (plans and add-ons). */
  planNames: Record<string, string>;
  loading: boolean;
  error: AppError | null;
  savedTo: string | null;
  /** Where Save e-invoice wrote the Factur-X PDF (desktop only). */
  eInvoiceSavedTo: string | null;
  load(id: string): Promise<void>;
  print(): Promise<void>;
  savePdf(): Promise<void>;
  saveEInvoice(): Promise<void>;
}

type Data = Pick<InvoiceSlice, 'invoice' | 'planNames' | 'loading' | 'error' | 'savedTo' | 'eInvoiceSavedTo'>;
const empty = (): Data => ({ invoice: null, planNames: {}, loading: false, error: null, savedTo: null, eInvoiceSavedTo: null });

function planNamesOf(overview: OutputOf<'billing.overview'> | null, subscriptions: OutputOf<'subscriptions.list'>['subscriptions']): Record<string, string> {
  const names: Record<string, string> = {};
  for (const product of overview?.products ?? []) for (const plan of product.plans) names[plan.planId] = plan.name;
  for (const sub of subscriptions) for (const plan of [...sub.plans, ...sub.addOnPlans]) names[plan.planId] = plan.name;
  return names;
}

export const useInvoiceStore = create<InvoiceSlice>((set, get) => ({
  ...empty(),

  async load(id) {
    set({ loading: true, error: null, savedTo: null, eInvoiceSavedTo: null, ...(get().invoice?.id === id ? {} : { invoice: null }) });
    const [invoice, overview, subscriptions] = await Promise.all([api()['invoices.get']({ id }), api()['billing.overview'](), api()['subscriptions.list']()]);
    set({
      invoice: invoice.ok ? invoice.value : null,
      error: invoice.ok ? null : invoice.error,
      planNames: planNamesOf(overview.ok ? overview.value : null, subscriptions.ok ? subscriptions.value.subscriptions : []),
      loading: false,
    });
  },

  print: () => printDocument(),

  async savePdf() {
    const invoice = get().invoice;
    if (!invoice) return;
    const result = await saveDocumentAsPdf(`${invoice.number}.pdf`);
    set({ savedTo: result?.saved && result.path ? result.path : null });
  },

  async saveEInvoice() {
    const invoice = get().invoice;
    if (!invoice) return;
    const result = await saveEInvoice(invoice.id, invoice.number);
    if (result && 'code' in result) set({ error: result, eInvoiceSavedTo: null });
    else set({ eInvoiceSavedTo: result?.saved && result.path ? result.path : null });
  },
}));

// Another user signing in starts from a clean slate.
useSessionStore.subscribe((state, previous) => {
  if (state.session?.user.id !== previous.session?.user.id) useInvoiceStore.setState(empty());
});
