import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../core/i18n/locales/en.json';
import L from '../../core/i18n/locales/licences/en.json';
import P from '../../core/i18n/locales/people/en.json';
import { DEMO_PASSWORD } from '../../core/seed/demo-people.ts';
import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import { launchApp, SCREENSHOTS, type App } from './harness.ts';
import { InvoicePage } from './pages/invoice.page.ts';
import { KeyboardPage } from './pages/keyboard.page.ts';
import { PalettePage } from './pages/palette.page.ts';
import { PeoplePage } from './pages/people.page.ts';
import { ShellPage } from './pages/shell.page.ts';
import { SignInPage } from './pages/sign-in.page.ts';
import { fill } from './pages/strings.ts';
import { SubscriptionsPage } from './pages/subscriptions.page.ts';
import { shownTexts } from './pages/texts.ts';

const CLAIRE = 'claire.dubois@lumen-analytics.example';
const TOM = 'tom.walker@lumen-analytics.example';
const MEETINGS = en.ui.products.meetings;
const RS = en.ui.products.remote_support;

/** The viewport only: a full-page capture resizes the window, which closes popups and crops the overlay. */
const shot = (app: App, name: string) => app.page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });

describe('The command palette, end to end in Chromium', () => {
  let app: App;
  let palette: PalettePage;
  let shell: ShellPage;
  let signIn: SignInPage;
  beforeAll(async () => {
    app = await launchApp();
    palette = new PalettePage(app.page);
    shell = new ShellPage(app.page);
    signIn = new SignInPage(app.page);
    await signIn.waitUntilShown();
    await signIn.signIn(CLAIRE, DEMO_PASSWORD);
    await palette.button.waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('opens with Ctrl+K, finds "Add seats to Meetings" from "meet", and runs it with Enter', async () => {
    await palette.button.waitFor();
    await palette.open();
    await expect(palette.input.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await shot(app, 'palette-open');
    await palette.search('meet');
    await palette.option(palette.addSeats(MEETINGS)).waitFor();
    await shot(app, 'palette-meet');
    const axe = await new AxeBuilder({ page: app.page }).include('[cmdk-dialog]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await palette.runByKeyboard(palette.addSeats(MEETINGS));
    await palette.dialog.waitFor({ state: 'hidden' });
    const subs = new SubscriptionsPage(app.page);
    await subs.heading.waitFor();
    await subs.panel('add_seats', MEETINGS).waitFor();
    await shot(app, 'palette-add-seats');
  });

  it('closes with Escape and gives focus back', async () => {
    await palette.button.focus();
    await palette.open();
    await palette.close();
    await expect.poll(() => palette.button.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('finds a user by name and opens them in People; recent items come first next time', async () => {
    await palette.open();
    await palette.search('lucas bern');
    await palette.runByKeyboard('Lucas Bernard');
    const people = new PeoplePage(app.page);
    await people.details.getByRole('heading', { name: 'Lucas Bernard' }).waitFor();
    await palette.open();
    await expect(palette.options.first().textContent()).resolves.toBe('Lucas Bernard');
    await palette.close();
  });

  it('copies the diagnostics for a support request; where the clipboard refuses, About shows them to copy', async () => {
    const messages = (await import('../../core/i18n/locales/palette/en.json')).default.commands;
    await app.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin });
    await palette.open();
    await palette.search('diagnostics');
    await palette.runByKeyboard(messages.diagnostics);
    await app.page.getByText(messages.diagnosticsCopied).waitFor();
    const copied = await app.page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Account Admin 0.1.0 (browser)');
    expect(copied).toContain(`Account: local files in ${app.dataDir}`);
    expect(copied).toContain('Store problems: none');
    await shot(app, 'palette-diagnostics-copied');
    // No clipboard (a browser that refuses it): the report opens in About, selected to copy by hand.
    await app.page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
    });
    await palette.open();
    await palette.search('diagnostics');
    await palette.runByKeyboard(messages.diagnostics);
    const dialog = app.page.getByRole('dialog');
    await dialog.getByText(messages.diagnosticsFailed).waitFor();
    await expect(dialog.getByRole('textbox', { name: messages.diagnostics }).inputValue()).resolves.toContain('Account Admin 0.1.0 (browser)');
    await shot(app, 'palette-diagnostics-fallback');
    await dialog.getByRole('button', { name: messages.close }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('opens an invoice by its number', async () => {
    const number = [...app.store.tables.invoices.values()].find((i) => i.kind === 'invoice')!.number;
    await palette.open();
    await palette.search(number);
    await palette.runByKeyboard(palette.openInvoice(number));
    await new InvoicePage(app.page).waitFor(number);
    await shot(app, 'palette-invoice');
  });

  it('prints an invoice: it opens, then the print dialog (the browser fallback, counted here)', async () => {
    const invoices = [...app.store.tables.invoices.values()];
    const number = invoices.filter((i) => i.kind === 'invoice').at(-1)!.number;
    await app.page.evaluate(() => {
      const w = window as unknown as { print: () => void; printed: number };
      w.printed = 0;
      w.print = () => void w.printed++;
    });
    await palette.open();
    await palette.search(number);
    await palette.runByKeyboard(palette.printInvoice(number));
    await new InvoicePage(app.page).waitFor(number);
    await expect.poll(() => app.page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  });

  it('assigns a product: picks the user on a second page, then the licence dialog opens with it ticked', async () => {
    await palette.open();
    await palette.search('assign remote');
    await palette.runByKeyboard(palette.assign(RS));
    await palette.input.and(app.page.getByPlaceholder(palette.p.ui.pickUser)).waitFor();
    await palette.search('garc');
    await shot(app, 'palette-assign-pick');
    await palette.runByKeyboard('Lucía García');
    const dialog = app.page.getByRole('dialog', { name: L.ui.title.add });
    await expect.poll(() => dialog.getByRole('checkbox', { name: RS, exact: true }).isChecked()).toBe(true);
    await shot(app, 'palette-assign-dialog');
    await dialog.getByRole('button', { name: en.ui.common.cancel, exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('offers Tom, a plain user, no billing or people actions', async () => {
    await shell.signOut();
    await signIn.signIn(TOM, DEMO_PASSWORD);
    await palette.button.waitFor();
    await palette.open();
    await palette.option(palette.p.ui.actions.changeLanguage).waitFor();
    const labels = await shownTexts(palette.options);
    expect(labels.some((l) => /seats|invoice|assign/i.test(l))).toBe(false);
    expect(labels).not.toContain(en.ui.nav.people);
    await palette.search('meet');
    await palette.dialog.getByText(palette.p.ui.empty).waitFor();
    await shot(app, 'palette-tom');
    await palette.close();
    await shell.signOut();
    await signIn.waitUntilShown();
  });

  it('walks by keyboard alone from sign-in to People and a user menu, with visible focus', async () => {
    const keys = new KeyboardPage(app.page);
    await keys.tabTo(signIn.email);
    expect(await keys.focusOutline()).toMatch(/^solid [1-9]/);
    await keys.type(CLAIRE);
    await keys.tabTo(signIn.password);
    await keys.type(DEMO_PASSWORD);
    await keys.press('Enter');
    await palette.button.waitFor();
    const peopleLink = app.page.getByRole('navigation').getByRole('link', { name: en.ui.nav.people });
    await keys.tabTo(peopleLink);
    expect(await keys.focusOutline()).toMatch(/^solid [1-9]/);
    await keys.press('Enter');
    const people = new PeoplePage(app.page);
    const menuButton = people.table.getByRole('button', { name: fill(P.ui.actionsFor, { name: 'Marco Rossi' }) });
    await keys.tabTo(menuButton, 120);
    expect(await keys.focusOutline()).toMatch(/^solid [1-9]/);
    await shot(app, 'palette-keyboard-focus');
    await keys.press('Enter');
    const menu = app.page.getByRole('menu', { name: fill(P.ui.actionsFor, { name: 'Marco Rossi' }) });
    await menu.waitFor();
    await expect.poll(() => menu.getByRole('menuitem').first().evaluate((el) => el === document.activeElement)).toBe(true);
    await shot(app, 'palette-keyboard-menu');
    await keys.press('Escape');
    await menu.waitFor({ state: 'hidden' });
    await expect.poll(() => menuButton.evaluate((el) => el === document.activeElement)).toBe(true);
  });
});
