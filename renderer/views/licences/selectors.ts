import { offeredProducts } from './change.ts';
import { useLicenceStore } from './store.ts';

/** Confirm is offered once the summary for the current ticks is in and nothing blocks it. */
export const useCanApply = () =>
  useLicenceStore((s) => s.chosen.length > 0 && !!s.plan && !s.previewing && !s.busy && !s.planError && s.plan.blockers.length === 0);

/** The products the dialog lists (Add: all; Remove: those the users hold). */
export const useOfferedProducts = () => {
  const products = useLicenceStore((s) => s.products);
  const mode = useLicenceStore((s) => s.mode);
  const audience = useLicenceStore((s) => s.audience);
  return offeredProducts(products, mode, audience);
};
