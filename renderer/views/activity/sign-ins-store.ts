/**
 * Activity > Sign-ins: the sign-in log filtered in the core and loaded page by page as the table
 * scrolls, its export (every page), and a user's latest attempts for People's side panel.
 */
import { create } from 'zustand';
import type { AppError } from '../../../core/contract.ts';
import { api } from '../../app/api.ts';
import { useSessionStore } from '../../app/session-store.ts';
import { useActivityStore } from './store.ts';
import { emptyPaged, EXPORT_PAGE_SIZE, latest, PAGE_SIZE, present, readAllPages, type Paged } from './paged.ts';
import type { SignInOutcome, SignInReason, SignInRow } from './use-sign-in-labels.ts';

export interface SignInFilters {
  /** One user's attempts (People's "all sign-ins" link), '' for anyone. */
  userId: string;
  /** Text in the email typed or the user's name. */
  user: string;
  outcome: SignInOutcome | '';
  reason: SignInReason | '';
  /** Days (YYYY-MM-DD) in the user's time zone, both included; '' for open-ended. */
  from: string;
  to: string;
}

/** How many of a user's attempts People's side panel shows. */
export const RECENT_COUNT = 10;

interface SignInsSlice {
  filters: SignInFilters;
  /** The name of the user `filters.userId` names, for the filter's chip. */
  userName: string;
  log: Paged<SignInRow>;
  recent: { userId: string; rows: SignInRow[]; total: number } | null;
  error: AppError | null;
  load(): Promise<void>;
  setFilters(patch: Partial<SignInFilters>): void;
  clearFilters(): void;
  loadMore(): Promise<void>;
  /** Every attempt the filters match (all pages): what Export CSV writes. */
  forExport(): Promise<{ ok: true; rows: SignInRow[] } | { ok: false; error: AppError }>;
  loadRecent(userId: string): Promise<void>;
  /** Filters the log to one user and shows Activity's sign-ins tab (from People's side panel; the view then loads it). */
  showUser(userId: string, name: string): void;
}

const noFilters = (): SignInFilters => ({ userId: '', user: '', outcome: '', reason: '', from: '', to: '' });
type Data = Pick<SignInsSlice, 'filters' | 'userName' | 'log' | 'recent' | 'error'>;
const empty = (): Data => ({ filters: noFilters(), userName: '', log: emptyPaged(), recent: null, error: null });

/** The filters as the channel takes them: empty ones left out. */
function query(filters: SignInFilters) {
  const { outcome, reason, ...text } = filters;
  return { ...present(text), ...(outcome ? { outcome } : {}), ...(reason ? { reason } : {}) };
}

const requests = latest();
const recentRequests = latest();
const TYPING_PAUSE_MS = 250;
let typing: ReturnType<typeof setTimeout> | undefined;

export const useSignInsStore = create<SignInsSlice>((set, get) => {
  async function read(fresh: boolean): Promise<void> {
    const { log, filters } = get();
    if (!fresh && (log.loading || !log.next)) return;
    const ticket = fresh ? requests.next() : requests.now();
    set({ log: { ...log, loading: true } });
    const result = await api()['signIns.list']({ ...query(filters), limit: PAGE_SIZE, ...(fresh ? {} : { cursor: log.next! }) });
    if (!requests.isCurrent(ticket)) return;
    if (!result.ok) return set({ log: { ...get().log, loading: false, loaded: true }, error: result.error });
    const { entries, total, nextCursor } = result.value;
    set({ log: { rows: fresh ? entries : [...get().log.rows, ...entries], total, next: nextCursor, loading: false, loaded: true }, error: null });
  }

  return {
    ...empty(),
    load: () => read(true),
    setFilters(patch) {
      set({ filters: { ...get().filters, ...patch }, ...(patch.userId === '' ? { userName: '' } : {}) });
      clearTimeout(typing);
      if (Object.keys(patch).every((k) => k === 'user')) typing = setTimeout(() => void read(true), TYPING_PAUSE_MS);
      else void read(true);
    },
    clearFilters() {
      set({ filters: noFilters(), userName: '' });
      void read(true);
    },
    loadMore: () => read(false),
    async forExport() {
      const filters = query(get().filters);
      const all = await readAllPages(async (cursor) => {
        const result = await api()['signIns.list']({ ...filters, limit: EXPORT_PAGE_SIZE, ...(cursor ? { cursor } : {}) });
        return result.ok ? { ok: true, value: { rows: result.value.entries, nextCursor: result.value.nextCursor } } : result;
      });
      if (!all.ok) set({ error: all.error });
      return all;
    },
    async loadRecent(userId) {
      const ticket = recentRequests.next();
      if (get().recent?.userId !== userId) set({ recent: null });
      const result = await api()['signIns.list']({ userId, limit: RECENT_COUNT });
      if (!recentRequests.isCurrent(ticket)) return;
      set(result.ok ? { recent: { userId, rows: result.value.entries, total: result.value.total } } : { recent: { userId, rows: [], total: 0 }, error: result.error });
    },
    showUser(userId, name) {
      set({ filters: { ...noFilters(), userId }, userName: name, log: emptyPaged() });
      useActivityStore.setState({ tab: 'signins' });
    },
  };
});

// Another user signing in starts from a clean slate.
useSessionStore.subscribe((state, previous) => {
  if (state.session?.user.id !== previous.session?.user.id) useSignInsStore.setState(empty());
});
