import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import de from '../../core/i18n/locales/de.json';
import fr from '../../core/i18n/locales/fr.json';
import itStrings from '../../core/i18n/locales/it.json';
import peopleDe from '../../core/i18n/locales/people/de.json';
import peopleEn from '../../core/i18n/locales/people/en.json';
import peopleIt from '../../core/i18n/locales/people/it.json';
import type { AuditEntry } from '../../core/model/records.ts';
import { DEMO_PASSWORD } from '../../core/seed/demo-people.ts';
import { history } from '../../core/testing/audit-history.ts';
import { launchApp, type App } from './harness.ts';
import { ActivityPage } from './pages/activity.page.ts';
import { MyAccountPage } from './pages/my-account.page.ts';
import { PeoplePage } from './pages/people.page.ts';
import { ShellPage } from './pages/shell.page.ts';
import { SignInPage } from './pages/sign-in.page.ts';
import { en, fill } from './pages/strings.ts';
import { shownTexts } from './pages/texts.ts';

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
      const hannah = users.ok && 'users' in users.value ? users.value.users.find((u) => u.firstName === 'Hannah') : undefined;
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

  it('says when no email matches the Outbox filters, and clears them from there', async () => {
    await activity.openTab('outbox');
    await activity.filterOutbox({ recipient: 'nobody-by-this-name' });
    await expect.poll(() => activity.shownCount()).toBe(0);
    await app.page.getByText(fr.ui.activity.noEmailMatch).waitFor();
    await activity.clearOutboxFilters();
    await expect.poll(() => activity.shownCount()).toBeGreaterThan(0);
    const box = app.page.getByRole('search', { name: fr.ui.activity.outboxFilters });
    expect(await box.getByLabel(fr.ui.activity.recipient, { exact: true }).inputValue()).toBe('');
    expect(await app.page.getByText(fr.ui.activity.noEmailMatch).count()).toBe(0);
  });

  it('stays smooth with 100,000 entries by 3,000 people: draws only what is seen, loads more as it scrolls', async () => {
    const people = [...app.store.tables.users.keys()];
    // Former colleagues (no longer users: named by their id) made changes too: 3,000 people in "Who".
    const former = Array.from({ length: 3_000 }, (_, i) => `usr_former_${i}`);
    const entries = history(100_000, [...people, null, ...former], people, Date.parse('2021-01-01T00:00:00.000Z'));
    for (const entry of entries) app.store.tables.audit.set(entry.id, entry);
    await activity.openTab('outbox');
    await activity.openTab('audit');
    await activity.clearAuditFilters();
    await expect.poll(() => activity.shownCount()).toBeGreaterThan(100_000);
    expect(await activity.auditRows().count()).toBeLessThan(80);
    // "Who" renders none of its 3,000 people until it is opened or typed in (a <select> drew them all on entry).
    expect(await app.page.locator('option, [role="option"]').count()).toBeLessThan(60);
    await activity.filterAudit({ actor: 'usr_former_2999' });
    await expect.poll(() => activity.shownCount()).toBe(entries.filter((e) => e.actorId === 'usr_former_2999').length);
    await activity.clearAuditFilters();
    await expect.poll(() => activity.shownCount()).toBeGreaterThan(100_000);
    await app.screenshot('activity-06-audit-100k');
    const before = await activity.lastRowIndex();
    for (let i = 0; i < 3; i++) await activity.scrollAuditToEnd();
    await expect.poll(() => activity.lastRowIndex()).toBeGreaterThan(Math.max(before, 200));
    expect(await activity.auditRows().count()).toBeLessThan(80);
  });
});

/** Entries stored before values were typed: minor units, a card's expiry in two numbers, products as records. */
function legacyEntries(app: App): AuditEntry[] {
  const id = (first: string) => [...app.store.tables.users.values()].find((u) => u.firstName === first)!.id;
  const at = '2026-11-23T09:30:00.000Z';
  const base = { at, actorId: id('Claire'), before: null };
  return [
    { ...base, id: 'aud_legacy_order', action: 'order.placed', targetType: 'order', targetId: 'ord_legacy', after: { invoice: 'INV-LEGACY-1', total: 29420, amountDue: 29420, lines: 1 } },
    { ...base, id: 'aud_legacy_card', action: 'card.added', targetType: 'card', targetId: 'card_legacy', after: { brand: 'visa', last4: '1881', expMonth: 12, expYear: 2028 } },
    { ...base, id: 'aud_legacy_products', action: 'user.products.changed', targetType: 'user', targetId: id('Tom'), before: { products: [] }, after: { products: [{ productId: 'remote_support', features: { session_recording: true, unattended_access: false }, assignedAt: at }] } },
  ];
}

