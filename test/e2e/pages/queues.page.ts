import type { Locator, Page } from 'playwright-core';
import Q from '../../../core/i18n/locales/queues/en.json';
import { en, fill } from './strings.ts';

/** Queues: each queue by kind with its supervisors and agents, and Unassign (confirmed). */
export class QueuesPage {
  readonly heading: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: en.ui.nav.queues });
    this.status = page.getByRole('status');
  }

  group(kind: keyof typeof Q.group): Locator {
    return this.page.getByRole('region', { name: Q.group[kind] });
  }

  queue(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  members(queue: string, role: 'supervisors' | 'agents'): Locator {
    return this.queue(queue).getByRole('group', { name: Q.ui[role] });
  }

  /** Unassign > confirm; resolves once the view says what was done. */
  async unassign(queue: string, name: string): Promise<string> {
    await this.queue(queue).getByRole('button', { name: fill(Q.ui.unassignNamed, { name, queue }) }).click();
    const dialog = this.page.getByRole('dialog', { name: fill(Q.ui.confirm.title, { name }) });
    await dialog.getByRole('button', { name: Q.ui.confirm.ok }).click();
    await dialog.waitFor({ state: 'detached' });
    const notice = this.status.getByText(fill(Q.ui.done, { name, queue }), { exact: false });
    await notice.waitFor();
    return (await notice.textContent()) ?? '';
  }

  freedText(name: string, queue: string): string {
    return fill(Q.ui.doneFreed, { name, queue });
  }
}
