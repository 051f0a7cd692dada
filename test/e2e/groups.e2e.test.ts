import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import en from '../../core/i18n/locales/en.json';
import it_ from '../../core/i18n/locales/it.json';
import G from '../../core/i18n/locales/groups/en.json';
import Git from '../../core/i18n/locales/groups/it.json';
import L from '../../core/i18n/locales/licences/en.json';
import { put } from '../../core/model/changes.ts';
import type { Group } from '../../core/model/records.ts';
import { launchApp, type App } from './harness.ts';
import { GroupsPage } from './pages/groups.page.ts';
import { PeoplePage } from './pages/people.page.ts';
import { ShellPage } from './pages/shell.page.ts';
import { signInToMyAccount } from './pages/sign-in-flow.ts';
import { fill } from './pages/strings.ts';

const CLAIRE = 'claire.dubois@lumen-analytics.example';
const MARCO = 'marco.rossi@lumen-analytics.example';
const RS = en.ui.products.remote_support;

describe('Groups: licences by group, end to end in Chromium', () => {
  let app: App;
  let shell: ShellPage;
  let groups: GroupsPage;
  const pageErrors: string[] = [];
  const byName = (first: string) => [...app.store.tables.users.values()].find((u) => u.firstName === first)!;
  const group = (name: string) => [...app.store.tables.groups.values()].find((g) => g.name === name);
  /** Both themes of what is on screen, at 1024 px. */
  const shots = async (name: string) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await app.page.emulateMedia({ colorScheme });
      await app.screenshot(`groups-${name}-${colorScheme}`);
    }
    await app.page.emulateMedia({ colorScheme: 'light' });
  };

  beforeAll(async () => {
    app = await launchApp({ viewport: { width: 1024, height: 700 } });
    app.page.on('pageerror', (e) => pageErrors.push(e.message));
    shell = new ShellPage(app.page);
    groups = new GroupsPage(app.page);
    await signInToMyAccount(app.page, CLAIRE);
  });
  afterAll(async () => {
    await app?.close();
  });
  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  it('creates a group, adds members, gives it a product: a member shows it “via” the group', async () => {
    // People shown first: the renderer keeps the list, and what the group gives must still reach it.
    await shell.open(en.ui.nav.people);
    await new PeoplePage(app.page).row('Hannah Becker').waitFor();
    await shell.open(en.ui.nav.groups);
    await groups.create('Support team');
    const panel = await groups.manage('Support team');
    await groups.addMembers(panel, ['Hannah Becker', 'Claire Dubois']);
    await shell.toast(fill(G.ui.done.added_other, { number: 2, name: 'Support team' })).waitFor();
    await groups.giveProducts(panel, [RS]);
    await shell.toast(fill(G.ui.done.productsSaved, { name: 'Support team' })).waitFor();
    await groups.table.getByRole('row', { name: /Support team/ }).getByText(RS).waitFor();
    expect(byName('Hannah').products.map((p) => p.productId)).toEqual(['meetings']);
    expect(group('Support team')?.products.map((p) => p.productId)).toEqual(['remote_support']);
    await shots('01-view');

    await shell.open(en.ui.nav.people);
    const people = new PeoplePage(app.page);
    await people.openUser('Hannah Becker');
    await people.details.getByText(fill(G.ui.via, { group: 'Support team' })).waitFor();
    // People's products column (narrowed beside the panel at 1024 px: its full text is the cell's title).
    await people.row('Hannah Becker').getByTitle(`${RS}, ${en.ui.products.meetings}`).waitFor({ state: 'attached' });
  });

  it('removing a member keeps their direct licence; the others lose what the group gave', async () => {
    await shell.open(en.ui.nav.groups);
    const panel = await groups.manage('Support team');
    await groups.removeMember(panel, 'Claire Dubois');
    await groups.removeMember(panel, 'Hannah Becker');
    expect(byName('Claire').products.map((p) => p.productId)).toContain('remote_support');
    expect(group('Support team')?.memberIds).toEqual([]);
    await shell.open(en.ui.nav.people);
    const people = new PeoplePage(app.page);
    await people.openUser('Claire Dubois');
    await people.details.getByText(RS, { exact: true }).waitFor();
    await people.openUser('Hannah Becker');
    await people.details.getByRole('heading', { name: en.ui.people.products }).waitFor();
    expect(await people.details.getByText(RS, { exact: true }).count()).toBe(0);
  });

  it('refuses a change too large for the seats, all or nothing, with the seats missing and a link to buy them', async () => {
    await shell.open(en.ui.nav.groups);
    const panel = await groups.manage('Support team');
    // Remote Support: 10 seats, 6 held. Five people who do not hold it are one too many.
    const dialog = await groups.pickMembers(panel, ['Hannah Becker', 'Inês Costa', 'Olivia', 'Yannick Moreau', 'Sanne']);
    await dialog.getByRole('button', { name: G.ui.addDialog.ok, exact: true }).click();
    await dialog.getByRole('alert').getByText(L.ui.summary.blocked).waitFor();
    await dialog.getByRole('link', { name: fill(L.ui.summary.buy_one, { number: 1, product: RS }) }).waitFor();
    expect(group('Support team')?.memberIds).toEqual([]);
    await shots('02-seats-short');
    await dialog.getByRole('button', { name: en.ui.common.cancel }).click();
  });

  it('Products: clicking a product lists who holds it, directly or by group, filtered and exported as CSV', async () => {
    await shell.open(en.ui.nav.groups);
    const panel = await groups.manage('Support team');
    await groups.addMembers(panel, ['Hannah Becker']);
    await shell.open(en.ui.nav.products);
    await app.page.getByRole('button', { name: RS, exact: true }).click();
    const dialog = app.page.getByRole('dialog', { name: fill(G.ui.holders.showFor, { product: RS }) });
    await dialog.getByRole('row', { name: /Hannah Becker/ }).getByText(fill(G.ui.via, { group: 'Support team' })).waitFor();
    await dialog.getByText(fill(G.ui.holders.count_other, { number: 7 })).waitFor();
    await shots('03-holders');
    await dialog.getByRole('combobox', { name: G.ui.holders.howFilter }).selectOption('group');
    await dialog.getByText(fill(G.ui.holders.count_one, { number: 1 })).waitFor();
    const [download] = await Promise.all([app.page.waitForEvent('download'), dialog.getByRole('button', { name: G.ui.holders.export }).click()]);
    const csv = await new Promise<string>((resolve, reject) => {
      void download.createReadStream().then((stream) => {
        let text = '';
        stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        stream.on('end', () => resolve(text));
        stream.on('error', reject);
      }, reject);
    });
    expect(csv).toContain('Hannah Becker');
    expect(csv).toContain(fill(G.ui.via, { group: 'Support team' }));
    expect(csv).not.toContain('Claire Dubois');
    await dialog.getByRole('button', { name: G.ui.close }).click();
  });

  it('keeps the queue rules: a queued member losing Business Phone and Contact Center is held until taken out of the queues', async () => {
    // Giulia sits in two queues and holds both products only through "Phones".
    const giulia = byName('Giulia');
    const at = app.clock.now().toISOString();
    const phones: Group = { id: 'grp_phones', name: 'Phones', memberIds: [giulia.id], products: [{ productId: 'business_phone', features: {} }, { productId: 'contact_center', features: {} }], createdAt: at, updatedAt: at };
    await app.store.commit([put('groups', phones.id, phones), put('users', giulia.id, { ...giulia, products: [] })]);
    await shell.open(en.ui.nav.people);
    await shell.open(en.ui.nav.groups);
    const panel = await groups.manage('Phones');
    await panel.getByRole('button', { name: fill(G.ui.removeNamed, { name: 'Giulia Conti' }) }).click();
    const held = panel.getByRole('alert');
    await held.getByText(L.ui.queues.title).waitFor();
    expect(group('Phones')?.memberIds).toEqual([giulia.id]);
    await held.getByRole('button', { name: L.ui.queues.alsoRemove }).click();
    await panel.getByText(G.ui.noMembers).waitFor();
    expect([...app.store.tables.queues.values()].some((q) => q.members.some((m) => m.userId === giulia.id))).toBe(false);
  });

  it('reads in Italian: the Groups view and the holders list (screenshots)', async () => {
    // The English toasts are dismissed first: they would cover the Italian screenshots.
    const closers = app.page.getByRole('button', { name: en.ui.toasts.close });
    while ((await closers.count()) > 0) await closers.first().click();
    await shell.signOut();
    await signInToMyAccount(app.page, MARCO, it_ as typeof en);
    await shell.open(it_.ui.nav.groups);
    const italian = new GroupsPage(app.page, it_ as typeof en, Git as typeof G);
    await italian.manage('Support team');
    await shots('04-view-it');
    await shell.open(it_.ui.nav.products);
    await app.page.getByRole('button', { name: RS, exact: true }).click();
    const dialog = app.page.getByRole('dialog', { name: fill(Git.ui.holders.showFor, { product: RS }) });
    await dialog.getByText(fill(Git.ui.via, { group: 'Support team' })).waitFor();
    await shots('05-holders-it');
  });
});
