import { useEffect } from 'react';

/** How close to the last loaded row the next page is asked for. */
const AHEAD = 40;

/** Asks for the next page once the rows drawn reach near the end of those loaded (infinite scrolling). */
export function useLoadMore(lastDrawn: number, loaded: number, hasMore: boolean, loadMore: () => unknown): void {
  const near = hasMore && lastDrawn >= loaded - AHEAD;
  useEffect(() => {
    if (near) void loadMore();
  }, [near, loaded, loadMore]);
}
