/**
 * Managing Contact Center queues in Chromium: create, rename, add a member as agent (someone without
 * Contact Center is offered disabled, with the reason), switch to supervisor, remove, delete (the
 * confirmation gives the count); then the view in Italian. Screenshots at 1024 px, light and dark.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import en from '../../core/i18n/locales/en.json';
import it_ from '../../core/i18n/locales/it.json';
import Q from '../../core/i18n/locales/queues/en.json';
import Qit from '../../core/i18n/locales/queues/it.json';
import { launchApp, type App } from './harness.ts';
import { QueuesPage } from './pages/queues.page.ts';
import { ShellPage } from './pages/shell.page.ts';
import { signInToMyAccount } from './pages/sign-in-flow.ts';
import { fill } from './pages/strings.ts';

const CLAIRE = 'claire.dubois@lumen-analytics.example';
const MARCO = 'marco.rossi@lumen-analytics.example';

describe('Queues, managed: end to end in Chromium', () => {
  let app: App;
  let shell: ShellPage;
  let queues: QueuesPage;
  const pageErrors: string[] = [];
  const stored = (name: string) => [...app.store.tables.queues.values()].find((q) => q.name === name);
  const shots = async (name: string) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await app.page.emulateMedia({ colorScheme });
      await app.screenshot(`queues-manage-${name}-${colorScheme}`);
    }
    await app.page.emulateMedia({ colorScheme: 'light' });
  };

  beforeAll(async () => {
    app = await launchApp({ viewport: { width: 1024, height: 700 } });
    app.page.on('pageerror', (e) => pageErrors.push(e.message));
    shell = new ShellPage(app.page);
    queues = new QueuesPage(app.page);
    await signInToMyAccount(app.page, CLAIRE);
  });
  afterAll(async () => {
    await app?.close();
  });
  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  it('creates a queue of a kind and renames it from its menu', async () => {
    await shell.open(en.ui.nav.queues);
    await queues.create('Billing line', 'outbound');
    await shell.toast(fill(Q.ui.outcome.created, { name: 'Billing line' })).waitFor();
    await queues.rename('Billing line', 'Billing calls');
    await shell.toast(fill(Q.ui.outcome.renamed, { name: 'Billing calls' })).waitFor();
    expect(stored('Billing calls')).toMatchObject({ kind: 'outbound', members: [] });
  });

  it('adds a Contact Center holder as agent; someone without the licence is shown disabled with the reason', async () => {
    const dialog = await queues.pickMembers('Billing calls', ['Giulia Conti'], 'agent');
    await dialog.getByRole('searchbox', { name: Q.ui.addDialog.filter }).fill('Tom');
    const tom = dialog.getByRole('checkbox', { name: /Tom Walker/ });
    expect(await tom.isDisabled()).toBe(true);
    await dialog.getByText(Q.ui.addDialog.noLicence).waitFor();
    await shots('01-add');
    await dialog.getByRole('button', { name: Q.ui.addDialog.ok, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await queues.members('Billing calls', 'agents').getByText('Giulia Conti', { exact: true }).waitFor();
    await shell.toast(fill(Q.ui.outcome.added_one, { number: 1, name: 'Billing calls' })).waitFor();
  });

  it('switches the member to supervisor, then removes them', async () => {
    await queues.switchRole('Billing calls', 'Giulia Conti', 'supervisor');
    expect(stored('Billing calls')?.members.map((m) => m.role)).toEqual(['supervisor']);
    await shots('02-supervisor');
    // Giulia stays in two other queues: her licence stays.
    const said = await queues.unassign('Billing calls', 'Giulia Conti');
    expect(said).toBe(fill(Q.ui.done, { name: 'Giulia Conti', queue: 'Billing calls' }));
    await queues.members('Billing calls', 'supervisors').getByText(Q.ui.nobody).waitFor();
  });

  it('deletes a queue from its menu, the confirmation saying how many members leave', async () => {
    await queues.addMembers('Billing calls', ['Sofia Martins', 'Emma Leroy'], 'agent');
    await queues.members('Billing calls', 'agents').getByText('Emma Leroy', { exact: true }).waitFor();
    expect(await queues.delete('Billing calls')).toBe(fill(Q.ui.deleteDialog.members_other, { number: 2 }));
    await shell.toast(fill(Q.ui.outcome.deleted, { name: 'Billing calls' })).waitFor();
    expect(stored('Billing calls')).toBeUndefined();
  });

  it('reads in Italian (screenshots)', async () => {
    const closers = app.page.getByRole('button', { name: en.ui.toasts.close });
    while ((await closers.count()) > 0) await closers.first().click();
    await shell.signOut();
    await signInToMyAccount(app.page, MARCO, it_ as typeof en);
    await shell.open(it_.ui.nav.queues);
    const italian = new QueuesPage(app.page, it_ as typeof en, Qit as typeof Q);
    await italian.create('Rinnovi', 'call');
    await italian.pickMembers('Rinnovi', ['Emma Leroy'], 'supervisor');
    await shots('03-add-it');
  });
});
