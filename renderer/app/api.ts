/**
 * The renderer's only way out: `window.api`, exposed by the Electron preload — or, in browser mode,
 * the same functions built from the same channel list over the loopback bridge.
 */
import { BILLING_WRITES, CHANNELS, events, type AppError, isEventName, type Api, type Channel, type EventName, type EventOf, type Subscribe } from '../../core/contract.ts';

declare global {
  interface Window {
    api?: Api;
  }
}

/**
 * Browser mode: POST /api/<channel>. The session is an HttpOnly cookie the host set when this browser
 * opened its one-time sign-in link: the page never sees a secret, and same-origin requests carry it.
 */
function httpApi(): Api {
  const api: Partial<Record<Channel, (input?: unknown) => Promise<unknown>>> = {};
  for (const channel of CHANNELS) {
    api[channel] = async (input?: unknown) => {
      try {
        const response = await fetch(`/api/${channel}`, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(input === undefined ? null : input),
        });
        return await response.json();
      } catch {
        return { ok: false, error: { code: 'unavailable', key: 'errors.offline', message: 'The app stopped answering.' } };
      }
    };
  }
  return Object.assign(api, { on: eventStream() }) as Api;
}

/** Browser mode's host events: one EventSource, opened on the first subscription; payloads re-checked. */
function eventStream(): Subscribe {
  let source: EventSource | null = null;
  return <E extends EventName>(event: E, listener: (payload: EventOf<E>) => void) => {
    if (!isEventName(event)) return () => undefined;
    source ??= new EventSource('/events');
    const relay = (message: MessageEvent<string>) => {
      let data: unknown;
      try {
        data = JSON.parse(message.data);
      } catch {
        return;
      }
      const parsed = events[event].safeParse(data);
      if (parsed.success) listener(parsed.data as EventOf<E>);
    };
    source.addEventListener(event, relay);
    return () => source?.removeEventListener(event, relay);
  };
}

export function resolveApi(): Api | null {
  if (window.api) return window.api;
  // Only the browser-mode host serves the page over HTTP; anywhere else there is nobody to call.
  if (!window.location.protocol.startsWith('http')) return null;
  window.api = httpApi();
  return window.api;
}

let current: Api | null = null;
const conflictListeners = new Set<(error: AppError) => void>();

/** Called whenever a command answers `conflict` (another desktop got there first): the views reload. */
export function onConflict(listener: (error: AppError) => void): () => void {
  conflictListeners.add(listener);
  return () => conflictListeners.delete(listener);
}

const billingListeners = new Set<() => void>();
const billingWrites: ReadonlySet<Channel> = new Set(BILLING_WRITES);

/** Called after a command that changed billing succeeded: every view showing billing reloads. */
export function onBillingChanged(listener: () => void): () => void {
  billingListeners.add(listener);
  return () => billingListeners.delete(listener);
}

const signedOutListeners = new Set<(error: AppError) => void>();

/**
 * Called when a command answers that the session has ended (the user was deactivated or removed, or
 * their password changed elsewhere): the window goes back to the sign-in screen and says why.
 */
export function onSignedOut(listener: (error: AppError) => void): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

const successListeners = new Set<(channel: Channel, input: unknown, value: unknown) => void>();

/** Called after every command that answered ok: the shell confirms changes with a toast. */
export function onWriteSuccess(listener: (channel: Channel, input: unknown, value: unknown) => void): () => void {
  successListeners.add(listener);
  return () => successListeners.delete(listener);
}

/** Every channel, watched for `conflict` results and for successes (toasts, billing reloads) on the way back. */
function watched(inner: Api): Api {
  const api: Record<string, unknown> = { on: inner.on };
  for (const channel of CHANNELS) {
    api[channel] = async (input?: unknown) => {
      // Looked up at each call: the inner api may be replaced under us (tests stub channels on it).
      const call = inner[channel] as (input?: unknown) => Promise<{ ok: boolean; error?: AppError }>;
      const result = await call(input);
      if (result.ok) successListeners.forEach((listener) => listener(channel, input, (result as { value?: unknown }).value));
      const error = result.ok ? undefined : result.error;
      if (error?.code === 'conflict') conflictListeners.forEach((listener) => listener(error));
      // auth.signIn's own unauthenticated is a wrong password, not an ended session.
      if (error?.code === 'unauthenticated' && channel !== 'auth.signIn') signedOutListeners.forEach((listener) => listener(error));
      if (result.ok && billingWrites.has(channel)) billingListeners.forEach((listener) => listener());
      return result;
    };
  }
  return api as unknown as Api;
}

export function api(): Api {
  if (!current) {
    const resolved = resolveApi();
    if (!resolved) throw new Error('no api: open the app from the link printed by `npm start`');
    current = watched(resolved);
  }
  return current;
}