/** Through the app's own API, as Claire: an order, a card, and Remote Support with session recording for Hannah. */
async function billingAndLicenceChanges(app: App): Promise<void> {
  const ok = await app.page.evaluate(async () => {
    const api = window.api!;
    const subs = await api['subscriptions.list']();
    const sub = subs.ok ? subs.value.subscriptions[0] : undefined;
    const added = await api['cart.add']({ change: { kind: 'add_seats', subscriptionId: sub!.id, seats: 2 } });
    const order = await api['orders.place']({ idempotencyKey: 'typed-audit-order' });
    const card = await api['cards.add']({ number: '5555 5555 5555 4444', expMonth: 3, expYear: 2028, cvc: '123', holder: 'Claire Dubois' });
    const users = await api['users.list']();
    const hannah = users.ok && 'users' in users.value ? users.value.users.find((u) => u.firstName === 'Hannah') : undefined;
    const licence = await api['licences.apply']({ userIds: [hannah!.id], assign: [{ productId: 'remote_support', features: { session_recording: true } }], remove: [], alsoRemoveFromQueues: false, notify: false });
    return [added.ok, order.ok, card.ok, licence.ok];
  });
  expect(ok).toEqual([true, true, true, true]);
}

const MINOR_UNITS = /29[,.]420/;

