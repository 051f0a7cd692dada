import type { Locator, Page } from 'playwright-core';
import notices from '../../../core/i18n/locales/notices/en.json';
import { fill } from './strings.ts';

export type NoticesStrings = typeof notices;

/** The bell in the top bar and its popover: the unread count, the list, choosing one. */
export class NotificationsPage {
  readonly bell: Locator;
  readonly popover: Locator;

  constructor(
    readonly page: Page,
    readonly n: NoticesStrings = notices,
  ) {
    this.bell = page.getByRole('banner').getByRole('button', { name: new RegExp(`^${n.bell.label}`) });
    this.popover = page.getByRole('dialog', { name: n.bell.title });
  }

  /** The bell's accessible name: "Notifications, 2 unread" (or plain "Notifications"). */
  async label(): Promise<string> {
    return (await this.bell.getAttribute('aria-label')) ?? '';
  }

  unreadLabel(count: number): string {
    return fill(count === 1 ? this.n.bell.labelUnread_one : this.n.bell.labelUnread_other, { count });
  }

  async open(): Promise<void> {
    await this.bell.click();
    await this.popover.waitFor();
  }

  /** One notification in the open popover, by text it shows (its title or a number in its sentence). */
  item(text: string): Locator {
    return this.popover.getByRole('listitem').filter({ hasText: text });
  }

  async choose(text: string): Promise<void> {
    await this.item(text).getByRole('button').click();
    await this.popover.waitFor({ state: 'detached' });
  }
}
