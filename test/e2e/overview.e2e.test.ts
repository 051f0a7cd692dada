import AxeBuilder from '@axe-core/playwright';
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../core/i18n/locales/en.json';
import O from '../../core/i18n/locales/overview/en.json';
import { DEMO_PASSWORD } from '../../core/seed/demo-people.ts';
import { assignedCount } from '../../core/billing/views.ts';
import { seatsBought } from '../../core/licences/seats.ts';
import { monthKey } from '../../core/overview/spending.ts';
import { launchApp, type App } from './harness.ts';
import { OverviewPage } from './pages/overview.page.ts';
import { ShellPage } from './pages/shell.page.ts';
import { SignInPage } from './pages/sign-in.page.ts';

const CLAIRE = 'claire.dubois@lumen-analytics.example';
const TOM = 'tom.walker@lumen-analytics.example';
const money = (minor: number) => new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(minor / 100);
const number = (n: number) => new Intl.NumberFormat('en-GB').format(n);
const monthLabel = (key: string) => new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${key}-01T00:00:00Z`));

describe('Overview, end to end in Chromium', () => {
  let app: App;
  let overview: OverviewPage;
  let shell: ShellPage;
  beforeAll(async () => {
    app = await launchApp();
    await app.page.emulateMedia({ reducedMotion: 'reduce' });
    overview = new OverviewPage(app.page);
    shell = new ShellPage(app.page);
    const signIn = new SignInPage(app.page);
    await signIn.waitUntilShown();
    const record = (request: Request) => {
      const at = request.url().indexOf('/api/');
      if (at >= 0) signInCalls.push(request.url().slice(at + 5));
    };
    app.page.on('request', record);
    await signIn.signIn(CLAIRE, DEMO_PASSWORD);
    await overview.seatsTable.waitFor();
    await app.page.waitForLoadState('networkidle');
    app.page.off('request', record);
  });
  /** The channels the page called from the sign-in's submit until the Overview showed and the network rested. */
  const signInCalls: string[] = [];
  afterAll(async () => {
    await app?.close();
  });

  it("paints the Overview, the bell and the cart's count from the sign-in's answer alone: one call, not seven", async () => {
    expect(signInCalls).toEqual(['auth.signIn']);
  });

  it('lands Claire on the Overview, with the seat numbers the store counts', async () => {
    await overview.heading.waitFor();
    await overview.seatsTable.waitFor();
    const tables = app.store.tables;
    for (const id of ['remote_support', 'business_phone', 'meetings'] as const) {
      const bought = seatsBought(tables, id);
      const assigned = assignedCount(tables, id);
      expect(await overview.seats(en.ui.products[id])).toEqual([number(bought), number(assigned), number(Math.max(0, bought - assigned))]);
    }
    await overview.seatsChart.waitFor();
    await overview.link(overview.o.seats.assignIdle).waitFor();
    await overview.link(overview.o.seats.manageSeats).waitFor();
    await overview.rest();
    await app.screenshot('overview-1-claire');
  });

  it('has no serious accessibility violation (axe-core, WCAG A/AA)', async () => {
    const results = await new AxeBuilder({ page: app.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id} ${JSON.stringify(n.target)} ${n.failureSummary ?? ""}`));
    expect(serious).toEqual([]);
  });

  it('writes the seat chart tooltip as English does ("Assigned: n", not "Assigned : n")', async () => {
    await overview.seatsChart.waitFor();
    const text = await overview.seatTooltip();
    expect(text).toContain(`${O.seats.assigned}: `);
    expect(text).not.toContain(' : ');
    await overview.rest();
  });

  it('shows spending per month and product as the invoices in the store add up', async () => {
    await overview.spendingChart.waitFor();
    const tables = app.store.tables;
    const tz = tables.account.get('account')!.timeZone;
    const invoices = [...tables.invoices.values()];
    const months = new Set(invoices.map((i) => monthKey(i.issuedAt, tz)));
    const latest = [...months].sort().at(-1)!;
    const inMonth = invoices.filter((i) => monthKey(i.issuedAt, tz) === latest);
    const columns = await overview.spendingColumns();
    const cells = await overview.spending(monthLabel(latest));
    const products = columns.slice(1, -1);
    products.forEach((name, i) => {
      const id = Object.entries(en.ui.products).find(([, label]) => label === name)![0];
      const sum = inMonth.flatMap((inv) => inv.lines).filter((l) => l.productId === id).reduce((s, l) => s + l.amount, 0);
      expect(cells[i]).toBe(money(sum));
    });
    expect(cells.at(-1)).toBe(money(inMonth.reduce((s, inv) => s + inv.subtotal, 0)));
    await overview.rest();
    await app.screenshot('overview-2-spending-table');
  });

  it('switches to 36 months and shows the billing cards', async () => {
    await overview.chooseMonths(36);
    await overview.page.getByRole('button', { name: overview.o.spending.months36, pressed: true }).waitFor();
    await expect.poll(async () => (await overview.spendingTable.getByRole('row').count()) - 1).toBe(36);
    await overview.card(overview.o.cards.renewal).waitFor();
    await overview.card(overview.o.cards.balance).getByText(money(app.store.tables.account.get('account')!.creditBalance)).waitFor();
    await overview.card(overview.o.cards.pending).waitFor();
    await app.page.getByText(overview.o.spending.showTable).click(); // fold the table back for the picture
    await overview.rest();
    await app.screenshot('overview-3-36-months');
  });

  it('shows Tom (a plain user) his seats only, with no billing cards, spending or seat links', async () => {
    await shell.signOut();
    const signIn = new SignInPage(app.page);
    await signIn.waitUntilShown();
    await signIn.signIn(TOM, DEMO_PASSWORD);
    await overview.heading.waitFor();
    await overview.seatsTable.waitFor();
    expect(await overview.cards.count()).toBe(0);
    expect(await overview.page.getByRole('heading', { name: overview.o.spending.title }).count()).toBe(0);
    expect(await overview.link(overview.o.seats.assignIdle).count()).toBe(0);
    expect(await overview.link(overview.o.seats.manageSeats).count()).toBe(0);
    await overview.rest();
    await app.screenshot('overview-4-tom');
  });

  it('opened again, shows the figures it had at once and draws the charts only once its own answer came (not twice)', async () => {
    await overview.seatsChart.waitFor();
    await shell.open(en.ui.nav.myAccount);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await app.page.route('**/api/overview.get', async (route) => {
      await held;
      await route.continue();
    });
    try {
      await shell.open(en.ui.nav.overview);
      await overview.seatsTable.waitFor();
      expect(await overview.seats(en.ui.products.remote_support)).toHaveLength(3);
      // The answer is held: the box is there, empty (recharts' long render would run now, and again after).
      expect(await overview.seatsChart.count()).toBe(0);
      release();
      await overview.seatsChart.waitFor();
    } finally {
      release();
      await app.page.unrouteAll();
    }
  });

  it('paints the figures while the chart is still loading, in a box that keeps its size when the chart fills it', async () => {
    // The chart's code is held back: the figures must not wait for it, nor move when it comes.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await app.page.route(/\/assets\/bars-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    try {
      await app.page.reload();
      await overview.seatsTable.waitFor();
      expect(await overview.seats(en.ui.products.remote_support)).toHaveLength(3);
      expect(await overview.seatsChart.count()).toBe(0);
      const before = await overview.boxes();
      await app.screenshot('overview-6-chart-loading');
      release();
      await overview.seatsChart.waitFor();
      expect(await overview.boxes()).toEqual(before);
    } finally {
      release();
      await app.page.unrouteAll();
    }
  });
});

describe('Overview in dark mode', () => {
  it('keeps the charts readable on a dark surface', async () => {
    const app = await launchApp({ colorScheme: 'dark' });
    try {
      await app.page.emulateMedia({ reducedMotion: 'reduce' });
      const overview = new OverviewPage(app.page);
      const signIn = new SignInPage(app.page);
      await signIn.waitUntilShown();
      await signIn.signIn(CLAIRE, DEMO_PASSWORD);
      await overview.spendingChart.waitFor();
      await overview.rest();
      await app.screenshot('overview-5-dark');
    } finally {
      await app.close();
    }
  });
});
