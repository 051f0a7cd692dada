import { useDeferredValue, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../../app/session-store.ts';
import { warmWhenIdle } from '../../components/warm-when-idle.ts';
import { usePeopleStore, type UserRow } from './store.ts';
import { buildIndex, orderOf, SORT_COLUMNS, visibleRows, type Labels, type UserIndex } from './user-index.ts';
import { usePeopleLabels } from './use-labels.ts';

/**
 * The last index built, kept while People is closed: coming back to an unchanged list (the session's
 * list answered "unchanged") reuses it and the column orders already sorted, instead of folding every
 * name again.
 */
let kept: { users: readonly UserRow[]; language: string; index: UserIndex } | null = null;

// Someone else signing in keeps nothing of the previous list, its index included.
useSessionStore.subscribe((state, previous) => {
  if (state.session?.user.id !== previous.session?.user.id) kept = null;
});

function indexOf(users: readonly UserRow[], language: string, labels: Labels): UserIndex {
  if (kept?.users !== users || kept.language !== language) kept = { users, language, index: buildIndex(users, labels) };
  return kept.index;
}

/** The search and sort index of the list, rebuilt only when the list (or the language) changes. */
export function useUserIndex(): UserIndex {
  const users = usePeopleStore((s) => s.users);
  const { i18n } = useTranslation();
  const labels = usePeopleLabels();
  // The labels follow the language only; rebuilding on each render would defeat the index.
  const index = useMemo(() => indexOf(users, i18n.language, labels), [users, i18n.language]);
  // A later click on a header only walks a ready order (a first sort of 100k names costs more than a frame).
  useEffect(() => warmWhenIdle(SORT_COLUMNS, (c) => index.orders.has(c), (c) => orderOf(index, c)), [index]);
  return index;
}

export interface Visible {
  index: UserIndex;
  /** Positions into index.rows, in display order. */
  rows: Uint32Array;
  /** The ids of the rows shown (built on demand: "select all" and the header box need them). */
  ids: () => string[];
}

/**
 * The users the filters keep, in the chosen order. Filters and sort are deferred: the search box
 * repaints at once, and React renders the new rows when it can.
 */
export function useVisibleUsers(): Visible {
  const index = useUserIndex();
  const filters = useDeferredValue(usePeopleStore((s) => s.filters));
  const sort = useDeferredValue(usePeopleStore((s) => s.sort));
  const rows = useMemo(() => visibleRows(index, filters, sort), [index, filters, sort]);
  return useMemo(() => {
    let ids: string[] | undefined;
    return { index, rows, ids: () => (ids ??= Array.from(rows, (i) => index.rows[i]!.id)) };
  }, [index, rows]);
}
