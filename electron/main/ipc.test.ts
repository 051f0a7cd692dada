import { BrowserWindow as ElectronWindow, type IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Core } from '../../core/app/create-core.ts';
import { CHANNELS, ipcName } from '../../core/contract.ts';
import type { Result } from '../../core/result.ts';
import { DEMO_PASSWORD, DEMO_PEOPLE, demoEmail } from '../../core/seed/demo-people.ts';
import { demoFixture } from '../../core/testing/fixture.ts';
import { BrowserWindow, fakeFrame, fakeWebContents, ipcMain, type FakeWebContents } from '../../test/mocks/electron.ts';
import { registerIpc, trustAppWindow, unregisterIpc } from './ipc.ts';

const APP_URL = 'app://renderer/index.html';

type FakeWindow = ReturnType<typeof BrowserWindow>;

/** An invoke event as Electron builds it: the sending web contents and frame. */
function eventFrom(sender: FakeWebContents, frame = sender.mainFrame): IpcMainInvokeEvent {
  return { sender, senderFrame: frame } as unknown as IpcMainInvokeEvent;
}

async function invoke(channel: string, event: IpcMainInvokeEvent, input?: unknown) {
  return (await ipcMain.invoke(ipcName(channel as never), event, input)) as Result<unknown>;
}

describe('registerIpc', () => {
  let window: FakeWindow;
  let core: Core;
  const dispatch = vi.fn<Core['dispatch']>();

  beforeEach(async () => {
    window = new BrowserWindow() as FakeWindow;
    window.webContents.mainFrame = fakeFrame(APP_URL);
    core = (await demoFixture()).core;
    dispatch.mockReset().mockImplementation((...args) => core.dispatch(...args));
    ipcMain.handle.mockClear();
    registerIpc({ dispatch }, trustAppWindow(() => window as unknown as ElectronWindow, APP_URL));
  });

  afterEach(() => {
    unregisterIpc();
    vi.restoreAllMocks();
  });

  it('registers every contract channel and nothing else', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual(CHANNELS.map((c) => `api:${c}`).sort());
    expect(ipcMain.handle).toHaveBeenCalledTimes(CHANNELS.length);
  });

  it('removes them all on unregister', () => {
    unregisterIpc();
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('refuses a sender that is not the app window, without calling the core or logging the payload', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const foreign = fakeWebContents(APP_URL);
    const result = await invoke('auth.signIn', eventFrom(foreign), { email: 'x@y.z', password: 'secret-password' });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden', key: 'errors.forbidden' } });
    expect(dispatch).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalled();
    expect(JSON.stringify(warn.mock.calls)).not.toContain('secret-password');
  });

  it('refuses a subframe of the app window', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const subframe = fakeFrame(APP_URL, window.webContents.mainFrame);
    const result = await invoke('app.status', eventFrom(window.webContents, subframe));
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses the app window once it shows another page', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    window.webContents.mainFrame = fakeFrame('https://evil.example/');
    const result = await invoke('app.status', eventFrom(window.webContents));
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a sender whose frame is gone', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const result = await invoke('app.status', { sender: window.webContents, senderFrame: null } as unknown as IpcMainInvokeEvent);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('answers invalid_input for bad input from the app', async () => {
    const result = await invoke('auth.signIn', eventFrom(window.webContents), { email: 42 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(dispatch).toHaveBeenCalledTimes(1);
  });

  it('signs in, then me.get answers the signed-in user', async () => {
    const person = DEMO_PEOPLE[0]!;
    const event = eventFrom(window.webContents);
    expect(await invoke('me.get', event)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    const signIn = await invoke('auth.signIn', event, { email: demoEmail(person), password: DEMO_PASSWORD });
    expect(signIn.ok).toBe(true);
    const me = await invoke('me.get', event);
    expect(me).toMatchObject({ ok: true, value: { email: demoEmail(person), firstName: person.first } });
  });

  it('keeps one session per web contents and drops it when the contents is destroyed', async () => {
    const person = DEMO_PEOPLE[0]!;
    const event = eventFrom(window.webContents);
    await invoke('auth.signIn', event, { email: demoEmail(person), password: DEMO_PASSWORD });
    expect((await invoke('me.get', event)).ok).toBe(true);
    window.webContents.emit('destroyed');
    expect(await invoke('me.get', event)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('turns an exception into an internal Result', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    dispatch.mockRejectedValueOnce(new Error('boom'));
    const result = await invoke('app.status', eventFrom(window.webContents));
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', key: 'errors.internal' } });
  });
});
