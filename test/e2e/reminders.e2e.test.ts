/**
 * Renewal and card-expiry reminders (issue 21), end to end in Chromium at 1024 px: when the core's clock
 * reaches 7 days before the renewals, Claire (English, light) sees what will be charged and to which
 * card on the Overview and in Subscriptions; Hannah (German, dark) sees the card about to expire, and
 * its button opens Billing information.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import de from '../../core/i18n/locales/de.json';
import { put } from '../../core/model/changes.ts';
import { launchApp, type App } from './harness.ts';
import { ShellPage } from './pages/shell.page.ts';
import { signInToMyAccount } from './pages/sign-in-flow.ts';
import { en, fill } from './pages/strings.ts';
import O from '../../core/i18n/locales/overview/en.json';

const CLAIRE = 'claire.dubois@lumen-analytics.example';
const HANNAH = 'hannah.becker@lumen-analytics.example';
const VIEWPORT = { width: 1024, height: 900 };
const DAY = 86_400_000;
/** The demo's subscriptions renew at the end of November in Paris. */
const END = Date.parse('2026-11-30T23:00:00.000Z');

describe('Renewal reminders, in English', () => {
  let app: App;
  let shell: ShellPage;

  beforeAll(async () => {
    app = await launchApp({ viewport: VIEWPORT });
    shell = new ShellPage(app.page);
    await signInToMyAccount(app.page, CLAIRE);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('7 days before, the Overview says what each renewal will charge and to which card, and Subscriptions says it too', async () => {
    const notices = app.page.getByRole('region', { name: en.ui.reminders.label });
    await shell.open(en.ui.nav.overview);
    await shell.heading(O.ui.title).waitFor();
    expect(await notices.count()).toBe(0);

    app.clock.advance(END - 7 * DAY - app.clock.now().getTime());
    await app.renewDue();
    await shell.open(en.ui.nav.myAccount);
    await shell.open(en.ui.nav.overview);
    const meetings = notices.getByText(/^Meetings renews on 1 December 2026: €[\d,.]+ will be charged to Visa •••• 4242\.$/u);
    await notices.waitFor();
    await app.screenshot('reminders-01-overview-en');
    await meetings.waitFor();
    expect(await notices.getByRole('note').count()).toBe(3);
    await app.screenshot('reminders-01-overview-en');

    await notices.getByRole('button', { name: en.ui.reminders.reviewSubscriptions }).first().click();
    await shell.heading(en.ui.subscriptions.title).waitFor();
    await notices.getByText(/^Meetings renews on 1 December 2026/u).waitFor();
    expect(await notices.getByRole('button', { name: en.ui.reminders.reviewSubscriptions }).count()).toBe(0);
    await app.screenshot('reminders-02-subscriptions-en');

    const emails = [...app.store.tables.outbox.values()].filter((m) => m.template === 'renewal_reminder');
    expect(emails.map((m) => m.to).sort()).toEqual([CLAIRE, CLAIRE, CLAIRE, HANNAH, HANNAH, HANNAH]);
  });
});

describe('Card expiry reminder, in German and dark', () => {
  let app: App;
  let shell: ShellPage;

  beforeAll(async () => {
    app = await launchApp({ viewport: VIEWPORT, colorScheme: 'dark' });
    shell = new ShellPage(app.page);
    const card = app.store.tables.cards.get('card_demo')!;
    await app.store.commit([put('cards', card.id, { ...card, expMonth: 12, expYear: 2026 })]);
    await signInToMyAccount(app.page, HANNAH, de);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('30 days before the card stops working, the Overview says so and its button opens Billing information', async () => {
    app.clock.advance(Date.parse('2026-12-31T23:00:00.000Z') - 30 * DAY - app.clock.now().getTime());
    await app.renewDue();
    await shell.open(de.ui.nav.overview);
    const notices = app.page.getByRole('region', { name: de.ui.reminders.label });
    await notices.getByText(fill(de.ui.reminders.cardExpiring, { card: 'Visa •••• 4242', expiry: '12/2026' })).waitFor();
    await app.screenshot('reminders-03-overview-card-de-dark');
    await notices.getByRole('button', { name: de.ui.reminders.updateCard }).click();
    await shell.heading(de.ui.billingInfo.title).waitFor();
  });
});
