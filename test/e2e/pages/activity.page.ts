import type { Locator, Page } from 'playwright-core';
import { DateFieldModel } from './date-field.ts';
import { en, type Strings } from './strings.ts';
import { pressUntilGone } from './press.ts';

export interface AuditFilter {
  /** A person's name as the "Who" list shows it. */
  actor?: string;
  /** A kind's own label (the last part of what the list shows). */
  kind?: string;
  target?: string;
  /** Days, YYYY-MM-DD. */
  from?: string;
  to?: string;
}

/** Activity: the Audit log and Outbox tabs, their filters, tables, the entry's details and the email read. */
export class ActivityPage {
  readonly heading: Locator;
  readonly auditTable: Locator;
  readonly outboxTable: Locator;
  readonly details: Locator;
  readonly email: Locator;
  readonly count: Locator;

  constructor(
    readonly page: Page,
    readonly s: Strings = en,
  ) {
    this.heading = page.getByRole('heading', { level: 1, name: s.ui.activity.title });
    this.auditTable = page.getByRole('table', { name: s.ui.activity.audit, exact: true });
    this.outboxTable = page.getByRole('table', { name: s.ui.activity.outbox, exact: true });
    this.details = page.getByRole('complementary').filter({ has: page.getByRole('table', { name: s.ui.activity.details }) });
    this.email = page.getByRole('complementary', { name: s.ui.activity.email });
    this.count = page.getByRole('tabpanel').getByRole('status');
  }

  async openTab(name: 'audit' | 'outbox'): Promise<void> {
    await this.page.getByRole('tab', { name: this.s.ui.activity[name] }).click();
  }

  private filters(which: 'auditFilters' | 'outboxFilters'): Locator {
    return this.page.getByRole('search', { name: this.s.ui.activity[which] });
  }

  /** The audit filters' first and last days (renderer/components/DateField.tsx). */
  get fromDay(): DateFieldModel {
    return new DateFieldModel(this.filters('auditFilters'), this.s.ui.activity.fromDay, this.s);
  }

  get toDay(): DateFieldModel {
    return new DateFieldModel(this.filters('auditFilters'), this.s.ui.activity.toDay, this.s);
  }

  /** Selects are found by a part of their label: a label's text includes the select's options. */
  async filterAudit(filter: AuditFilter): Promise<void> {
    const box = this.filters('auditFilters');
    const a = this.s.ui.activity;
    if (filter.actor) {
      // A combo box (thousands of people may have made changes): type the name, pick the option.
      await box.getByRole('combobox', { name: a.who }).fill(filter.actor);
      await this.page.getByRole('listbox').getByRole('option', { name: filter.actor, exact: true }).click();
    }
    if (filter.kind) {
      const select = box.getByLabel(a.kind);
      // A kind reads as its path ("Users › Personal info"): match its last label exactly.
      const exactly = new RegExp(`(^|› )${filter.kind.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
      const value = await select.locator('option', { hasText: exactly }).getAttribute('value');
      await select.selectOption(value!);
    }
    if (filter.target !== undefined) await box.getByLabel(a.targetSearch, { exact: true }).fill(filter.target);
    if (filter.from !== undefined) await this.fromDay.fill(filter.from);
    if (filter.to !== undefined) await this.toDay.fill(filter.to);
  }

  async clearAuditFilters(): Promise<void> {
    const clear = this.page.getByRole('tabpanel').getByRole('button', { name: this.s.ui.activity.clearFilters });
    // The button shows only while a filter is set.
    if (await clear.count()) await clear.click();
  }

  /** The Outbox's Clear filters (shown while a filter is set), as after a search that found nothing. */
  async clearOutboxFilters(): Promise<void> {
    await this.page.getByRole('tabpanel').getByRole('button', { name: this.s.ui.activity.clearFilters }).click();
  }

  async filterOutbox(filter: { recipient?: string; template?: string }): Promise<void> {
    const box = this.filters('outboxFilters');
    const a = this.s.ui.activity;
    if (filter.recipient !== undefined) await box.getByLabel(a.recipient, { exact: true }).fill(filter.recipient);
    if (filter.template) await box.getByLabel(a.template).selectOption({ label: filter.template });
  }

  /** How many entries (or emails) the tab says match, read from its count. */
  async shownCount(): Promise<number | null> {
    const text = (await this.count.textContent()) ?? '';
    const digits = text.replace(/[^\d]/g, '');
    return digits ? Number(digits) : null;
  }

  /** The audit rows drawn now (virtualized: only those near the viewport). */
  auditRows(): Locator {
    return this.auditTable.locator('tbody').getByRole('row');
  }

  auditRow(text: string): Locator {
    return this.auditRows().filter({ hasText: text });
  }

  async openEntry(text: string): Promise<Locator> {
    await this.auditRow(text).first().click();
    await this.details.waitFor();
    return this.details;
  }

  /** Escape closes the details, wherever the focus is. */
  async closeDetails(): Promise<void> {
    await pressUntilGone(this.page, 'Escape', this.details);
  }

  /** A row of the details' before/after table, by its field's label. */
  detailRow(field: string): Locator {
    return this.details.getByRole('row', { name: new RegExp(`^${field}`) });
  }

  async openEmail(subject: string): Promise<Locator> {
    await this.outboxTable.getByRole('row').filter({ hasText: subject }).first().click();
    await this.email.getByRole('heading', { name: subject }).waitFor();
    return this.email;
  }

  /** Scrolls the audit table's own scroller to its end, as a long log is read. */
  async scrollAuditToEnd(): Promise<void> {
    await this.auditTable.evaluate((table) => {
      const scroller = table.parentElement!;
      scroller.scrollTop = scroller.scrollHeight;
    });
  }

  /** The highest row position drawn (aria-rowindex), to see how far the loaded pages reach. */
  async lastRowIndex(): Promise<number> {
    return this.auditRows().evaluateAll((rows) => Math.max(0, ...rows.map((r) => Number(r.getAttribute('aria-rowindex') ?? 0))));
  }
}
