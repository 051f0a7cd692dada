/**
 * The sandboxed preload: exposes exactly `window.api`, one function per contract channel, each an
 * `ipcRenderer.invoke` of `api:<channel>`, and `on` for the host's events, whose payloads are
 * checked against the contract before the page sees them. Bundled to CommonJS with only `electron`
 * external.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS, eventIpcName, events, ipcName, isEventName, type Api, type EventName, type EventOf } from '../../core/contract.ts';

function subscribe<E extends EventName>(event: E, listener: (payload: EventOf<E>) => void): () => void {
  if (!isEventName(event) || typeof listener !== 'function') return () => undefined;
  const name = eventIpcName(event);
  const relay = (_event: IpcRendererEvent, payload: unknown) => {
    const parsed = events[event].safeParse(payload);
    if (parsed.success) listener(parsed.data as EventOf<E>);
  };
  ipcRenderer.on(name, relay);
  return () => void ipcRenderer.removeListener(name, relay);
}

function buildApi(): Api {
  const api: Record<string, unknown> = {};
  for (const channel of CHANNELS) {
    const name = ipcName(channel);
    api[channel] = (input?: unknown) => ipcRenderer.invoke(name, input);
  }
  api.on = subscribe;
  return Object.freeze(api) as unknown as Api;
}

contextBridge.exposeInMainWorld('api', buildApi());
