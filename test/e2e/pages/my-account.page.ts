import type { Locator, Page } from 'playwright-core';
import { en, type Strings } from './strings.ts';

/** My Account's three panels. Locators take the label text, so they work in any language. */
export class MyAccountPage {
  constructor(readonly page: Page) {}

  panel(title: string | RegExp): Locator {
    return this.page.getByRole('region', { name: title });
  }

  async edit(title: string | RegExp): Promise<Locator> {
    const panel = this.panel(title);
    await panel.getByRole('button', { name: /Edit|Modifier|bearbeiten/i }).click();
    // The form in the middle of the window, as someone editing it sees it: a picker at the window's
    // bottom edge opens upwards over the field (the page is taller since two-step sign-in).
    // The scroll's event fires at the next frame, and a picker open by then closes on it (react-aria
    // closes a popover when the page scrolls, putting back the chosen value): on a loaded machine that
    // frame can come after the test has typed. Wait for the frame, so what is typed next stays.
    await panel.evaluate(async (el) => {
      el.scrollIntoView({ block: 'center' });
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    });
    return panel;
  }

  /** Picks another language in Personal info, from the language the UI is in (`s`, English by default). */
  async changeLanguage(to: string, s: Strings = en): Promise<void> {
    const panel = await this.edit(s.ui.myAccount.personalInfo);
    await panel.getByLabel(s.ui.fields.language).selectOption({ label: to });
    await panel.getByRole('button', { name: s.ui.common.save }).click();
  }

  /**
   * Opens Personal info, types `query` in the time-zone picker, picks the option whose label matches
   * `option` and saves. Returns the panel.
   */
  async chooseTimeZone(query: string, option: string | RegExp, s: Strings = en): Promise<Locator> {
    const panel = await this.edit(s.ui.myAccount.personalInfo);
    const box = this.timeZoneBox(panel, s);
    await box.fill(query);
    await this.page.getByRole('listbox').getByRole('option', { name: option }).click();
    await panel.getByRole('button', { name: s.ui.common.save }).click();
    return panel;
  }

  /** The time-zone picker (a combo box) of the Personal info form. */
  timeZoneBox(panel: Locator, s: Strings = en): Locator {
    return panel.getByRole('combobox', { name: s.ui.fields.timeZone });
  }

  /** What Personal info shows for the time zone, read-only. */
  async shownTimeZone(s: Strings = en): Promise<string> {
    const facts = this.panel(s.ui.myAccount.personalInfo);
    const term = facts.locator('dt', { hasText: s.ui.fields.timeZone });
    return (await term.locator('xpath=following-sibling::dd[1]').textContent()) ?? '';
  }

  async changePassword(panelTitle: string | RegExp, labels: PasswordLabels, current: string, next: string, confirm = next): Promise<Locator> {
    const panel = await this.edit(panelTitle);
    await panel.getByLabel(labels.current).fill(current);
    await panel.getByLabel(labels.next, { exact: true }).fill(next);
    await panel.getByLabel(labels.confirm).fill(confirm);
    await panel.getByRole('button', { name: labels.save }).click();
    return panel;
  }

  /** Saves the login info panel with the current password and nothing else changed. */
  async saveLoginUnchanged(panelTitle: string | RegExp, labels: PasswordLabels, current: string): Promise<Locator> {
    const panel = await this.edit(panelTitle);
    await panel.getByLabel(labels.current).fill(current);
    await panel.getByRole('button', { name: labels.save }).click();
    return panel;
  }
}

export interface PasswordLabels {
  current: string;
  next: string;
  confirm: string;
  save: string;
}
