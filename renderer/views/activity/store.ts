/**
 * Activity: the audit log and the outbox, each filtered in the core and loaded page by page as the
 * table scrolls, the audit entry whose details are open, and the email being read. (The sign-ins tab
 * has its own slice: sign-ins-store.ts.)
 */
import { create } from 'zustand';
import type { AppError, OutputOf } from '../../../core/contract.ts';
import { api } from '../../app/api.ts';
import { useSessionStore } from '../../app/session-store.ts';
import { emptyPaged, EXPORT_PAGE_SIZE, latest, PAGE_SIZE, present, readAllPages, type Paged } from './paged.ts';

export type AuditRow = OutputOf<'audit.list'>['entries'][number];
export type EmailRow = OutputOf<'outbox.list'>['emails'][number];
export type AuditFacets = OutputOf<'audit.facets'>;

export interface AuditFilters {
  /** A user id, "system", or '' for anyone. */
  actorId: string;
  kind: string;
  /** Text in the target's name, email or number. */
  target: string;
  /** Days (YYYY-MM-DD) in the user's time zone, both included; '' for open-ended. */
  from: string;
  to: string;
}

export interface OutboxFilters {
  recipient: string;
  template: string;
}

interface ActivitySlice {
  tab: 'audit' | 'signins' | 'outbox';
  auditFilters: AuditFilters;
  audit: Paged<AuditRow>;
  facets: AuditFacets | null;
  openEntryId: string | null;
  outboxFilters: OutboxFilters;
  outbox: Paged<EmailRow> & { templates: string[] };
  openEmailId: string | null;
  error: AppError | null;
  setTab(tab: ActivitySlice['tab']): void;
  load(): Promise<void>;
  setAuditFilters(patch: Partial<AuditFilters>): void;
  clearAuditFilters(): void;
  loadMoreAudit(): Promise<void>;
  /** Every entry the filters match (all pages, not only those loaded): what Export CSV writes. */
  auditForExport(): Promise<{ ok: true; rows: AuditRow[] } | { ok: false; error: AppError }>;
  openEntry(id: string | null): void;
  setOutboxFilters(patch: Partial<OutboxFilters>): void;
  clearOutboxFilters(): void;
  loadMoreOutbox(): Promise<void>;
  openEmail(id: string | null): void;
}

const noAuditFilters = (): AuditFilters => ({ actorId: '', kind: '', target: '', from: '', to: '' });
const noOutboxFilters = (): OutboxFilters => ({ recipient: '', template: '' });
type Data = Pick<ActivitySlice, 'tab' | 'auditFilters' | 'audit' | 'facets' | 'openEntryId' | 'outboxFilters' | 'outbox' | 'openEmailId' | 'error'>;
const empty = (): Data => ({
  tab: 'audit',
  auditFilters: noAuditFilters(),
  audit: emptyPaged(),
  facets: null,
  openEntryId: null,
  outboxFilters: noOutboxFilters(),
  outbox: { ...emptyPaged(), templates: [] },
  openEmailId: null,
  error: null,
});

const auditRequests = latest();
const outboxRequests = latest();
/** Typing in a search box reloads once the typing pauses. */
const TYPING_PAUSE_MS = 250;
function typingPause(): (run: () => void) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (run) => {
    clearTimeout(timer);
    timer = setTimeout(run, TYPING_PAUSE_MS);
  };
}
const auditTyping = typingPause();
const outboxTyping = typingPause();

export const useActivityStore = create<ActivitySlice>((set, get) => {
  /** The first page for the filters (fresh = replace the list), or the page after the loaded rows. */
  async function readAudit(fresh: boolean): Promise<void> {
    const { audit, auditFilters } = get();
    if (!fresh && (audit.loading || !audit.next)) return;
    const ticket = fresh ? auditRequests.next() : auditRequests.now();
    set({ audit: { ...audit, loading: true } });
    const result = await api()['audit.list']({ ...present(auditFilters), limit: PAGE_SIZE, ...(fresh ? {} : { cursor: audit.next! }) });
    if (!auditRequests.isCurrent(ticket)) return;
    if (!result.ok) return set({ audit: { ...get().audit, loading: false, loaded: true }, error: result.error });
    const { entries, total, nextCursor } = result.value;
    set({ audit: { rows: fresh ? entries : [...get().audit.rows, ...entries], total, next: nextCursor, loading: false, loaded: true }, error: null });
  }

  async function readOutbox(fresh: boolean): Promise<void> {
    const { outbox, outboxFilters } = get();
    if (!fresh && (outbox.loading || !outbox.next)) return;
    const ticket = fresh ? outboxRequests.next() : outboxRequests.now();
    set({ outbox: { ...outbox, loading: true } });
    const result = await api()['outbox.list']({ ...present(outboxFilters), limit: PAGE_SIZE, ...(fresh ? {} : { cursor: outbox.next! }) });
    if (!outboxRequests.isCurrent(ticket)) return;
    if (!result.ok) return set({ outbox: { ...get().outbox, loading: false, loaded: true }, error: result.error });
    const { emails, total, nextCursor, templates } = result.value;
    set({ outbox: { rows: fresh ? emails : [...get().outbox.rows, ...emails], total, next: nextCursor, loading: false, loaded: true, templates }, error: null });
  }

  async function readFacets(): Promise<void> {
    const result = await api()['audit.facets']();
    set(result.ok ? { facets: result.value } : { error: result.error });
  }

  return {
    ...empty(),
    /** Each tab shows what is recorded now: switching to it reads its first page again. */
    setTab(tab) {
      set({ tab });
      if (tab === 'audit') void Promise.all([readFacets(), readAudit(true)]);
      if (tab === 'outbox') void readOutbox(true);
    },

    /** The open tab's first page (the others read theirs when opened: setTab), not every tab's. */
    async load() {
      const { tab } = get();
      if (tab === 'audit') await Promise.all([readFacets(), readAudit(true)]);
      if (tab === 'outbox') await readOutbox(true);
    },

    setAuditFilters(patch) {
      set({ auditFilters: { ...get().auditFilters, ...patch }, openEntryId: null });
      if (Object.keys(patch).every((k) => k === 'target')) auditTyping(() => void readAudit(true));
      else void readAudit(true);
    },
    clearAuditFilters() {
      set({ auditFilters: noAuditFilters(), openEntryId: null });
      void readAudit(true);
    },
    loadMoreAudit: () => readAudit(false),
    async auditForExport() {
      const filters = present(get().auditFilters);
      const all = await readAllPages(async (cursor) => {
        const result = await api()['audit.list']({ ...filters, limit: EXPORT_PAGE_SIZE, ...(cursor ? { cursor } : {}) });
        return result.ok ? { ok: true, value: { rows: result.value.entries, nextCursor: result.value.nextCursor } } : result;
      });
      if (!all.ok) set({ error: all.error });
      return all;
    },
    openEntry: (openEntryId) => set({ openEntryId }),

    setOutboxFilters(patch) {
      set({ outboxFilters: { ...get().outboxFilters, ...patch } });
      if (Object.keys(patch).every((k) => k === 'recipient')) outboxTyping(() => void readOutbox(true));
      else void readOutbox(true);
    },
    clearOutboxFilters() {
      set({ outboxFilters: noOutboxFilters(), openEmailId: null });
      void readOutbox(true);
    },
    loadMoreOutbox: () => readOutbox(false),
    openEmail: (openEmailId) => set({ openEmailId }),
  };
});

// Another user signing in starts from a clean slate.
useSessionStore.subscribe((state, previous) => {
  if (state.session?.user.id !== previous.session?.user.id) useActivityStore.setState(empty());
});
