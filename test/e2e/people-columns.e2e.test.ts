/**
 * People's table fits the admin, end to end in Chromium at 1024 px: hide a column and move one with
 * the Columns chooser, widen one with the keyboard, save it all (with a role filter) as a view that
 * opens by default, reload, and find it applied; then in Dutch, dark, every column shown, nothing cut
 * off. One browser session for every step.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../core/i18n/locales/en.json';
import nl from '../../core/i18n/locales/nl.json';
import peopleEn from '../../core/i18n/locales/people/en.json';
import peopleNl from '../../core/i18n/locales/people/nl.json';
import { put } from '../../core/model/changes.ts';
import { DEMO_PASSWORD } from '../../core/seed/demo-people.ts';
import { launchApp, type App } from './harness.ts';
import { PeopleColumnsPage } from './pages/people-columns.page.ts';
import { ShellPage } from './pages/shell.page.ts';
import { SignInPage } from './pages/sign-in.page.ts';
import { pressUntilGone } from './pages/press.ts';

const CLAIRE = 'claire.dubois@lumen-analytics.example';
const ALL_EN = [en.ui.fields.name, en.ui.fields.email, en.ui.people.role, en.ui.people.billingContact, en.ui.people.products, peopleEn.ui.columns.lastChange];

describe('People: columns and saved views, end to end in Chromium', () => {
  let app: App;
  let columns: PeopleColumnsPage;

  beforeAll(async () => {
    app = await launchApp({ viewport: { width: 1024, height: 700 }, colorScheme: 'light' });
    const signIn = new SignInPage(app.page);
    await signIn.waitUntilShown();
    await signIn.signIn(CLAIRE, DEMO_PASSWORD);
    await new ShellPage(app.page).open(en.ui.nav.people);
    columns = new PeopleColumnsPage(app.page, peopleEn, en.ui.people.usersTable);
    await columns.table.getByRole('row', { name: /Marco Rossi/ }).waitFor();
  });
  afterAll(() => app?.close());

  it('shows every column but the last change at 1024 px (roles and products read whole), nothing cut off', async () => {
    expect(await columns.headers()).toEqual(ALL_EN.filter((h) => h !== peopleEn.ui.columns.lastChange));
    await app.screenshot('people-columns-en-light-1024');
    expect(await columns.cutOff()).toEqual({ cut: [], tableWider: false });
  });

  it('hides a column, moves one, widens one by keyboard, and saves it all as the default view', async () => {
    await columns.setShown(en.ui.fields.email, false);
    // Up the list twice: above the hidden email, then above the name.
    await columns.moveUp(en.ui.people.role);
    await columns.moveUp(en.ui.people.role);
    expect(await columns.headers()).toEqual([en.ui.people.role, en.ui.fields.name, en.ui.people.billingContact, en.ui.people.products, peopleEn.ui.columns.lastChange]);
    const name = columns.resizer(en.ui.fields.name);
    const before = Number(await name.getAttribute('aria-valuenow'));
    await columns.resizeByKeyboard(en.ui.fields.name, 3);
    await expect.poll(() => name.getAttribute('aria-valuenow')).toBe(String(before + 30));
    await app.page.getByRole('combobox', { name: en.ui.people.role }).selectOption({ label: en.ui.roles.admin });
    await columns.saveView('My admins', true);
    await columns.viewsButton('My admins').click();
    const menu = app.page.getByRole('dialog', { name: peopleEn.ui.views.title });
    await menu.getByRole('button', { name: 'Open People with “My admins”', pressed: true }).waitFor();
    await app.screenshot('people-columns-en-light-views');
    await pressUntilGone(app.page, 'Escape', menu);
  });

  it('opens People with the default view after a reload, the filter and columns restored', async () => {
    // Back to the defaults first, so that what follows the reload comes from the saved view.
    await columns.resetColumns();
    expect(await columns.headers()).toEqual(ALL_EN.filter((h) => h !== peopleEn.ui.columns.lastChange));
    await app.page.reload();
    await columns.viewsButton('My admins').waitFor();
    expect(await columns.headers()).toEqual([en.ui.people.role, en.ui.fields.name, en.ui.people.billingContact, en.ui.people.products, peopleEn.ui.columns.lastChange]);
    expect(await app.page.getByRole('combobox', { name: en.ui.people.role }).inputValue()).toBe('admin');
    await expect.poll(() => columns.resizer(en.ui.fields.name).getAttribute('aria-valuenow')).toBe('230');
    await columns.table.getByRole('row', { name: /Marco Rossi/ }).waitFor();
    expect(await columns.table.getByRole('row', { name: /Tom Walker/ }).count()).toBe(0);
    expect(await columns.cutOff()).toEqual({ cut: [], tableWider: false });
  });

  it('in Dutch and dark, the columns back to the default, nothing cut off', async () => {
    const claire = [...app.store.tables.users.values()].find((u) => u.email === CLAIRE)!;
    await app.store.commit([put('users', claire.id, { ...claire, language: 'nl' })]);
    await app.page.emulateMedia({ colorScheme: 'dark' });
    await app.page.reload();
    columns = new PeopleColumnsPage(app.page, peopleNl, nl.ui.people.usersTable);
    await columns.viewsButton('My admins').waitFor();
    await columns.resetColumns();
    expect(await columns.headers()).toEqual([nl.ui.fields.name, nl.ui.fields.email, nl.ui.people.role, nl.ui.people.billingContact, nl.ui.people.products]);
    await app.screenshot('people-columns-nl-dark-1024');
    expect(await columns.cutOff()).toEqual({ cut: [], tableWider: false });
    await columns.openColumns();
    await app.screenshot('people-columns-nl-dark-chooser');
    await pressUntilGone(app.page, 'Escape', app.page.getByRole('dialog'));
  });
});
