import { contextBridge, ipcRenderer } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, EVENT_NAMES } from '../../core/contract.ts';

async function loadPreload(): Promise<Record<string, (input?: unknown) => Promise<unknown>>> {
  vi.resetModules();
  vi.mocked(contextBridge.exposeInMainWorld).mockClear();
  await import('./index.ts');
  const calls = vi.mocked(contextBridge.exposeInMainWorld).mock.calls;
  expect(calls).toHaveLength(1);
  expect(calls[0]![0]).toBe('api');
  return calls[0]![1] as Record<string, (input?: unknown) => Promise<unknown>>;
}

describe('preload', () => {
  beforeEach(() => {
    vi.mocked(ipcRenderer.invoke).mockReset();
  });

  it("exposes exactly one object, 'api', whose keys are the contract channels and `on`", async () => {
    const api = await loadPreload();
    expect(Object.keys(api).sort()).toEqual([...CHANNELS, 'on'].sort());
    for (const channel of CHANNELS) expect(typeof api[channel]).toBe('function');
  });

  it('calls ipcRenderer.invoke with api:<channel> and the input, and returns its answer', async () => {
    const api = await loadPreload();
    for (const channel of CHANNELS) {
      const answer = { ok: true, value: channel };
      vi.mocked(ipcRenderer.invoke).mockResolvedValueOnce(answer);
      const input = { probe: channel };
      await expect(api[channel]!(input)).resolves.toBe(answer);
      expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(`api:${channel}`, input);
    }
    expect(ipcRenderer.invoke).toHaveBeenCalledTimes(CHANNELS.length);
  });

  it('is frozen', async () => {
    const api = await loadPreload();
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('relays each contract event to its listeners only with a payload that matches the contract, until unsubscribed', async () => {
    const api = (await loadPreload()) as unknown as { on: (event: string, listener: (payload: unknown) => void) => () => void };
    for (const event of EVENT_NAMES) expect(ipcRenderer.listenerCount(`event:${event}`)).toBe(0);
    const seen: unknown[] = [];
    const off = api.on('app.command', (payload) => seen.push(payload));
    ipcRenderer.emit('event:app.command', {}, { command: 'print' });
    ipcRenderer.emit('event:app.command', {}, { command: 'rm -rf' });
    ipcRenderer.emit('event:store.changed', {}, { version: 3 });
    expect(seen).toEqual([{ command: 'print' }]);
    off();
    ipcRenderer.emit('event:app.command', {}, { command: 'savePdf' });
    expect(seen).toHaveLength(1);
    expect(ipcRenderer.listenerCount('event:app.command')).toBe(0);
  });

  it('subscribes to nothing for a name that is not a contract event', async () => {
    const api = (await loadPreload()) as unknown as { on: (event: string, listener: (payload: unknown) => void) => () => void };
    api.on('api:users.list', () => undefined);
    expect(ipcRenderer.listenerCount('event:api:users.list')).toBe(0);
    expect(ipcRenderer.listenerCount('api:users.list')).toBe(0);
  });
});
