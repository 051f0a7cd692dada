import type { Locator, Page } from 'playwright-core';
import Q from '../../../core/i18n/locales/queues/en.json';
import { en, fill, type Strings } from './strings.ts';

export type QueueStrings = typeof Q;

/** Queues: each queue by kind with its supervisors and agents, Unassign (confirmed), and managing queues. */
export class QueuesPage {
  readonly heading: Locator;
  readonly status: Locator;

  constructor(
    readonly page: Page,
    readonly s: Strings = en,
    readonly q: QueueStrings = Q,
  ) {
    this.heading = page.getByRole('heading', { level: 1, name: s.ui.nav.queues });
    this.status = page.getByRole('status');
  }

  group(kind: keyof typeof Q.group): Locator {
    return this.page.getByRole('region', { name: this.q.group[kind] });
  }

  queue(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  members(queue: string, role: 'supervisors' | 'agents'): Locator {
    return this.queue(queue).getByRole('group', { name: this.q.ui[role] });
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** Unassign > confirm; resolves once the view says what was done. */
  async unassign(queue: string, name: string): Promise<string> {
    await this.queue(queue).getByRole('button', { name: fill(this.q.ui.unassignNamed, { name, queue }) }).click();
    const dialog = this.page.getByRole('dialog', { name: fill(this.q.ui.confirm.title, { name }) });
    await dialog.getByRole('button', { name: this.q.ui.confirm.ok }).click();
    await dialog.waitFor({ state: 'detached' });
    const notice = this.status.getByText(fill(this.q.ui.done, { name, queue }), { exact: false });
    await notice.waitFor();
    return (await notice.textContent()) ?? '';
  }

  freedText(name: string, queue: string): string {
    return fill(this.q.ui.doneFreed, { name, queue });
  }

  /** New queue: its name and kind; resolves once the queue is listed under its kind. */
  async create(name: string, kind: keyof typeof Q.kind): Promise<Locator> {
    await this.page.getByRole('button', { name: this.q.ui.new }).click();
    const dialog = this.page.getByRole('dialog', { name: this.q.ui.create.title });
    await dialog.getByRole('textbox', { name: this.q.ui.name }).fill(name);
    await dialog.getByRole('radio', { name: this.q.kind[kind] }).check();
    await dialog.getByRole('button', { name: this.q.ui.create.ok }).click();
    await dialog.waitFor({ state: 'detached' });
    const queue = this.group(kind).getByRole('region', { name, exact: true });
    await queue.waitFor();
    return queue;
  }

  /** Picks an item of the queue's menu, by keyboard: the menu button, arrow down, the item's first letters. */
  async menu(queue: string, item: string): Promise<void> {
    const button = this.queue(queue).getByRole('button', { name: fill(this.q.ui.menuNamed, { name: queue }) });
    await button.focus();
    await this.page.keyboard.press('ArrowDown');
    const entry = this.page.getByRole('menuitem', { name: item });
    await entry.waitFor();
    await entry.focus();
    await this.page.keyboard.press('Enter');
  }

  async rename(queue: string, name: string): Promise<void> {
    await this.menu(queue, this.q.ui.rename);
    const dialog = this.page.getByRole('dialog', { name: fill(this.q.ui.renameDialog.title, { name: queue }) });
    await dialog.getByRole('textbox', { name: this.q.ui.name }).fill(name);
    await dialog.getByRole('button', { name: this.q.ui.rename }).click();
    await dialog.waitFor({ state: 'detached' });
    await this.queue(name).waitFor();
  }

  /** Add members > the role > tick each person found by the filter; the dialog stays open. */
  async pickMembers(queue: string, people: string[], role: 'agent' | 'supervisor'): Promise<Locator> {
    await this.queue(queue).getByRole('button', { name: fill(this.q.ui.addMembersNamed, { name: queue }) }).click();
    const dialog = this.page.getByRole('dialog', { name: fill(this.q.ui.addDialog.title, { name: queue }) });
    await dialog.getByRole('radio', { name: this.q.role[role] }).check();
    for (const person of people) {
      await dialog.getByRole('searchbox', { name: this.q.ui.addDialog.filter }).fill(person.split(' ')[0]!);
      await dialog.getByRole('checkbox', { name: new RegExp(person) }).check();
    }
    return dialog;
  }

  async addMembers(queue: string, people: string[], role: 'agent' | 'supervisor'): Promise<void> {
    const dialog = await this.pickMembers(queue, people, role);
    await dialog.getByRole('button', { name: this.q.ui.addDialog.ok, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** The role switch beside a member; resolves once they are listed in the other role. */
  async switchRole(queue: string, name: string, to: 'agent' | 'supervisor'): Promise<void> {
    const label = fill(to === 'supervisor' ? this.q.ui.makeSupervisorNamed : this.q.ui.makeAgentNamed, { name, queue });
    await this.queue(queue).getByRole('button', { name: label }).click();
    await this.members(queue, to === 'supervisor' ? 'supervisors' : 'agents').getByText(name, { exact: true }).waitFor();
  }

  /** Delete from the queue's menu; returns what the confirmation said, then confirms. */
  async delete(queue: string): Promise<string> {
    await this.menu(queue, this.q.ui.delete);
    const dialog = this.page.getByRole('dialog', { name: fill(this.q.ui.deleteDialog.title, { name: queue }) });
    const text = (await dialog.locator('p').first().textContent()) ?? '';
    await dialog.getByRole('button', { name: this.q.ui.deleteDialog.ok }).click();
    await dialog.waitFor({ state: 'detached' });
    await this.queue(queue).waitFor({ state: 'detached' });
    return text;
  }
}
