import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../core/i18n/locales/en.json';
import itBase from '../../core/i18n/locales/it.json';
import people from '../../core/i18n/locales/people/en.json';
import itPeople from '../../core/i18n/locales/people/it.json';
import { capabilities } from '../../core/permissions/matrix.ts';
import { DEMO_PASSWORD, DEMO_PEOPLE, demoEmail } from '../../core/seed/demo-people.ts';
import { launchApp, type App } from './harness.ts';
import { PeoplePage } from './pages/people.page.ts';
import { RolesPage } from './pages/roles.page.ts';
import { ShellPage } from './pages/shell.page.ts';
import { SignInPage } from './pages/sign-in.page.ts';
import { fill } from './pages/strings.ts';
import { shownTexts } from './pages/texts.ts';
import { pressUntilGone } from './pages/press.ts';

const emailOf = (first: string) => demoEmail(DEMO_PEOPLE.find((p) => p.first === first)!);
const TOTAL = DEMO_PEOPLE.length;

describe('People and Roles, end to end in Chromium', () => {
  let app: App;
  let shell: ShellPage;
  let list: PeoplePage;
  let roles: RolesPage;
  const stored = (first: string) => [...app.store.tables.users.values()].find((u) => u.firstName === first)!;

  async function signInAs(first: string): Promise<void> {
    const signIn = new SignInPage(app.page);
    await signIn.waitUntilShown();
    await signIn.signIn(emailOf(first), DEMO_PASSWORD);
    await app.page.getByRole('navigation').waitFor();
  }

  beforeAll(async () => {
    app = await launchApp({ viewport: { width: 1440, height: 900 } });
    shell = new ShellPage(app.page);
    list = new PeoplePage(app.page);
    roles = new RolesPage(app.page);
    await signInAs('Claire');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('lists every user with role, billing contact, products and last change', async () => {
    await shell.open(en.ui.nav.people);
    await list.count(TOTAL, TOTAL).waitFor();
    await expect.poll(() => list.roleCell('Jan de Vries').textContent()).toBe('Licence manager');
    expect(await list.row('Hannah Becker').locator('td.col-billing').textContent()).toBe(en.ui.common.yes);
    await app.screenshot('people-01-list');
  });

  it('adds a user with a role, and the new row shows at once', async () => {
    const dialog = await list.addUser({ first: 'Ada', last: 'Lovelace', email: 'ada.lovelace@lumen-analytics.example', role: en.ui.roles.admin });
    await app.screenshot('people-02-add-user');
    await list.submit(dialog, people.ui.add.submit);
    await dialog.waitFor({ state: 'detached' });
    await app.page.getByRole('status').getByText(fill(people.ui.notices.added, { name: 'Ada Lovelace' })).waitFor();
    await list.count(TOTAL + 1, TOTAL + 1).waitFor();
    await expect.poll(() => list.roleCell('Ada Lovelace').textContent()).toBe(en.ui.roles.admin);
    expect(stored('Ada')).toMatchObject({ role: 'admin', email: 'ada.lovelace@lumen-analytics.example', language: 'en' });
    expect(stored('Ada').passwordHash).toBeUndefined();
  });

  it('refuses a taken email in the dialog', async () => {
    const dialog = await list.addUser({ first: 'Tom', last: 'Again', email: emailOf('Tom').toUpperCase() });
    await list.submit(dialog, people.ui.add.submit);
    await dialog.getByText(en.errors.email.taken).waitFor();
    await dialog.getByRole('button', { name: en.ui.common.cancel }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('changes a user’s role from their menu', async () => {
    // Escape closes the dialog and gives focus back to the menu button that led to it.
    const { menu } = await list.openMenu('Tom Walker');
    await list.menuItem(menu, 'changeRole').click();
    const dialog = list.dialog(/Tom Walker/);
    await dialog.waitFor();
    await expect.poll(() => dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await app.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => list.hasFocus(list.menuButton('Tom Walker'))).toBe(true);
    // Enter on the menu button opens the menu, not the row's side panel; neither did the click above.
    await app.page.keyboard.press('Enter');
    await app.page.getByRole('menu').waitFor();
    await pressUntilGone(app.page, 'Escape', app.page.getByRole('menu'));
    expect(await list.details.getByRole('heading', { name: 'Tom Walker' }).count()).toBe(0);

    await list.changeRole('Tom Walker', en.ui.roles.admin);
    await expect.poll(() => list.roleCell('Tom Walker').textContent()).toBe(en.ui.roles.admin);
    expect(stored('Tom').role).toBe('admin');
  });

  it('creates a custom role without Manage licences and gives it to a user', async () => {
    await shell.open(en.ui.nav.roles);
    await roles.row('Licence manager').waitFor();
    const dialog = await roles.create('Support desk', ['manage_users', 'view_billing']);
    await dialog.waitFor({ state: 'detached' });
    const row = roles.row('Support desk');
    await expect.poll(() => row.getByRole('cell').nth(1).textContent()).toBe(`${people.permissions.manage_users}, ${people.permissions.view_billing}`);
    await app.screenshot('people-03-roles');

    await shell.open(en.ui.nav.people);
    await list.changeRole('Tom Walker', fill(people.ui.customRoleOption, { name: 'Support desk' }));
    await expect.poll(() => list.roleCell('Tom Walker').textContent()).toBe('Support desk');
    const tom = stored('Tom');
    const caps = capabilities(tom, app.store.tables.account.get('account')!, app.store.tables.roles);
    expect([caps.has('manage_users'), caps.has('view_billing'), caps.has('manage_licenses')]).toEqual([true, true, false]);

    await shell.open(en.ui.nav.roles);
    await expect.poll(() => roles.row('Support desk').getByRole('cell').nth(2).textContent()).toBe('1');
    const refused = await roles.delete('Support desk');
    await refused.getByRole('alert').getByText(/Tom Walker/).waitFor();
    await refused.getByRole('button', { name: en.ui.common.cancel }).click();
  });

  it('never demotes the last super administrator, and says why where the action would be', async () => {
    await shell.open(en.ui.nav.people);
    await list.search.fill('Claire');
    const { menu, notes } = await list.openMenu('Claire Dubois');
    expect(await list.menuItem(menu, 'changeRole').count()).toBe(0);
    expect(await list.menuItem(menu, 'delete').count()).toBe(0);
    expect(await shownTexts(notes)).toEqual([people.errors.lastSuperAdmin, people.ui.reasons.notYourself]);
    await pressUntilGone(app.page, 'Escape', menu);

    await list.tickAllShown();
    await list.selected(1).waitFor();
    await list.bulk('changeRole');
    const dialog = await list.chooseRole(en.ui.roles.user);
    await dialog.getByRole('alert').getByText(people.errors.lastSuperAdmin).waitFor();
    await app.screenshot('people-04-last-super-admin');
    expect(stored('Claire').role).toBe('super_admin');
    await dialog.getByRole('button', { name: en.ui.common.cancel }).click();
    await app.page.getByRole('button', { name: people.ui.clearSelection }).click();
    await list.clearSearch();
  });

  it('filters by role, product, no licence and status, and searches', async () => {
    await list.filterBy(en.ui.people.role, en.ui.roles.admin);
    // Marco, Sofia and Ada are administrators (Tom now holds a custom role).
    await list.count(3, TOTAL + 1).waitFor();
    await list.filterBy(people.ui.product, en.ui.products.contact_center);
    await list.count(1, TOTAL + 1).waitFor();
    await list.row('Sofia Martins').waitFor();
    await list.clearFilters();
    await list.toggleNoLicence();
    await list.count(2, TOTAL + 1).waitFor();
    expect((await shownTexts(list.rows())).map((t) => t.includes('Yannick') || t.includes('Ada'))).toEqual([true, true]);
    await list.clearFilters();
    await list.search.fill('lumen-analytics.example');
    await list.count(TOTAL + 1, TOTAL + 1).waitFor();
    await list.search.fill('GARCIA');
    await list.count(1, TOTAL + 1).waitFor();
    // An empty search says so and offers to clear the filters.
    await list.search.fill('nobody-by-this-name');
    await list.noMatch().waitFor();
    await app.screenshot('people-no-match');
    await list.clearFiltersFromEmptySearch();
    await list.count(TOTAL + 1, TOTAL + 1).waitFor();
    expect(await list.search.inputValue()).toBe('');
  });

  it('selects several users, deactivates them together, and filters by status', async () => {
    await list.tick('Yannick Moreau');
    await list.tick('Olivia Brown');
    await list.selected(2).waitFor();
    await list.bulk('deactivate');
    const dialog = list.dialog(fill(people.ui.confirm.deactivateTitle, { who: fill(people.ui.usersCount_other, { number: 2 }) }));
    await list.submit(dialog, people.ui.actions.deactivate);
    await dialog.waitFor({ state: 'detached' });
    await list.filterBy(people.ui.statusLabel, people.ui.status.deactivated);
    await list.count(2, TOTAL + 1).waitFor();
    expect(stored('Olivia')).toMatchObject({ status: 'deactivated', products: [] });
    await list.clearFilters();
    await list.tickAllShown();
    await list.selected(TOTAL + 1).waitFor();
    await app.screenshot('people-05-selection');
    await app.page.getByRole('button', { name: people.ui.clearSelection }).click();
    await list.bulkBar.waitFor({ state: 'detached' });
  });

  it('shows a user’s details, products, queues and history in the side panel', async () => {
    await list.openUser('Tom Walker');
    await list.details.getByText(en.ui.products.remote_support).waitFor();
    await expect.poll(() => list.history().count()).toBe(2);
    expect(await list.history().first().textContent()).toContain(people.audit.user.role.changed);
    expect(await list.history().first().textContent()).toContain('Claire Dubois');
    await list.clearSearch();
    await list.openUser('Sofia Martins');
    await list.details.getByText('Support hotline').waitFor();
    await app.screenshot('people-06-side-panel');
  });

  it('hides role changes from an administrator without manage_roles, and says why', async () => {
    await shell.signOut();
    await signInAs('Marco');
    // Marco works in Italian: locate by the Italian strings.
    await shell.open(itBase.ui.nav.people);
    const marco = new PeoplePage(app.page, itBase as never, itPeople as never);
    await marco.search.fill('Lucas');
    const { menu, notes } = await marco.openMenu('Lucas Bernard');
    expect(await marco.menuItem(menu, 'changeRole').count()).toBe(0);
    expect(await marco.menuItem(menu, 'deactivate').count()).toBe(1);
    expect(await shownTexts(notes)).toEqual([itPeople.ui.reasons.rolesNeedSuperAdmin]);
    await app.screenshot('people-07-admin-menu');
    await pressUntilGone(app.page, 'Escape', menu);
    await app.page.getByRole('button', { name: itPeople.ui.addUser, exact: true }).click();
    const dialog = marco.dialog(itPeople.ui.add.title);
    await dialog.getByRole('note').getByText(itPeople.ui.add.plainUserOnly).waitFor();
    expect(await dialog.getByLabel(itBase.ui.people.role).count()).toBe(0);
    await dialog.getByRole('button', { name: itBase.ui.common.cancel }).click();

    await shell.open(itBase.ui.nav.roles);
    await app.page.getByRole('note').getByText(itPeople.ui.reasons.rolesManagedBySuperAdmin).waitFor();
    expect(await app.page.getByRole('button', { name: itPeople.ui.roles.new }).count()).toBe(0);
    expect(await new RolesPage(app.page, itBase as never, itPeople as never).row('Support desk').getByRole('button').count()).toBe(0);
    await app.screenshot('people-08-roles-admin');
  });
});
