/**
 * The contract served over Electron IPC: one `ipcMain.handle` per channel, derived from CHANNELS.
 * Every call is checked for its sender first (our window, top frame, our page) and always answers a
 * Result; the core does the input validation.
 */
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { Core } from '../../core/app/create-core.ts';
import { toAppError } from '../../core/app/errors.ts';
import type { SessionState } from '../../core/app/handler.ts';
import { CHANNELS, contract, HOST_CHANNELS, ipcName, type Channel, type HostChannel, type OutputOf } from '../../core/contract.ts';
import type { Failure, Result } from '../../core/result.ts';
import type { CoreCall, HostHandlers } from './print.ts';
import { isAppUrl } from './security.ts';

export type TrustedSender = (event: IpcMainInvokeEvent) => boolean;

/**
 * The one sender check: the event comes from the app window's own web contents, from its top frame,
 * showing the app's page (app://renderer or the dev server).
 */
export function trustAppWindow(getWindow: () => BrowserWindow | null, appUrl: string): TrustedSender {
  return (event) => {
    const window = getWindow();
    if (!window || window.isDestroyed()) return false;
    const { sender, senderFrame } = event;
    if (!sender || (sender.id !== window.webContents.id && !adopted.has(sender.id))) return false;
    if (!senderFrame) return false;
    const topFrame = senderFrame === sender.mainFrame || senderFrame.parent === null;
    return topFrame && isAppUrl(senderFrame.url, appUrl);
  };
}

/** Who is signed in, per web contents; dropped when the contents is destroyed. */
const sessions = new Map<number, SessionState>();
const registered = new Set<string>();
/** Hidden windows the host opened on the app's page, each with the session of the window that asked. */
const adopted = new Map<number, SessionState>();

function sessionFor(sender: WebContents): SessionState {
  const id = sender.id;
  const shared = adopted.get(id);
  if (shared) return shared;
  let session = sessions.get(id);
  if (!session) {
    session = { userId: null };
    sessions.set(id, session);
    sender.once('destroyed', () => sessions.delete(id));
  }
  return session;
}

/**
 * A hidden window of the host's (the period's invoices printed off-screen: einvoice-archive.ts): its
 * page is trusted as the app window's — still only its top frame on the app's page — and is signed in
 * as `parent`, with the very same session (signing out there signs it out). Returns the release.
 */
export function adoptWindow(child: WebContents, parent: WebContents): () => void {
  adopted.set(child.id, sessionFor(parent));
  return () => {
    adopted.delete(child.id);
  };
}

/** The session of a window's page, once it has called the core (null before: nobody signed in there). */
export function sessionOf(contents: WebContents): SessionState | null {
  return sessions.get(contents.id) ?? null;
}

const refusal = (failure: Failure): Result<never> => ({ ok: false, error: toAppError(failure, 'en') });

function isTrusted(isTrustedSender: TrustedSender, event: IpcMainInvokeEvent): boolean {
  try {
    return isTrustedSender(event);
  } catch {
    return false; // e.g. a frame that went away while the message was in flight
  }
}

const isHostChannel = (channel: Channel): channel is HostChannel => (HOST_CHANNELS as readonly string[]).includes(channel);

/**
 * A host channel: the core answers it first — input, sign-in and permission checked like any other
 * channel — and only its "the desktop serves this" answer (`unavailable`) lets the host act.
 */
async function runHost(core: Pick<Core, 'dispatch'>, handlers: Partial<HostHandlers>, channel: HostChannel, event: IpcMainInvokeEvent, input: unknown): Promise<Result<unknown>> {
  const session = sessionFor(event.sender);
  const checked = await core.dispatch(channel, input, session);
  if (checked.ok || !checked.error.key.startsWith('errors.host.')) return checked;
  const handler = handlers[channel];
  if (!handler) return checked;
  const parsed = contract[channel].input.safeParse(input);
  if (!parsed.success) return refusal({ code: 'invalid_input', key: 'errors.invalidInput' });
  // The host's own work may need the core again, as the same signed-in user (the Factur-X XML).
  const call: CoreCall = (c, i) => core.dispatch(c, i, session) as Promise<Result<OutputOf<typeof c>>>;
  return handler(event.sender, parsed.data, call);
}

/** Calls in flight across every channel: an update installs only when none is (electron/main/updates.ts). */
let inFlight = 0;
export const callsInFlight = () => inFlight;

export function ipcHandler(core: Pick<Core, 'dispatch'>, isTrustedSender: TrustedSender, channel: Channel, host?: Partial<HostHandlers>) {
  return async (event: IpcMainInvokeEvent, input?: unknown): Promise<Result<unknown>> => {
    if (!isTrusted(isTrustedSender, event)) {
      // Never log the payload: it may hold a password.
      console.warn(`[ipc] refused ${channel} from an untrusted sender (web contents ${event.sender?.id ?? '?'})`);
      return refusal({ code: 'forbidden', key: 'errors.forbidden' });
    }
    inFlight++;
    try {
      if (host && isHostChannel(channel)) return await runHost(core, host, channel, event, input);
      return await core.dispatch(channel, input, sessionFor(event.sender));
    } catch (error) {
      console.error(`[ipc] ${channel} failed:`, error instanceof Error ? error.message : 'unknown error');
      return refusal({ code: 'internal', key: 'errors.internal' });
    } finally {
      inFlight--;
    }
  };
}

export function registerIpc(core: Pick<Core, 'dispatch'>, isTrustedSender: TrustedSender, host?: Partial<HostHandlers>): void {
  for (const channel of CHANNELS) {
    const name = ipcName(channel);
    ipcMain.handle(name, ipcHandler(core, isTrustedSender, channel, host));
    registered.add(name);
  }
}

export function unregisterIpc(): void {
  for (const name of registered) ipcMain.removeHandler(name);
  registered.clear();
  sessions.clear();
  adopted.clear();
}
