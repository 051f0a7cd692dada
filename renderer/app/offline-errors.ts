/**
 * Back online, no form or panel keeps saying "offline": every slice that holds errors is listed here
 * (a unit test checks none is missing), and its offline errors are cleared when the connection returns.
 * Previews re-run on their own as the account's version moves (the live updates reload).
 */
import { useActivityStore } from '../views/activity/store.ts';
import { useSignInsStore } from '../views/activity/sign-ins-store.ts';
import { useTwoStepStore } from '../views/my-account/two-step-store.ts';
import { useViewsStore } from '../views/people/views-store.ts';
import { useRefundStore } from '../views/billing-info/refund-store.ts';
import { useBillingInfoStore } from '../views/billing-info/store.ts';
import { useInvoiceSettingsStore } from '../views/billing-info/invoice-settings-store.ts';
import { useCartStore } from '../views/cart/store.ts';
import { useImportStore } from '../views/imports/store.ts';
import { useInvoiceStore } from '../views/invoice/store.ts';
import { useLicenceStore } from '../views/licences/store.ts';
import { useMyAccountStore } from '../views/my-account/store.ts';
import { useOverviewStore } from '../views/overview/store.ts';
import { usePendingStore } from '../views/pending/store.ts';
import { usePeopleStore } from '../views/people/store.ts';
import { useProductsStore } from '../views/products/store.ts';
import { useQueuesStore } from '../views/queues/store.ts';
import { useGroupsStore } from '../views/groups/store.ts';
import { useReactivationStore } from '../views/reactivation/store.ts';
import { useRolesStore } from '../views/roles/store.ts';
import { useSubscriptionsStore } from '../views/subscriptions/store.ts';
import { useTransactionsStore } from '../views/transactions/store.ts';
import { useEInvoicesStore } from '../views/transactions/einvoices-store.ts';
import { usePaletteStore } from '../components/palette/store.ts';
import { useNotificationsStore } from './notifications/store.ts';
import { dropOfflineErrors, onBackOnline, useLive } from './live-updates.ts';
import { useSessionStore } from './session-store.ts';
import { useUsersStore } from './users-store.ts';

export const SLICES_WITH_ERRORS = {
  useActivityStore,
  useSignInsStore,
  useTwoStepStore,
  useViewsStore,
  useRefundStore,
  useBillingInfoStore,
  useInvoiceSettingsStore,
  useCartStore,
  useImportStore,
  useInvoiceStore,
  useLicenceStore,
  useMyAccountStore,
  useOverviewStore,
  usePendingStore,
  usePeopleStore,
  useProductsStore,
  useQueuesStore,
  useGroupsStore,
  useReactivationStore,
  useRolesStore,
  useSubscriptionsStore,
  useTransactionsStore,
  useEInvoicesStore,
  usePaletteStore,
  useNotificationsStore,
  useSessionStore,
  useUsersStore,
  useLive,
};

/** Called once by the shell; returns the function that stops. */
export function clearOfflineErrorsWhenBack(): () => void {
  return onBackOnline(() => Object.values(SLICES_WITH_ERRORS).forEach((slice) => dropOfflineErrors(slice as never)));
}
