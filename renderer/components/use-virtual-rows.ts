import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';

const ROW_HEIGHT = 41;

/**
 * Rows of a virtualized <table>: which to render, and the spacer heights above and below them (a
 * table can't hold absolutely placed rows, so spacer rows keep the scroll height right).
 */
export function useVirtualRows(count: number, overscan = 10, rowHeight = ROW_HEIGHT) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scrollRef.current, estimateSize: () => rowHeight, overscan });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  return { scrollRef, items, padTop, padBottom };
}
