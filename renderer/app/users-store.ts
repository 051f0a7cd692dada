/**
 * Every user of the account, as users.list answers it, kept for the session: People, the palette,
 * the groups' and queues' Add members dialogs and the licences dialog read it from here. Each read
 * sends the revision held, and the core answers "unchanged" (a few bytes) while the users, the
 * custom roles and the groups are as they were, or the whole list when anything in them changed —
 * a command of ours, or another desktop's on a shared account. Filled when the app is idle after
 * sign-in, for those who may manage users; emptied when someone else signs in.
 */
import { create } from 'zustand';
import type { AppError, OutputOf } from '../../core/contract.ts';
import { api } from './api.ts';
import { useSessionStore } from './session-store.ts';

type Listed = Extract<OutputOf<'users.list'>, { users: unknown }>;
export type UserRow = Listed['users'][number];
export type UsersRead = { ok: true; users: UserRow[] } | { ok: false; error: AppError };

interface UsersSlice {
  /** The list as last answered, and its revision (null: not read yet this session). */
  users: UserRow[];
  revision: string | null;
  /** The list as the core has it now: the one held when unchanged, else the new one. */
  read(): Promise<UsersRead>;
}

const empty = () => ({ users: [] as UserRow[], revision: null as string | null });

/** One read at a time: callers arriving while one is in flight share its answer. */
let inFlight: Promise<UsersRead> | null = null;
/** Bumped when the session changes: an answer for the previous session is not kept. */
let generation = 0;

export const useUsersStore = create<UsersSlice>((set, get) => ({
  ...empty(),

  read() {
    if (inFlight) return inFlight;
    const mine = generation;
    const reading = (async (): Promise<UsersRead> => {
      const since = get().revision;
      const result = await api()['users.list'](since === null ? undefined : { since });
      if (!result.ok) return result;
      const answered = result.value;
      if (mine !== generation) return { ok: true, users: 'users' in answered ? answered.users : [] };
      if ('users' in answered) set({ users: answered.users, revision: answered.revision || null });
      return { ok: true, users: get().users };
    })();
    inFlight = reading;
    const done = () => {
      if (inFlight === reading) inFlight = null;
    };
    reading.then(done, done);
    return reading;
  },
}));

/** After sign-in the first view loads first; the list waits this long, then for an idle moment. */
const FILL_AFTER_MS = 2000;
let timer: ReturnType<typeof setTimeout> | undefined;
let idle = 0;

function cancelFill(): void {
  clearTimeout(timer);
  if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
}

/** Reads the list when the browser is idle, a moment after sign-in, so that opening People or the palette finds it. */
function fillWhenIdle(): void {
  if (typeof requestIdleCallback !== 'function') return;
  cancelFill();
  timer = setTimeout(() => {
    idle = requestIdleCallback(() => void useUsersStore.getState().read(), { timeout: 5000 });
  }, FILL_AFTER_MS);
}

// Another user signing in starts from a clean slate; one who may manage users gets the list when idle.
// Someone who no longer may (their role changed meanwhile) keeps no copy of it either.
useSessionStore.subscribe((state, previous) => {
  const may = !!state.session?.permissions.includes('manage_users');
  if (state.session?.user.id === previous.session?.user.id && (may || useUsersStore.getState().revision === null)) return;
  generation++;
  inFlight = null;
  cancelFill();
  useUsersStore.setState(empty());
  if (may) fillWhenIdle();
});
