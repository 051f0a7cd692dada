/** Who is signed in, the app's status, and the current view: the slice every view reads. */
import { create } from 'zustand';
import type { AppError, InputOf, OutputOf } from '../../core/contract.ts';
import { api, onSignedOut } from './api.ts';
import { syncClock } from './clock.ts';
import { dropFirstScreen, keepFirstScreen } from './first-screen.ts';
import { setLanguage, type Language } from './i18n.ts';
import { toastQueue } from './toasts.ts';

export type Session = NonNullable<OutputOf<'auth.session'>>;
export type AppStatus = OutputOf<'app.status'>;
export const VIEWS = ['overview', 'my-account', 'people', 'groups', 'roles', 'products', 'queues', 'subscriptions', 'cart', 'activity', 'billing-info', 'transactions', 'invoice', 'reactivation'] as const;
export type ViewName = (typeof VIEWS)[number];

interface SessionSlice {
  phase: 'loading' | 'signed-out' | 'signed-in';
  session: Session | null;
  status: AppStatus | null;
  view: ViewName;
  /** What the view shows, when the route names it (#/invoice/<number>, #/people/<email>). */
  viewId: string | null;
  /** Counts navigations: a view opening the item a route names does so again when the same link is followed again. */
  visit: number;
  signInError: AppError | null;
  signingIn: boolean;
  /** The password was right and the user is enrolled in two-step sign-in: the challenge the second step answers. */
  secondStep: { challenge: string } | null;
  /** The second step: a code from the app or a recovery code; signed in, or the error to show on its form. */
  completeSecondStep(code: string, kind: 'code' | 'recovery'): Promise<AppError | null>;
  /** Back from the second step to the password. */
  cancelSecondStep(): void;
  boot(): Promise<void>;
  signIn(email: string, password: string): Promise<void>;
  /** A one-time code's sign-in (an invitation's or a reset's): signed in, or the error to show on the form. */
  signInWithCode(channel: 'auth.acceptInvitation' | 'auth.resetPassword', input: InputOf<'auth.acceptInvitation'>): Promise<AppError | null>;
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

/** The item the hash names (an invoice's number, a user's email…); a malformed escape names none (the URL is anyone's to type). */
function idFromHash(): string | null {
  const id = window.location.hash.replace(/^#\/?/, '').split('/')[1];
  if (!id) return null;
  try {
    return decodeURIComponent(id);
  } catch {
    return null;
  }
}

export const useSessionStore = create<SessionSlice>((set, get) => ({
  phase: 'loading',
  session: null,
  status: null,
  view: viewFromHash(),
  viewId: idFromHash(),
  visit: 0,
  signInError: null,
  signingIn: false,
  secondStep: null,

  async boot() {
    const [status, session] = await Promise.all([api()['app.status'](), api()['auth.session']()]);
    if (status.ok) {
      syncClock(status.value.now);
      set({ status: status.value });
    }
    if (session.ok && session.value) get().setSession(session.value);
    else set({ phase: 'signed-out', ...(session.ok ? {} : { signInError: session.error }) });
  },

  async signIn(email, password) {
    set({ signingIn: true, signInError: null });
    const result = await api()['auth.signIn']({ email, password });
    if (!result.ok) set({ signInError: result.error });
    else if ('secondStep' in result.value) set({ secondStep: { challenge: result.value.secondStep.challenge } });
    else get().setSession(result.value);
    set({ signingIn: false });
  },

  async signInWithCode(channel, input) {
    const result = await api()[channel](input);
    if (!result.ok) return result.error;
    set({ signInError: null });
    if ('secondStep' in result.value) set({ secondStep: { challenge: result.value.secondStep.challenge } });
    else get().setSession(result.value);
    return null;
  },

  async completeSecondStep(code, kind) {
    const challenge = get().secondStep?.challenge;
    if (!challenge) return null;
    const result = await api()['auth.secondStep']({ challenge, code, kind });
    if (result.ok) {
      set({ secondStep: null, signInError: null });
      get().setSession(result.value);
      return null;
    }
    // Too late for this challenge: back to the password, saying why.
    if (result.error.params?.reason === 'challenge_expired') {
      set({ secondStep: null, signInError: result.error });
      return null;
    }
    return result.error;
  },

  cancelSecondStep() {
    set({ secondStep: null, signInError: null });
  },

  async signOut() {
    dropFirstScreen();
    await api()['auth.signOut']();
    set({ phase: 'signed-out', session: null, signInError: null, secondStep: null });
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

  setSession({ firstScreen, ...session }) {
    // A sign-in's answer brings what the first screen shows: its slices take it instead of reading it.
    if (firstScreen) keepFirstScreen(firstScreen);
    setLanguage(session.user.language as Language);
    set({ session, phase: 'signed-in' });
  },

  go(view, id) {
    dropFirstScreen();
    window.location.hash = id ? `/${view}/${encodeURIComponent(id)}` : `/${view}`;
    set((s) => ({ view, viewId: id ?? null, visit: s.visit + 1 }));
  },
}));

// A session's confirmations leave with it: the next person at the sign-in screen (or signed in after)
// must not read the previous user's "Card saved".
useSessionStore.subscribe((state, previous) => {
  if (previous.phase === 'signed-in' && state.phase !== 'signed-in') toastQueue.clear();
});

// The core ended the session (deactivated, removed, password changed elsewhere): say why on the sign-in screen.
onSignedOut((error) => {
  dropFirstScreen();
  if (useSessionStore.getState().phase === 'signed-in') useSessionStore.setState({ phase: 'signed-out', session: null, signInError: error });
});

// Back, forward, a link in the page or typed in the address bar: the view follows the hash.
window.addEventListener('hashchange', () => {
  dropFirstScreen();
  useSessionStore.setState((s) => ({ view: viewFromHash(), viewId: idFromHash(), visit: s.visit + 1 }));
});
