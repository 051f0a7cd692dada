/**
 * The session's list of users: a read sends the revision held, keeps the list when the core says
 * "unchanged" and takes the new one otherwise; reads that overlap share one call; someone else
 * signing in starts empty (their first read sends no revision), and so does one who may no longer
 * manage users.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { installMinimalWindow } from '../testing/minimal-window.ts';

const calls: { channel: string; input: unknown }[] = [];
const ANN = { id: 'usr_1', firstName: 'Ann', lastName: 'Lee', email: 'ann@example.test', role: 'user', billingContact: false, status: 'active', products: [], updatedAt: '2026-01-01T00:00:00.000Z' };
const BEA = { ...ANN, id: 'usr_2', firstName: 'Bea' };
let current = { revision: '1.1.1', users: [ANN] };

beforeAll(() => {
  installMinimalWindow(async (channel, input) => {
    calls.push({ channel, input });
    if (channel !== 'users.list') return { ok: true, value: {} };
    const since = (input as { since?: string } | undefined)?.since;
    return { ok: true, value: since === current.revision ? { revision: current.revision, unchanged: true } : current };
  });
});

describe('the session’s users', () => {
  it('reads the list once, then only asks whether it changed', async () => {
    const { useUsersStore } = await import('./users-store.ts');
    const { useSessionStore } = await import('./session-store.ts');
    useSessionStore.setState({ session: { user: { id: 'usr_admin' }, permissions: ['manage_users'] } as never });
    const store = useUsersStore.getState();

    const [a, b] = await Promise.all([store.read(), store.read()]);
    expect(calls).toEqual([{ channel: 'users.list', input: undefined }]);
    expect(a).toEqual({ ok: true, users: [ANN] });
    expect(b).toBe(a);

    const again = await store.read();
    expect(calls[1]).toEqual({ channel: 'users.list', input: { since: '1.1.1' } });
    // The very list held: a view keyed on it (People's index) is not rebuilt.
    expect(again.ok && again.users).toBe(a.ok && a.users);

    current = { revision: '1.2.1', users: [ANN, BEA] };
    expect(await store.read()).toEqual({ ok: true, users: [ANN, BEA] });
    expect(useUsersStore.getState().revision).toBe('1.2.1');

    // Someone else signs in: nothing of the list stays, and the first read asks for all of it.
    useSessionStore.setState({ session: { user: { id: 'usr_other' }, permissions: ['manage_users'] } as never });
    expect(useUsersStore.getState()).toMatchObject({ users: [], revision: null });
    calls.length = 0;
    await useUsersStore.getState().read();
    expect(calls).toEqual([{ channel: 'users.list', input: undefined }]);

    // Their role changes and they may no longer manage users: the copy goes too.
    expect(useUsersStore.getState().revision).toBe('1.2.1');
    useSessionStore.setState({ session: { user: { id: 'usr_other' }, permissions: [] } as never });
    expect(useUsersStore.getState()).toMatchObject({ users: [], revision: null });
  });
});
