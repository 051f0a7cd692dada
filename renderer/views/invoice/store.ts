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
  /** A route named a document number this account has no document for (a link from elsewhere). */
  missing: string | null;
  savedTo: string | null;
  /** Where Save e-invoice wrote the Factur-X PDF (desktop only). */
  eInvoiceSavedTo: string | null;
  /** By its internal id, or by its number (`INV-2027-000012`: a link's route), looked up in the list. */
  load(idOrNumber: string): Promise<void>;
  print(): Promise<void>;
  savePdf(): Promise<void>;
  saveEInvoice(): Promise<void>;
}

type Data = Pick<InvoiceSlice, 'invoice' | 'planNames' | 'loading' | 'error' | 'missing' | 'savedTo' | 'eInvoiceSavedTo'>;
const empty = (): Data => ({ invoice: null, planNames: {}, loading: false, error: null, missing: null, savedTo: null, eInvoiceSavedTo: null });

/** The invoice this reference names: its internal id, or its number. */
export const isInvoiceRef = (invoice: { id: string; number: string } | null, ref: string | null) => invoice !== null && ref !== null && (invoice.id === ref || invoice.number === ref);

/** A document's number as routes carry it (the contract's route schema checks the same form). */
const DOCUMENT_NUMBER = /^(INV|CN)-\d{4}-\d{6}$/;

/** The internal id of the document a route names by number; null when the account has none. */
async function idOf(ref: string): Promise<{ id: string | null; error: AppError | null }> {
  if (!DOCUMENT_NUMBER.test(ref)) return { id: ref, error: null };
  const list = await api()['invoices.list']();
  if (!list.ok) return { id: null, error: list.error };
  const invoices = 'invoices' in list.value ? list.value.invoices : [];
  return { id: invoices.find((i) => i.number === ref)?.id ?? null, error: null };
}

function planNamesOf(overview: OutputOf<'billing.overview'> | null, subscriptions: OutputOf<'subscriptions.list'>['subscriptions']): Record<string, string> {
  const names: Record<string, string> = {};
  for (const product of overview?.products ?? []) for (const plan of product.plans) names[plan.planId] = plan.name;
  for (const sub of subscriptions) for (const plan of [...sub.plans, ...sub.addOnPlans]) names[plan.planId] = plan.name;
  return names;
}

export const useInvoiceStore = create<InvoiceSlice>((set, get) => ({
  ...empty(),

  async load(ref) {
    set({ loading: true, error: null, missing: null, savedTo: null, eInvoiceSavedTo: null, ...(isInvoiceRef(get().invoice, ref) ? {} : { invoice: null }) });
    const { id, error } = await idOf(ref);
    if (!id) return set({ loading: false, error, missing: error ? null : ref });
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
