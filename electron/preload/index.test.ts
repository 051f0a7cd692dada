import { contextBridge, ipcRenderer } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../core/contract.ts';

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

  it("exposes exactly one object, 'api', whose keys are the contract channels", async () => {
    const api = await loadPreload();
    expect(Object.keys(api).sort()).toEqual([...CHANNELS].sort());
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
});
