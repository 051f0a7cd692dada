import { useCan } from '../../app/selectors.ts';
import { useSessionStore } from '../../app/session-store.ts';
import { useBillingInfoStore } from './store.ts';

/** self_service, offline or corporate: the billing details' word once loaded, the session's before. */
export function useBillingMode() {
  const fromSession = useSessionStore((s) => s.session?.account.billingMode ?? 'self_service');
  return useBillingInfoStore((s) => s.details?.billingMode ?? fromSession);
}

/** Editing the address and managing cards: billing rights, on a self-service account. */
export function useCanEditBilling(): boolean {
  const canBill = useCan('billing');
  return useBillingMode() === 'self_service' && canBill;
}
