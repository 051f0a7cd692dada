/**
 * Computes what a table will want later (each column's sort order) while the app is idle, one item
 * per idle slot, so that a header click only walks a ready order. Returns the function that stops.
 */
export function warmWhenIdle<T>(items: readonly T[], ready: (item: T) => boolean, compute: (item: T) => void): () => void {
  const pending = items.filter((item) => !ready(item));
  let handle = 0;
  const next = () => {
    const item = pending.shift();
    if (item === undefined) return;
    compute(item);
    handle = requestIdleCallback(next);
  };
  handle = requestIdleCallback(next);
  return () => cancelIdleCallback(handle);
}
