/**
 * The sandboxed preload: exposes exactly `window.api`, one function per contract channel, each an
 * `ipcRenderer.invoke` of `api:<channel>`. Bundled to CommonJS with only `electron` external.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, ipcName, type Api } from '../../core/contract.ts';

function buildApi(): Api {
  const api: Record<string, (input?: unknown) => Promise<unknown>> = {};
  for (const channel of CHANNELS) {
    const name = ipcName(channel);
    api[channel] = (input?: unknown) => ipcRenderer.invoke(name, input);
  }
  return Object.freeze(api) as unknown as Api;
}

contextBridge.exposeInMainWorld('api', buildApi());
