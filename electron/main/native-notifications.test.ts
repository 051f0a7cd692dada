/**
 * Urgent notifications as the desktop's own, through the mocked electron and a real core on the demo
 * fixture: worded in the user's language, shown once, a click opens the route; nothing before sign-in.
 */
import { Notification } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionState } from '../../core/app/handler.ts';
import { put } from '../../core/model/changes.ts';
import { demoFixture, type Fixture } from '../../core/testing/fixture.ts';
import { Notification as FakeNotification } from '../../test/mocks/electron.ts';
import { createNativeNotifier, type WindowCall } from './native-notifications.ts';

const made = FakeNotification.made;

async function failedRenewal(f: Fixture) {
  const demo = f.store.tables.cards.get('card_demo')!;
  await f.store.commit([put('cards', demo.id, { ...demo, token: 'tok_fail_later_0341_9' })]);
  f.clock.current = new Date('2026-12-05T10:00:00.000Z');
  await f.core.renewDue();
}

function notifierFor(f: Fixture, session: SessionState | null) {
  const openRoute = vi.fn();
  const call: WindowCall = (channel) => (session ? f.core.dispatch(channel, undefined, session) : null);
  return { notifier: createNativeNotifier(call, { openRoute }), openRoute };
}

beforeEach(() => {
  made.length = 0;
  vi.mocked(Notification.isSupported).mockReturnValue(true);
});

describe('native notifications', () => {
  it('shows a failed renewal once, in the user’s language; a click opens its invoice', async () => {
    const f = await demoFixture();
    await failedRenewal(f);
    const claire = await f.signIn('Claire');
    await f.call(claire, 'me.updatePersonal', { firstName: 'Claire', lastName: 'Dubois', phone: '+33 1 23 45 67 89', language: 'fr', timeZone: 'Europe/Paris' });
    const { notifier, openRoute } = notifierFor(f, claire);
    await notifier.check();
    const pending = await f.call(claire, 'payments.pending');
    const invoices = pending.ok ? pending.value.invoices : [];
    expect(invoices.length).toBeGreaterThan(0);
    expect(made).toHaveLength(invoices.length);
    const first = made[0]!;
    expect(first.options.title).toBe('Échec du paiement');
    expect(first.options.body).toMatch(new RegExp(`^Facture ${invoices[0]!.number} : .+\\s€ reste à payer\\.`));
    expect(first.show).toHaveBeenCalled();
    first.emit('click');
    expect(openRoute).toHaveBeenCalledWith({ view: 'invoice', number: invoices[0]!.number });
    // Checked again (a timer, another desktop's change): not shown twice.
    await notifier.check();
    expect(made).toHaveLength(invoices.length);
  });

  it('shows nothing read, nothing not urgent, and nothing before anyone signed in', async () => {
    const f = await demoFixture();
    await failedRenewal(f);
    await notifierFor(f, null).notifier.check();
    expect(made).toHaveLength(0);
    const claire = await f.signIn('Claire');
    const listed = await f.call(claire, 'notifications.list');
    await f.call(claire, 'notifications.markRead', { ids: listed.ok ? listed.value.notifications.map((n) => n.id) : [] });
    await notifierFor(f, claire).notifier.check();
    expect(made).toHaveLength(0);
    // Tom may not see billing: nothing for him.
    await notifierFor(f, await f.signIn('Tom')).notifier.check();
    expect(made).toHaveLength(0);
  });

  it('does nothing where the OS offers no notifications', async () => {
    const f = await demoFixture();
    await failedRenewal(f);
    vi.mocked(Notification.isSupported).mockReturnValue(false);
    await notifierFor(f, await f.signIn('Claire')).notifier.check();
    expect(made).toHaveLength(0);
  });
});
