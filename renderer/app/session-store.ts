/** Who is signed in, the app's status, and the current view: the slice every view reads. */
import { create } from 'zustand';
import type { AppError, OutputOf } from '../../core/contract.ts';
import { api } from './api.ts';
import { syncClock } from './clock.ts';
import { setLanguage, type Language } from './i18n.ts';

export type Session = NonNullable<OutputOf<'auth.session'>>;
export type AppStatus = OutputOf<'app.status'>;
export const VIEWS = ['overview', 'my-account', 'people', 'groups', 'roles', 'products', 'queues', 'subscriptions', 'cart', 'activity', 'billing-info', 'transactions', 'invoice', 'reactivation'] as const;
export type ViewName = (typeof VIEWS)[number];

interface SessionSlice {
  phase: 'loading' | 'signed-out' | 'signed-in';
  session: Session | null;
  status: AppStatus | null;
  view: ViewName;
  /** What the view shows, when the route names it (#/invoice/<id>). */
  viewId: string | null;
  signInError: AppError | null;
  signingIn: boolean;
  boot(): Promise<void>;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  /** Re-reads the session (role, permissions, account state), as changed from another desktop. */
  refresh(): Promise<void>;
  setSession(session: Session): void;
  /** An administrator has seen the damaged data named on the banner: clear it, then re-read the status. */
  acknowledgeProblems(): Promise<AppError | null>;
  go(view: ViewName, id?: string): void;
}

function viewFromHash(): ViewName {
  const name = window.location.hash.replace(/^#\/?/, '').split('/')[0] as ViewName;
  return (VIEWS as readonly string[]).includes(name) ? name : 'overview';
}

function idFromHash(): string | null {
  const id = window.location.hash.replace(/^#\/?/, '').split('/')[1];
  return id ? decodeURIComponent(id) : null;
}

export const useSessionStore = create<SessionSlice>((set, get) => ({
  phase: 'loading',
  session: null,
  status: null,
  view: viewFromHash(),
  viewId: idFromHash(),
  signInError: null,
  signingIn: false,

  async boot() {
    const [status, session] = await Promise.all([api()['app.status'](), api()['auth.session']()]);
    if (status.ok) {
      syncClock(status.value.now);
      set({ status: status.value });
    }
    if (session.ok && session.value) get().setSession(session.value);
    else set({ phase: 'signed-out' });
  },

  async signIn(email, password) {
    set({ signingIn: true, signInError: null });
    const result = await api()['auth.signIn']({ email, password });
    if (result.ok) get().setSession(result.value);
    else set({ signInError: result.error });
    set({ signingIn: false });
  },

  async signOut() {
    await api()['auth.signOut']();
    set({ phase: 'signed-out', session: null });
  },

  async refresh() {
    const session = await api()['auth.session']();
    if (!session.ok) return;
    if (session.value) get().setSession(session.value);
    else set({ phase: 'signed-out', session: null });
  },

  async acknowledgeProblems() {
    const result = await api()['store.acknowledgeProblems']();
    const status = await api()['app.status']();
    if (status.ok) set({ status: status.value });
    return result.ok ? null : result.error;
  },

  setSession(session) {
    setLanguage(session.user.language as Language);
    set({ session, phase: 'signed-in' });
  },

  go(view, id) {
    window.location.hash = id ? `/${view}/${encodeURIComponent(id)}` : `/${view}`;
    set({ view, viewId: id ?? null });
  },
}));

window.addEventListener('hashchange', () => useSessionStore.setState({ view: viewFromHash(), viewId: idFromHash() }));
