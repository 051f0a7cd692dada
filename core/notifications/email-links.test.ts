/** Outbox emails about an invoice, a user or the recipient's own account carry the link that opens that view. */
import { describe, expect, it } from 'vitest';
import { parseLink } from '../links/parse.ts';
import { demoFixture } from '../testing/fixture.ts';

/** The link the body ends with, read back through the same parser the app uses for links from outside. */
function linkInBody(body: string) {
  const found = /account-admin:\/\/\S+/.exec(body)?.[0];
  return found ? parseLink(found) : null;
}

describe('links in emails', () => {
  it('an order confirmation links its invoice by number, in the recipient’s language', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const sub = [...f.store.tables.subscriptions.values()].find((x) => x.productId === 'meetings')!;
    expect((await f.call(s, 'cart.add', { change: { kind: 'add_seats', subscriptionId: sub.id, seats: 2 } })).ok).toBe(true);
    const order = await f.call(s, 'orders.place', { idempotencyKey: 'email-link' });
    expect(order.ok).toBe(true);
    const number = order.ok ? order.value.invoiceNumber : '';
    const email = [...f.store.tables.outbox.values()].find((m) => m.template === 'order_confirmation')!;
    expect(email.link).toEqual({ view: 'invoice', number });
    expect(linkInBody(email.body)).toEqual({ ok: true, route: { view: 'invoice', number } });
    expect(email.body).toContain(`Open it in Account Admin: account-admin://invoice/${number}`);
    // The Outbox hands the route to the renderer.
    const outbox = await f.call(s, 'outbox.list', { template: 'order_confirmation' });
    expect(outbox.ok && outbox.value.emails[0]?.link).toEqual({ view: 'invoice', number });
  });

  it('a product change links the user in People by email; a password change links My Account', async () => {
    const f = await demoFixture();
    const marco = await f.signIn('Marco');
    const tom = f.userId('Tom');
    expect((await f.call(marco, 'licences.apply', { userIds: [tom], assign: [{ productId: 'meetings', features: {} }], remove: [], alsoRemoveFromQueues: false, notify: true })).ok).toBe(true);
    const change = [...f.store.tables.outbox.values()].find((m) => m.template === 'product_change')!;
    expect(change.link).toEqual({ view: 'people', email: 'tom.walker@lumen-analytics.example' });
    expect(linkInBody(change.body)).toEqual({ ok: true, route: change.link });

    const claire = await f.signIn('Claire');
    expect((await f.call(claire, 'me.updatePersonal', { firstName: 'Claire', lastName: 'Dubois', phone: '+33 1 23 45 67 89', language: 'fr', timeZone: 'Europe/Paris' })).ok).toBe(true);
    const login = { email: 'claire.dubois@lumen-analytics.example', currentPassword: 'Lumen-demo-2026', newPassword: 'Another-long-passphrase-9', confirmPassword: 'Another-long-passphrase-9' };
    expect(await f.call(claire, 'me.updateLogin', login)).toMatchObject({ ok: true });
    const password = [...f.store.tables.outbox.values()].find((m) => m.template === 'password_changed')!;
    expect(password.link).toEqual({ view: 'my-account' });
    expect(password.language).toBe('fr');
    expect(password.body).toContain('Ouvrez-le dans Account Admin : account-admin://my-account');
  });
});
