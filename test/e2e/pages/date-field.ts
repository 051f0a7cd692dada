import type { Locator, Page } from 'playwright-core';
import { vi } from 'vitest';
import { pressUntilGone } from './press.ts';
import { en, fill, type Strings } from './strings.ts';

/** Marks that keep a field's parts in reading order; not seen, not typed. */
const BIDI_MARKS = /[\u200e\u200f\u2066-\u2069]/g;

/**
 * The shared day field (renderer/components/DateField.tsx): a group of segments named by its label, in
 * the order and with the separators of the UI's language. Typing goes segment by segment, as a person
 * would, so a test reads the same whatever the order (dd/mm, mm/dd, yyyy-mm-dd).
 */
export class DateFieldModel {
  readonly group: Locator;
  readonly clearButton: Locator;

  constructor(scope: Page | Locator, label: string, s: Strings = en) {
    this.group = scope.getByRole('group', { name: label, exact: true });
    this.clearButton = this.group.getByRole('button', { name: fill(s.ui.dateField.clear, { label }), exact: true });
  }

  /** What the field shows (as rendered, capitals included), placeholders included: "jj/mm/aaaa" empty, "23/11/2026" set. */
  async shown(): Promise<string> {
    return (await this.group.locator('.date-input').innerText()).replace(BIDI_MARKS, '').replace(/\s/g, '');
  }

  /** The segments' kinds in the order shown ("day", "month", "year" in French). */
  async order(): Promise<string[]> {
    return this.group.locator('[role="spinbutton"]').evaluateAll((segments) => segments.map((s) => s.getAttribute('data-type') ?? ''));
  }

  /** Types a day given as yyyy-mm-dd: the year, then the month, then the day, each in its own segment; '' clears the field. */
  async fill(iso: string): Promise<void> {
    if (!iso) return this.clear();
    const [year, month, day] = iso.split('-') as [string, string, string];
    for (const [type, digits] of [['year', year], ['month', month], ['day', day]] as const) {
      const segment = this.group.locator(`[role="spinbutton"][data-type="${type}"]`);
      await segment.focus();
      await segment.pressSequentially(digits);
    }
    // Leaving the field commits what was typed.
    await this.group.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  }

  /** What the field says about its day (why it is refused), read through the group's aria-describedby. */
  async message(): Promise<string> {
    return this.group.evaluate((group) =>
      (group.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .map((id) => (id ? (document.getElementById(id)?.textContent ?? '') : ''))
        .join(' ')
        .trim(),
    );
  }

  /** A segment by kind ("day", "month", "year"). */
  segment(type: 'day' | 'month' | 'year'): Locator {
    return this.group.locator(`[role="spinbutton"][data-type="${type}"]`);
  }

  /** Types digits from the first segment on, as a person would, the field moving on by itself. */
  async typeFromStart(digits: string): Promise<void> {
    await this.group.locator('[role="spinbutton"]').first().focus();
    await this.group.page().keyboard.type(digits);
  }

  /** Opens the calendar from the keyboard (Alt+Down in a segment) and returns it. */
  async openCalendar(): Promise<Locator> {
    const page = this.group.page();
    const calendar = page.getByRole('dialog').filter({ has: page.getByRole('grid') });
    const segment = this.group.locator('[role="spinbutton"]').first();
    // Focus and the key press are two steps: a render landing between them (the table taking in the
    // filter just typed, on a loaded machine) can leave the key with nothing focused. Press again, from
    // the field, until the calendar is there.
    await vi.waitFor(async () => {
      if (!(await calendar.count())) {
        await segment.focus();
        await page.keyboard.press('Alt+ArrowDown');
      }
      await calendar.waitFor({ timeout: 2_000 });
    }, { timeout: 20_000, interval: 100 });
    return calendar;
  }

  /** Escape closes the open calendar and gives the field its focus back. */
  async closeCalendar(calendar: Locator): Promise<void> {
    await pressUntilGone(this.group.page(), 'Escape', calendar);
  }

  /** The field's clear button, shown while it holds a day. */
  async clear(): Promise<void> {
    if (await this.clearButton.count()) await this.clearButton.click();
  }
}
