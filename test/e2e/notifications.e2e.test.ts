/**
 * The notification centre, end to end in Chromium (browser mode) at 1024 px: after a failed renewal
 * the bell shows a count, its popover (keyboard: opens from the bell, Escape closes) lists the pending
 * payment, choosing it opens the invoice and the count goes down. English light, French dark.
 */
import AxeBuilder from '@axe-core/playwright';
import { afterEach, describe, expect, it } from 'vitest';
import fr from '../../core/i18n/locales/fr.json';
import noticesFr from '../../core/i18n/locales/notices/fr.json';
import { put } from '../../core/model/changes.ts';
import { launchApp, type App } from './harness.ts';
import { InvoicePage } from './pages/invoice.page.ts';
import { NotificationsPage } from './pages/notifications.page.ts';
import { SignInPage } from './pages/sign-in.page.ts';
import { en, fill } from './pages/strings.ts';
import { DEMO_PASSWORD } from '../../core/seed/demo-people.ts';
import { pressUntilGone } from './pages/press.ts';

const DAY_MS = 86_400_000;
const CLAIRE = 'claire.dubois@lumen-analytics.example';

/** The demo card's charges fail from now on, and the renewals that fall due in the next days fail. */
async function failedRenewal(app: App): Promise<string[]> {
  const demoCard = app.store.tables.cards.get('card_demo')!;
  await app.store.commit([put('cards', 'card_demo', { ...demoCard, token: 'tok_fail_later_0341_1' })]);
  app.clock.advance(12 * DAY_MS);
  expect(await app.renewDue()).toBeGreaterThan(0);
  const paid = new Set([...app.store.tables.payments.values()].filter((p) => p.status === 'succeeded').map((p) => p.invoiceId));
  return [...app.store.tables.invoices.values()].filter((i) => i.source === 'renewal' && !paid.has(i.id) && i.issuedAt > '2026-11-23').map((i) => i.number);
}

/** Serious or critical axe violations (WCAG 2.1 A and AA) on the page as it is, the popover open. */
async function seriousViolations(app: App): Promise<string[]> {
  const results = await new AxeBuilder({ page: app.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id} ${JSON.stringify(n.target)}: ${v.help}`));
}

async function signIn(app: App, email: string, later: string): Promise<void> {
  const signInPage = new SignInPage(app.page);
  await signInPage.waitUntilShown();
  await signInPage.signIn(email, DEMO_PASSWORD);
  // The pending payments dialog opens on sign-in: "Later".
  await app.page.getByRole('dialog').getByRole('button', { name: later }).click();
}

describe('the notification centre, end to end in Chromium', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('counts a failed renewal, lists it, opens its invoice, and the count goes down', async () => {
    app = await launchApp({ viewport: { width: 1024, height: 700 } });
    const numbers = await failedRenewal(app);
    expect(numbers.length).toBeGreaterThan(0);
    await signIn(app, CLAIRE, en.ui.pending.later);
    const bell = new NotificationsPage(app.page);
    await expect.poll(() => bell.label()).toBe(bell.unreadLabel(numbers.length));

    // Keyboard: the bell takes focus, Enter opens the list, Escape closes it and focus returns.
    await bell.bell.focus();
    await app.page.keyboard.press('Enter');
    await bell.popover.waitFor();
    await pressUntilGone(app.page, 'Escape', bell.popover);
    expect(await bell.bell.evaluate((el) => el === document.activeElement)).toBe(true);

    await bell.open();
    const number = numbers[0]!;
    await bell.item(number).getByText(bell.n.kinds.payment_failed.title).waitFor();
    await app.screenshot('notifications-01-popover-en-light-1024');
    expect(await seriousViolations(app)).toEqual([]);
    await bell.choose(number);
    await new InvoicePage(app.page).waitFor(number);
    await expect.poll(() => bell.label()).toBe(numbers.length > 1 ? bell.unreadLabel(numbers.length - 1) : bell.n.bell.label);
    expect(await app.page.evaluate(() => window.location.hash)).toBe(`#/invoice/${number}`);
    await app.screenshot('notifications-02-invoice-opened-en-light-1024');
  });

  it('in French, dark: the same list in words of the user, and a link that opens the view', async () => {
    app = await launchApp({ viewport: { width: 1024, height: 700 }, colorScheme: 'dark' });
    const numbers = await failedRenewal(app);
    await signIn(app, CLAIRE, en.ui.pending.later);
    await app.page.evaluate(() => window.api!['me.updatePersonal']({ firstName: 'Claire', lastName: 'Dubois', phone: '+33 1 23 45 67 89', language: 'fr', timeZone: 'Europe/Paris' }));
    await app.page.reload();
    await app.page.getByRole('dialog').getByRole('button', { name: fr.ui.pending.later }).click();
    const bell = new NotificationsPage(app.page, noticesFr as never);
    await expect.poll(() => bell.label()).toBe(fill(numbers.length === 1 ? noticesFr.bell.labelUnread_one : noticesFr.bell.labelUnread_other, { count: numbers.length }));
    await bell.open();
    await bell.item(numbers[0]!).getByText(noticesFr.kinds.payment_failed.title).waitFor();
    await app.screenshot('notifications-03-popover-fr-dark-1024');
    expect(await seriousViolations(app)).toEqual([]);
    await bell.choose(numbers[0]!);
    await new InvoicePage(app.page, fr as never).waitFor(numbers[0]!);
    await app.screenshot('notifications-04-invoice-opened-fr-dark-1024');
  });
});
