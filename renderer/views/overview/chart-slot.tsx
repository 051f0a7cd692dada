/**
 * Where a chart goes: the sized box is there from the first paint (no layout shift), the chart fills it
 * once its chunk has loaded, in the first idle time after the figures have been painted, and — when the view opens again over
 * figures read earlier — once the view's own answer has come. recharts costs ~100 ms of script to load
 * and render (its commit is one long task); the Overview is the home after sign-in, so its numbers must
 * not wait for it, and a chart drawn over the previous visit's figures would only be drawn again.
 */
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';

const charts = () => import('./bars.tsx');
export const SeatBars = lazy(charts);
export const SpendingBars = lazy(() => charts().then((m) => ({ default: m.SpendingBars })));

/** False until a frame has been painted since `ready` turned true (the figures it brought are on screen) and the page was idle. */
function usePaintedOnceReady(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready) return;
    let idle = 0;
    // After the next frame (the figures painted), in the first idle time: the chart's long render waits
    // for what is already queued (another input, the answer of another call), at most half a second.
    const frame = requestAnimationFrame(() => (idle = requestIdleCallback(() => setPainted(true), { timeout: 500 })));
    return () => {
      cancelAnimationFrame(frame);
      cancelIdleCallback(idle);
    };
  }, [ready]);
  return painted && ready;
}

/** A box of the chart's height; its content renders once `ready` and the figures then shown were painted. */
export function ChartSlot({ height, ready, children }: { height: number; ready: boolean; children: ReactNode }) {
  const show = usePaintedOnceReady(ready);
  return (
    <div className="overview-chart" style={{ height }} aria-hidden="true">
      {show && <Suspense fallback={null}>{children}</Suspense>}
    </div>
  );
}
