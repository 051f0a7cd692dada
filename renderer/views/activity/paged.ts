/** A list read page by page from the core, newest first: what is loaded so far and where to go on. */
export interface Paged<T> {
  rows: T[];
  /** How many match the filters in all (loaded or not). */
  total: number;
  /** The cursor of the next page; null when every match is loaded. */
  next: string | null;
  loading: boolean;
  loaded: boolean;
}

export const PAGE_SIZE = 200;

export const emptyPaged = <T>(): Paged<T> => ({ rows: [], total: 0, next: null, loading: false, loaded: false });

/** The filters as the core takes them: empty fields left out. */
export function present<T extends object>(filters: T): Partial<T> {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== '')) as Partial<T>;
}

/** Drops answers to requests that newer ones replaced (filters changed while a page was on its way). */
export function latest() {
  let current = 0;
  return {
    /** A new request that replaces every earlier one. */
    next: () => ++current,
    /** The request in force now (a further page keeps it). */
    now: () => current,
    isCurrent: (ticket: number) => ticket === current,
  };
}
