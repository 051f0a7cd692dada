/**
 * What the palette's actions do beyond opening a view: each reuses the owning view's store action
 * (People's dialogs and selection, the licence dialog's ticks, the invoice's print, My Account's edit).
 */
import { useSessionStore } from '../../app/session-store.ts';
import { useInvoiceStore } from '../../views/invoice/store.ts';
import { useLicenceStore } from '../../views/licences/store.ts';
import { useMyAccountStore } from '../../views/my-account/store.ts';
import { usePeopleStore, type Dialog } from '../../views/people/store.ts';

const go = useSessionStore.getState().go;

/** People, with this user selected (their details in the side panel). */
export function openUser(userId: string): void {
  go('people');
  usePeopleStore.getState().select(userId);
}

/** People, with one of its dialogs open. */
export function openPeopleDialog(dialog: Dialog): void {
  go('people');
  usePeopleStore.getState().open(dialog);
}

/** People > the user's "Add products" dialog, with the product already ticked once the dialog has loaded. */
export function assignProduct(productId: string, userId: string): void {
  openUser(userId);
  openPeopleDialog({ kind: 'licences', mode: 'add', userIds: [userId] });
  const tick = (s: ReturnType<typeof useLicenceStore.getState>) => {
    if (!s.loaded || s.mode !== 'add' || s.userIds.join() !== userId) return false;
    if (s.products.some((p) => p.productId === productId) && !s.chosen.includes(productId)) s.toggle(productId);
    return true;
  };
  if (tick(useLicenceStore.getState())) return;
  const stop = useLicenceStore.subscribe((s) => {
    if (tick(s)) stop();
  });
  // A dialog closed before loading never ticks: stop listening when it is gone.
  const closed = usePeopleStore.subscribe((s) => {
    if (s.dialog?.kind !== 'licences') {
      stop();
      closed();
    }
  });
}

/** The invoice, then (once it is on screen) the print dialog. */
export function printInvoice(id: string): void {
  go('invoice', id);
  const ready = (s: ReturnType<typeof useInvoiceStore.getState>) => s.invoice?.id === id && !s.loading;
  if (ready(useInvoiceStore.getState())) return void requestAnimationFrame(() => void useInvoiceStore.getState().print());
  const stop = useInvoiceStore.subscribe((s) => {
    if (!ready(s) && !s.error) return;
    stop();
    // The view renders the loaded invoice first; print what is on screen.
    if (ready(s)) requestAnimationFrame(() => void s.print());
  });
}

/** My Account, with the personal details (where the language is) open for editing. */
export function changeLanguage(): void {
  go('my-account');
  useMyAccountStore.getState().setEditing('personal');
}
