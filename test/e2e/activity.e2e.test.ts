import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import de from '../../core/i18n/locales/de.json';
import fr from '../../core/i18n/locales/fr.json';
import { DEMO_PASSWORD } from '../../core/seed/demo-people.ts';
import { history } from '../../core/testing/audit-history.ts';
import { launchApp, type App } from './harness.ts';
import { ActivityPage } from './pages/activity.page.ts';
import { MyAccountPage } from './pages/my-account.page.ts';
import { ShellPage } from './pages/shell.page.ts';
import { SignInPage } from './pages/sign-in.page.ts';
import { en, fill } from './pages/strings.ts';

const CLAIRE = 'claire.dubois@lumen-analytics.example';
/** The harness's fixed clock: 23 November 2026, 11:00 in Paris. */
const TODAY = '2026-11-23';

describe('Activity: the audit log and the outbox, end to end in Chromium', () => {
  let app: App;
  let activity: ActivityPage;
  beforeAll(async () => {
    app = await launchApp();
    const signIn = new SignInPage(app.page);
    await signIn.waitUntilShown();
    await signIn.signIn(CLAIRE, DEMO_PASSWORD);
    await new ShellPage(app.page).open(en.ui.nav.myAccount); // sign-in lands on the Overview
    // A change made in My Account: Claire switches her language, and the whole UI follows.
    await new MyAccountPage(app.page).changeLanguage('Français');
    await new ShellPage(app.page).heading(fr.ui.myAccount.title).waitFor();
    activity = new ActivityPage(app.page, fr);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('finds the change by who made it, its kind and its day, and shows it in full', async () => {
    await new ShellPage(app.page).open(fr.ui.nav.activity);
    // Newest first: the demo's catch-up renewals, then (far below, not drawn yet) the account's creation.
    await activity.auditRow(fr.ui.audit.subscription.renewed).first().waitFor();
    await app.screenshot('activity-01-audit-log');
    await activity.filterAudit({ kind: fr.ui.activity.kinds.account });
    await activity.auditRow(fr.ui.audit.account.seeded).waitFor();
    await activity.clearAuditFilters();

    await activity.filterAudit({ actor: 'Claire Dubois', kind: fr.ui.activity.kinds.user_personal_info, from: TODAY, to: TODAY });
    await expect.poll(() => activity.shownCount()).toBe(1);
    const row = activity.auditRow(fr.ui.audit.user.personal_info.updated);
    await expect.poll(() => row.textContent()).toContain('Claire Dubois');
    expect(await activity.auditRows().count()).toBe(1);
    await app.screenshot('activity-02-audit-filtered');

    const details = await activity.openEntry(fr.ui.audit.user.personal_info.updated);
    await expect.poll(() => activity.detailRow(fr.ui.activity.fields.language).textContent()).toBe(`${fr.ui.activity.fields.language}EnglishFrançais`);
    expect(await details.getByRole('heading', { name: fr.ui.audit.user.personal_info.updated }).count()).toBe(1);
    await app.screenshot('activity-03-audit-details');

    // The day before holds nothing of the kind.
    await activity.filterAudit({ from: '2026-11-22', to: '2026-11-22' });
    await expect.poll(() => activity.shownCount()).toBe(0);
    await app.page.getByText(fr.ui.activity.noMatch).waitFor();
  });

  it('shows a product-change email as its recipient got it, in German', async () => {
    // An admin gives Hannah Becker (German) Remote Support and sends her the product-change email.
    const result = await app.page.evaluate(async () => {
      const users = await window.api!['users.list']();
      const hannah = users.ok ? users.value.users.find((u) => u.firstName === 'Hannah') : undefined;
      return window.api!['licences.apply']({ userIds: [hannah!.id], assign: [{ productId: 'remote_support', features: {} }], remove: [], alsoRemoveFromQueues: false, notify: true });
    });
    expect(result.ok).toBe(true);
    await activity.openTab('outbox');
    await activity.filterOutbox({ recipient: 'becker', template: fr.ui.activity.templates.product_change });
    await expect.poll(() => activity.shownCount()).toBe(1);
    const subject = fill(de.email.productChange.subject, { account: 'Lumen Analytics SAS' });
    const email = await activity.openEmail(subject);
    await expect.poll(() => email.locator('pre[lang="de"]').textContent()).toContain('Hallo Hannah Becker');
    expect(await email.textContent()).toContain(fr.ui.languages.de);
    await app.screenshot('activity-04-outbox-email');

    // The licence change is in the audit log too, with the products named.
    await activity.openTab('audit');
    await activity.clearAuditFilters();
    await activity.filterAudit({ kind: fr.ui.activity.kinds.user_products, target: 'Becker' });
    await expect.poll(() => activity.shownCount()).toBe(1);
    await activity.openEntry('Hannah Becker');
    await expect.poll(() => activity.details.textContent()).toContain('Remote Support');
    await app.screenshot('activity-05-audit-licence-details');
    await activity.closeDetails();
  });

  it('stays smooth with 100,000 entries: draws only what is seen, loads more as it scrolls', async () => {
    const people = [...app.store.tables.users.keys()];
    for (const entry of history(100_000, [...people, null], people, Date.parse('2021-01-01T00:00:00.000Z'))) app.store.tables.audit.set(entry.id, entry);
    await activity.openTab('outbox');
    await activity.openTab('audit');
    await activity.clearAuditFilters();
    await expect.poll(() => activity.shownCount()).toBeGreaterThan(100_000);
    expect(await activity.auditRows().count()).toBeLessThan(80);
    await app.screenshot('activity-06-audit-100k');
    const before = await activity.lastRowIndex();
    for (let i = 0; i < 3; i++) await activity.scrollAuditToEnd();
    await expect.poll(() => activity.lastRowIndex()).toBeGreaterThan(Math.max(before, 200));
    expect(await activity.auditRows().count()).toBeLessThan(80);
  });
});