describe('Activity and People history read values, not internals; billing entries follow the permissions', () => {
  it('as Claire, in English then German (light, 1024 px): totals as money, card expiry as a month, products with features', async () => {
    const app = await launchApp({ viewport: { width: 1024, height: 768 } });
    try {
      const signIn = new SignInPage(app.page);
      await signIn.waitUntilShown();
      await signIn.signIn(CLAIRE, DEMO_PASSWORD);
      await app.page.getByRole('navigation').waitFor();
      for (const entry of legacyEntries(app)) app.store.tables.audit.set(entry.id, entry);
      await billingAndLicenceChanges(app);

      const shell = new ShellPage(app.page);
      await shell.open(en.ui.nav.activity);
      const activity = new ActivityPage(app.page, en);
      await activity.filterAudit({ kind: en.ui.activity.kinds.order });
      const legacyOrder = activity.auditRow('INV-LEGACY-1');
      await expect.poll(() => legacyOrder.textContent()).toContain('€294.20');
      const orders = await shownTexts(activity.auditRows());
      expect(orders.length).toBeGreaterThanOrEqual(2);
      for (const text of orders) expect(text).toMatch(/€\d[\d,]*\.\d\d/);
      expect(orders.join(' ')).not.toMatch(MINOR_UNITS);
      await app.screenshot('audit-values-01-orders-en-light');
      // The audit CSV reads the same values: an amount with its currency, never minor units.
      const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('button', { name: en.ui.transactions.exportCsv }).click()]);
      expect(download.suggestedFilename()).toBe('audit-log.csv');
      const csv = fs.readFileSync(await download.path(), 'utf8');
      expect(csv).toContain(',€294.20');
      expect(csv).not.toMatch(MINOR_UNITS);

      await activity.clearAuditFilters();
      await activity.filterAudit({ kind: en.ui.activity.kinds.card });
      await activity.openEntry('1881');
      await expect.poll(() => activity.detailRow(en.ui.activity.fields.expiry).textContent()).toBe(`${en.ui.activity.fields.expiry}—12/2028`);
      await app.screenshot('audit-values-02-card-details-en-light');
      await activity.closeDetails();
      await expect.poll(() => activity.auditRow('4444').textContent()).toContain('03/2028');
      expect((await shownTexts(activity.auditRows())).join(' ')).not.toMatch(/2,028|2\.028/);

      await activity.clearAuditFilters();
      await activity.filterAudit({ kind: en.ui.activity.kinds.user_products });
      await expect.poll(() => activity.auditRow('Hannah Becker').textContent()).toContain('Remote Support (Session recording)');
      await app.screenshot('audit-values-03-products-en-light');

      const people = new PeoplePage(app.page, en, peopleEn);
      await shell.open(en.ui.nav.people);
      await people.openUser('Tom Walker');
      const tom = people.history().filter({ hasText: 'Remote Support' });
      await expect.poll(() => tom.textContent()).toContain('Products: — → Remote Support (Session recording)');
      expect((await shownTexts(people.history())).join(' ')).not.toContain('[object Object]');
      await app.screenshot('audit-values-04-people-history-en-light');

      await shell.open(en.ui.nav.myAccount);
      await new MyAccountPage(app.page).changeLanguage('Deutsch');
      await shell.heading(de.ui.myAccount.title).waitFor();
      await shell.open(de.ui.nav.activity);
      const german = new ActivityPage(app.page, de);
      await german.filterAudit({ kind: de.ui.activity.kinds.order });
      await expect.poll(async () => (await german.auditRow('INV-LEGACY-1').textContent())?.replace(/\s/g, ' ')).toContain('294,20 €');
      expect((await shownTexts(german.auditRows())).join(' ')).not.toMatch(MINOR_UNITS);
      await app.screenshot('audit-values-05-orders-de-light');
      await shell.open(de.ui.nav.people);
      const leute = new PeoplePage(app.page, de, peopleDe);
      await leute.openUser('Tom Walker');
      await expect.poll(() => leute.history().filter({ hasText: 'Remote Support' }).textContent()).toContain(`${de.ui.activity.fields.products}: — → Remote Support (${peopleDe.features.session_recording})`);
      await app.screenshot('audit-values-06-people-history-de-light');
    } finally {
      await app.close();
    }
  });

  it('as Marco, an administrator without billing rights, in Italian (dark, 1024 px): no card, order or billing entry', async () => {
    const app = await launchApp({ viewport: { width: 1024, height: 768 }, colorScheme: 'dark' });
    try {
      const signIn = new SignInPage(app.page);
      await signIn.waitUntilShown();
      await signIn.signIn(CLAIRE, DEMO_PASSWORD);
      await app.page.getByRole('navigation').waitFor();
      for (const entry of legacyEntries(app)) app.store.tables.audit.set(entry.id, entry);
      await billingAndLicenceChanges(app);
      await new ShellPage(app.page).signOut(/Sign out/);

      await signIn.waitUntilShown();
      await signIn.signIn('marco.rossi@lumen-analytics.example', DEMO_PASSWORD);
      const shell = new ShellPage(app.page);
      await shell.open(itStrings.ui.nav.activity);
      const activity = new ActivityPage(app.page, itStrings);
      await activity.auditRow(itStrings.ui.audit.account.seeded).or(activity.auditRow(itStrings.ui.audit.user.role.changed)).first().waitFor();
      const seen = await app.page.evaluate(async () => {
        const list = await window.api!['audit.list']({ limit: 500 });
        const facets = await window.api!['audit.facets']();
        return { actions: list.ok ? list.value.entries.map((e) => e.action) : [], kinds: facets.ok ? facets.value.kinds.map((k) => k.kind) : [] };
      });
      expect(seen.actions.length).toBeGreaterThan(0);
      expect(seen.actions.filter((a) => /^(card|order|billing|payments|subscription|support)\.|^account\.billing_details\./.test(a))).toEqual([]);
      expect(seen.kinds).not.toEqual(expect.arrayContaining(['card.']));
      expect(seen.kinds.filter((k) => ['card.', 'order.', 'subscription.', 'billing.', 'payments.'].includes(k))).toEqual([]);
      const shown = (await shownTexts(activity.auditRows())).join(' ');
      expect(shown).not.toContain('INV-LEGACY-1');
      expect(shown).not.toContain('1881');
      await app.screenshot('audit-values-07-marco-it-dark');

      await activity.filterAudit({ kind: itStrings.ui.activity.kinds.user_products });
      await expect.poll(() => activity.auditRow('Hannah Becker').textContent()).toContain(`Remote Support (${peopleIt.features.session_recording})`);
      await app.screenshot('audit-values-08-marco-products-it-dark');

      await shell.open(itStrings.ui.nav.people);
      const persone = new PeoplePage(app.page, itStrings, peopleIt);
      await persone.openUser('Tom Walker');
      await expect.poll(() => persone.history().filter({ hasText: 'Remote Support' }).textContent()).toContain(`Remote Support (${peopleIt.features.session_recording})`);
      await app.screenshot('audit-values-09-people-history-it-dark');
    } finally {
      await app.close();
    }
  });
});
