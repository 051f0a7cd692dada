import type { AppError } from '../../../core/contract.ts';

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

/** The largest page the core serves (core/schemas/activity.ts): an export reads in as few calls as it can. */
export const EXPORT_PAGE_SIZE = 500;

type PageResult<T> = { ok: true; value: { rows: T[]; nextCursor: string | null } } | { ok: false; error: AppError };

/**
 * Every row the filters match, page after page from the first (not only those loaded on screen): what
 * an export writes. Stops at the first refusal.
 */
export async function readAllPages<T>(page: (cursor: string | undefined) => Promise<PageResult<T>>): Promise<{ ok: true; rows: T[] } | { ok: false; error: AppError }> {
  const rows: T[] = [];
  let cursor: string | undefined;
  for (;;) {
    const result = await page(cursor);
    if (!result.ok) return result;
    rows.push(...result.value.rows);
    if (result.value.nextCursor === null || result.value.rows.length === 0) return { ok: true, rows };
    cursor = result.value.nextCursor;
  }
}
