/**
 * Where a chart goes: the sized box is there from the first paint (no layout shift), the chart fills it
 * once its chunk has loaded and after the figures have been painted. recharts costs ~100 ms of script to
 * load and render at first; the Overview is the home after sign-in, so its numbers must not wait for it.
 */
import { lazy, Suspense, useDeferredValue, type ReactNode } from 'react';

const charts = () => import('./bars.tsx');
export const SeatBars = lazy(charts);
export const SpendingBars = lazy(() => charts().then((m) => ({ default: m.SpendingBars })));

/** A box of the chart's height; its content renders in a later (interruptible) pass than the figures. */
export function ChartSlot({ height, children }: { height: number; children: ReactNode }) {
  // First render: the empty box; then a background render fills it (React's deferred value).
  const ready = useDeferredValue(true, false);
  return (
    <div className="overview-chart" style={{ height }} aria-hidden="true">
      {ready && <Suspense fallback={null}>{children}</Suspense>}
    </div>
  );
}
