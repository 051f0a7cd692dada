import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import en from '../../core/i18n/locales/en.json';
import L from '../../core/i18n/locales/licences/en.json';
import { put, type Change } from '../../core/model/changes.ts';
import type { User } from '../../core/model/records.ts';
import { DEMO_PASSWORD } from '../../core/seed/demo-people.ts';
import { launchApp, SCREENSHOTS, type App } from './harness.ts';
import { CartPage } from './pages/cart.page.ts';
import { LicencesPage } from './pages/licences.page.ts';
import { ProductsPage } from './pages/products.page.ts';
import { QueuesPage } from './pages/queues.page.ts';
import { ShellPage } from './pages/shell.page.ts';
import { fill } from './pages/strings.ts';
import { SignInPage } from './pages/sign-in.page.ts';
import { signInToMyAccount } from './pages/sign-in-flow.ts';
import { SubscriptionsPage } from './pages/subscriptions.page.ts';

const CLAIRE = 'claire.dubois@lumen-analytics.example';
const TOM = 'tom.walker@lumen-analytics.example';
const { meetings: MEETINGS, business_phone: PHONE, contact_center: CC, remote_support: RS } = en.ui.products;
/** Bulk: fifty new users the search finds by their email domain. */
const BULK = 50;
const BULK_DOMAIN = 'seasonal.example';

