/**
 * Links, end to end in Chromium: browser mode opens the same routes as account-admin:// links from
 * the URL's hash — an invoice by its number, a user's side panel by email — back and forward follow
 * them, an unknown item or a view the user may not open says so, and the Outbox's links open the view.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type App } from './harness.ts';
import { ActivityPage } from './pages/activity.page.ts';
import { InvoicePage } from './pages/invoice.page.ts';
import { LinksPage } from './pages/links.page.ts';
import { PeoplePage } from './pages/people.page.ts';
import { ShellPage } from './pages/shell.page.ts';
import { SignInPage } from './pages/sign-in.page.ts';
import { signInToMyAccount } from './pages/sign-in-flow.ts';
import { DEMO_PASSWORD } from '../../core/seed/demo-people.ts';
import { en, fill } from './pages/strings.ts';

const CLAIRE = 'claire.dubois@lumen-analytics.example';
const HANNAH = 'hannah.becker@lumen-analytics.example';
const NUMBER = 'INV-2025-000003';

describe('links, end to end in Chromium', () => {
  let app: App;
  let links: LinksPage;
  let invoice: InvoicePage;
  let people: PeoplePage;

  beforeAll(async () => {
    app = await launchApp({ viewport: { width: 1024, height: 700 } });
    links = new LinksPage(app.page, app.url);
    invoice = new InvoicePage(app.page);
    people = new PeoplePage(app.page);
    await signInToMyAccount(app.page, CLAIRE);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('#/invoice/<number> opens that invoice, even when the page is loaded on it', async () => {
    await links.load(`invoice/${NUMBER}`);
    await invoice.waitFor(NUMBER);
    await app.screenshot('links-01-invoice-by-number');
  });

  it('#/people/<email> opens People on that user’s side panel; back and forward follow the routes', async () => {
    await links.follow(`people/${encodeURIComponent(HANNAH)}`);
    await people.details.getByRole('heading', { name: 'Hannah Becker' }).waitFor();
    await app.screenshot('links-02-people-by-email');
    await app.page.goBack();
    await invoice.waitFor(NUMBER);
    await app.page.goForward();
    await people.details.getByRole('heading', { name: 'Hannah Becker' }).waitFor();
  });

  it('an unknown item says so in words, not a blank view', async () => {
    await links.follow('invoice/INV-2099-999999');
    await links.invoiceNotFound('INV-2099-999999').waitFor();
    await links.follow('people/nobody%40lumen-analytics.example');
    await links.userNotFound('nobody@lumen-analytics.example').waitFor();
    await links.follow('subscriptions/sub_none');
    await links.subscriptionNotFound().waitFor();
    // A malformed escape in the hash is not a crash: the app is still there.
    await links.load('invoice/%E0%A4%41');
    await app.page.getByRole('navigation').waitFor();
    await app.screenshot('links-03-unknown-item');
  });

  it('the Outbox shows an email’s link, and it opens the view it names', async () => {
    const placed = await app.page.evaluate(async () => {
      const subs = await window.api!['subscriptions.list']();
      const meetings = subs.ok ? subs.value.subscriptions.find((s) => s.productId === 'meetings') : undefined;
      await window.api!['cart.add']({ change: { kind: 'add_seats', subscriptionId: meetings!.id, seats: 1 } });
      return window.api!['orders.place']({ idempotencyKey: 'links-e2e' });
    });
    if (!placed.ok || !placed.value.invoiceNumber) throw new Error('the order was not placed');
    const number = placed.value.invoiceNumber;
    await new ShellPage(app.page).open(en.ui.nav.activity);
    const activity = new ActivityPage(app.page);
    await activity.openTab('outbox');
    const email = await activity.openEmail(fill(en.email.orderConfirmation.subject, { account: 'Lumen Analytics SAS' }));
    const link = email.getByRole('link', { name: `account-admin://invoice/${number}` });
    await link.waitFor();
    await app.screenshot('links-04-outbox-link');
    await link.click();
    await invoice.waitFor(number);
    expect(await app.page.evaluate(() => window.location.hash)).toBe(`#/invoice/${number}`);
  });

  it('a link to a view the user may not open gets the usual refusal', async () => {
    await new ShellPage(app.page).signOut();
    const signIn = new SignInPage(app.page);
    await signIn.waitUntilShown();
    await signIn.signIn('tom.walker@lumen-analytics.example', DEMO_PASSWORD);
    await links.load(`invoice/${NUMBER}`);
    await links.forbidden().waitFor();
    expect(await invoice.title.count()).toBe(0);
    await app.screenshot('links-05-forbidden');
  });
});