describe('Licences: Add/Remove products, Products and Queues, end to end in Chromium', () => {
  let app: App;
  let shell: ShellPage;
  let licences: LicencesPage;
  const pageErrors: string[] = [];
  /** The window as seen (a dialog's backdrop covers the viewport, not a full-page capture). */
  const shot = (name: string) => app.page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
  const user = (email: string) => [...app.store.tables.users.values()].find((u) => u.email === email)!;
  const byName = (first: string) => [...app.store.tables.users.values()].find((u) => u.firstName === first)!;
  const holders = (productId: string) => [...app.store.tables.users.values()].filter((u) => u.status === 'active' && u.products.some((p) => p.productId === productId)).length;
  const seats = (productId: string) => [...app.store.tables.subscriptions.values()].reduce((n, s) => n + (s.productId === productId ? s.seats : 0) + s.addOns.filter((a) => a.productId === productId).reduce((m, a) => m + a.seats, 0), 0);

  beforeAll(async () => {
    app = await launchApp({ viewport: { width: 1280, height: 900 } });
    shell = new ShellPage(app.page);
    app.page.on('pageerror', (e) => pageErrors.push(e.message));
    licences = new LicencesPage(app.page);
    await signInToMyAccount(app.page, CLAIRE);
  });
  afterAll(async () => {
    await app?.close();
  });
  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  it('assigns Meetings to one user with a feature switched off, and emails them', async () => {
    await shell.open(en.ui.nav.people);
    const dialog = await licences.openFromUserMenu('Yannick Moreau', 'add');
    await licences.tick(dialog, MEETINGS);
    await licences.setFeature(dialog, MEETINGS, 'webinars', false);
    await licences.sendEmail(dialog);
    const before = holders('meetings');
    await licences.summarySays(dialog, licences.gets(1));
    await licences.summarySays(dialog, licences.seatsAfter(before + 1, seats('meetings'), seats('meetings') - before - 1));
    await shot('licences-01-add-products-features');
    await licences.confirm(dialog, 'add');
    // The change confirms itself where the user looks, and focus goes back to a sensible place.
    await shell.toast(fill(en.ui.toasts.licences.product, { product: MEETINGS, changes: fill(en.ui.toasts.licences.given_one, { count: 1 }) })).waitFor();
    await app.page.waitForFunction(() => document.activeElement !== null && document.activeElement !== document.body);
    await shot('licences-01b-toast');

    const yannick = byName('Yannick');
    expect(yannick.products.find((p) => p.productId === 'meetings')?.features).toEqual({ meeting_recording: true, webinars: false });
    const emails = [...app.store.tables.outbox.values()].filter((m) => m.to === yannick.email && m.template === 'product_change');
    expect(emails).toHaveLength(1);
  });

  it('bulk: refuses fifty users with seats short, names the number and links to buy; then applies as one command', async () => {
    const at = app.clock.now().toISOString();
    const people: Change[] = Array.from({ length: BULK }, (_, i) => {
      const n = String(i + 1).padStart(2, '0');
      const u: User = { id: `usr_bulk_${n}`, email: `worker.${n}@${BULK_DOMAIN}`, firstName: 'Worker', lastName: `Seasonal ${n}`, phone: '', language: 'en', timeZone: 'Europe/Paris', role: 'user', billingContact: false, status: 'active', products: [], createdAt: at, updatedAt: at };
      return put('users', u.id, u);
    });
    await app.store.commit(people);
    await shell.open(en.ui.nav.myAccount);
    await shell.open(en.ui.nav.people);

    const bought = seats('meetings');
    const missing = holders('meetings') + BULK - bought;
    let dialog = await licences.openForSearch(BULK_DOMAIN, BULK, 'add');
    await licences.tick(dialog, MEETINGS);
    await licences.summarySays(dialog, licences.gets(BULK));
    await licences.summarySays(dialog, licences.missing(missing));
    const buy = licences.buyLink(dialog, missing, MEETINGS);
    await buy.waitFor();
    expect(await licences.confirmButton(dialog, 'add').isDisabled()).toBe(true);
    await shot('licences-02-bulk-seats-short');
    // The core refuses it too, with the number missing.
    const refused = await app.page.evaluate((ids) => window.api!['licences.apply']({ userIds: ids, assign: [{ productId: 'meetings', features: {} }], remove: [], alsoRemoveFromQueues: false, notify: false }), people.map((c) => c.id));
    expect(refused.ok ? null : [refused.error.code, refused.error.params?.count]).toEqual(['conflict', missing]);

    // The link opens Meetings' subscription on adding seats; the seats go through the cart.
    await buy.click();
    const subs = new SubscriptionsPage(app.page);
    const panel = subs.panel('add_seats', MEETINGS);
    await panel.waitFor();
    await subs.typeSeats(panel, en.ui.subscriptions.panel.seatsToAdd, missing);
    await subs.preview(panel).waitFor();
    await subs.addToCart(panel);
    await subs.goToCart();
    const cart = new CartPage(app.page);
    await cart.placeOrder();
    await cart.confirmation.waitFor();
    expect(seats('meetings')).toBe(bought + missing);

    await shell.open(en.ui.nav.people);
    dialog = await licences.openForSearch(BULK_DOMAIN, BULK, 'add');
    await licences.tick(dialog, MEETINGS);
    await licences.summarySays(dialog, licences.seatsAfter(bought + missing, bought + missing, 0));
    const applies: string[] = [];
    app.page.on('request', (r) => {
      if (r.url().endsWith('/api/licences.apply')) applies.push(r.url());
    });
    await licences.confirm(dialog, 'add');
    expect(applies).toHaveLength(1);
    await shell.toast(fill(en.ui.toasts.licences.product, { product: MEETINGS, changes: fill(en.ui.toasts.licences.given_other, { count: BULK }) })).waitFor();
    await app.page.waitForFunction(() => document.activeElement !== null && document.activeElement !== document.body);
    await shot('licences-02b-bulk-toast');
    // The toast stays in view however far the page scrolled.
    await app.page.locator('main').evaluate((main) => main.scrollTo(0, main.scrollHeight));
    expect(await shell.toast(/Meetings/).isVisible()).toBe(true);
    expect(people.every((c) => app.store.tables.users.get(c.id)!.products.some((p) => p.productId === 'meetings'))).toBe(true);
  });

  it('removing Business Phone from a queue agent lists the queues and, on request, takes them out and frees Contact Center', async () => {
    await shell.open(en.ui.nav.people);
    const giulia = byName('Giulia');
    const ccBefore = holders('contact_center');
    const dialog = await licences.openFromUserMenu('Giulia Conti', 'remove');
    await licences.tick(dialog, PHONE);
    const warning = licences.queueCleanup(dialog);
    await warning.getByText(L.ui.queues.explain).waitFor();
    await warning.getByText(licences.queuePlace('inbound', 'Support inbox', 'agent')).waitFor();
    await warning.getByText(licences.queuePlace('outbound', 'Renewal calls', 'agent')).waitFor();
    await shot('licences-03-queue-cleanup-warning');
    await licences.alsoRemoveFromQueues(dialog);
    await licences.summarySays(dialog, `${CC}: ${licences.loses(1)}`);
    await licences.confirm(dialog, 'remove');

    const after = app.store.tables.users.get(giulia.id)!;
    expect(after.products.map((p) => p.productId)).toEqual([]);
    expect([...app.store.tables.queues.values()].some((q) => q.members.some((m) => m.userId === giulia.id))).toBe(false);
    expect(holders('contact_center')).toBe(ccBefore - 1);
  });

  it('Queues view: every queue by kind with supervisors and agents; unassigning the last place frees Contact Center', async () => {
    await shell.open(en.ui.nav.queues);
    const queues = new QueuesPage(app.page);
    await queues.heading.waitFor();
    await queues.group('call').getByRole('region', { name: 'Support hotline' }).waitFor();
    await queues.group('inbound').getByRole('region', { name: 'Support inbox' }).waitFor();
    await queues.group('outbound').getByRole('region', { name: 'Renewal calls' }).waitFor();
    await queues.members('Support hotline', 'supervisors').getByText('Sofia Martins').waitFor();
    await queues.members('Support hotline', 'agents').getByText('Emma Leroy').waitFor();
    await app.screenshot('licences-04-queues');

    const emma = byName('Emma');
    expect(await queues.unassign('Support hotline', 'Emma Leroy')).not.toContain(queues.freedText('Emma Leroy', 'Support hotline'));
    expect(app.store.tables.users.get(emma.id)!.products.some((p) => p.productId === 'contact_center')).toBe(true);
    expect(await queues.unassign('Renewal calls', 'Emma Leroy')).toBe(queues.freedText('Emma Leroy', 'Renewal calls'));
    expect(app.store.tables.users.get(emma.id)!.products.some((p) => p.productId === 'contact_center')).toBe(false);
    await app.screenshot('licences-05-queue-unassigned');
  });

  it('Products view: seats per product and Add licences; without Manage licences, the reason instead and a refusal from the core', async () => {
    await shell.open(en.ui.nav.products);
    const products = new ProductsPage(app.page);
    await products.heading.waitFor();
    const [plan, price, ...counts] = await products.cells(RS);
    expect(plan).toBe('Premium');
    expect(price).toContain(en.ui.billing.contactSupport);
    expect(counts.slice(0, 3)).toEqual([seats('remote_support'), holders('remote_support'), seats('remote_support') - holders('remote_support')].map(String));
    await app.screenshot('licences-06-products');
    await products.addLicences(RS).click();
    await new SubscriptionsPage(app.page).panel('add_seats', RS).waitFor();

    // Tom gets a custom role that may view billing but not manage licences (nor users).
    const role = { id: 'role_billing_viewer', name: 'Billing viewer', permissions: ['view_billing' as const] };
    await app.store.commit([put('roles', role.id, role), put('users', user(TOM).id, { ...user(TOM), customRoleId: role.id })]);
    await shell.signOut();
    const signIn = new SignInPage(app.page);
    await signIn.signIn(TOM, DEMO_PASSWORD);
    await shell.open(en.ui.nav.products);
    await products.heading.waitFor();
    await products.row(RS).getByText(en.errors.licences.addNeedsPermission).waitFor();
    expect(await products.table.getByRole('button', { name: L.products.addLicences, exact: false }).count()).toBe(0);
    await app.screenshot('licences-07-products-no-permission');
    const refused = await app.page.evaluate((id) => window.api!['licences.apply']({ userIds: [id], assign: [{ productId: 'meetings', features: {} }], remove: [], alsoRemoveFromQueues: false, notify: false }), byName('Pablo').id);
    expect(refused.ok ? 'ok' : refused.error.code).toBe('forbidden');
  });
});
