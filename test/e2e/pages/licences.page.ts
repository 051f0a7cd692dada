import type { Locator, Page } from 'playwright-core';
import L from '../../../core/i18n/locales/licences/en.json';
import P from '../../../core/i18n/locales/people/en.json';
import Q from '../../../core/i18n/locales/queues/en.json';
import { en, fill } from './strings.ts';

type Mode = 'add' | 'remove';

/** An English plural: the `_one` or `_other` form of a key, filled. */
export function plural(forms: { one: string; other: string }, count: number, params: Record<string, string | number> = {}): string {
  return fill(count === 1 ? forms.one : forms.other, { count, number: count, ...params });
}
const forms = (tree: object, key: string) => {
  const strings = tree as Record<string, string>;
  return { one: strings[`${key}_one`]!, other: strings[`${key}_other`]! };
};

/**
 * People > Add / Remove products: the dialog (products, features, email, queue cleanup, summary), and
 * its two ways in — a user's menu, or the bulk toolbar over the ticked users.
 */
export class LicencesPage {
  constructor(readonly page: Page) {}

  dialog(mode: Mode): Locator {
    return this.page.getByRole('dialog', { name: L.ui.title[mode] });
  }

  /** A user's menu (⋯) > Add products / Remove products. */
  async openFromUserMenu(name: string, mode: Mode): Promise<Locator> {
    await this.page.getByRole('searchbox', { name: en.ui.people.search }).fill(name);
    await this.page.getByRole('button', { name: fill(P.ui.actionsFor, { name }) }).click();
    await this.page.getByRole('menuitem', { name: P.ui.actions[mode === 'add' ? 'addProducts' : 'removeProducts'] }).click();
    return this.waitOpen(mode);
  }

  /** Search, tick every user shown, then the bulk toolbar's Add / Remove products. */
  async openForSearch(query: string, shown: number, mode: Mode): Promise<Locator> {
    await this.page.getByRole('searchbox', { name: en.ui.people.search }).fill(query);
    await this.page.getByRole('checkbox', { name: plural(forms(P.ui, 'selectAllShown'), shown) }).check();
    const toolbar = this.page.getByRole('toolbar', { name: P.ui.bulkLabel });
    await toolbar.getByText(plural(forms(P.ui, 'selected'), shown)).waitFor();
    await toolbar.getByRole('button', { name: P.ui.actions[mode === 'add' ? 'addProducts' : 'removeProducts'] }).click();
    return this.waitOpen(mode);
  }

  private async waitOpen(mode: Mode): Promise<Locator> {
    const dialog = this.dialog(mode);
    await dialog.getByRole('group', { name: L.ui.pick[mode] }).waitFor();
    return dialog;
  }

  async tick(dialog: Locator, product: string): Promise<void> {
    await dialog.getByRole('checkbox', { name: product, exact: true }).check();
  }

  /** Opens a product's features and switches one on or off. */
  async setFeature(dialog: Locator, product: string, feature: keyof typeof L.features, on: boolean): Promise<void> {
    const name = fill(L.ui.featuresOf, { product });
    const toggle = dialog.getByRole('button', { name });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await dialog.getByRole('group', { name }).getByRole('switch', { name: L.features[feature] }).setChecked(on);
  }

  async sendEmail(dialog: Locator): Promise<void> {
    await dialog.getByRole('checkbox', { name: L.ui.notify }).check();
  }

  summary(dialog: Locator): Locator {
    return dialog.getByRole('region', { name: L.ui.summary.title });
  }

  /** Waits until the summary says it, for the current ticks. */
  async summarySays(dialog: Locator, text: string): Promise<void> {
    const summary = this.summary(dialog);
    await summary.and(this.page.locator('[aria-busy="false"]')).getByText(text, { exact: false }).waitFor();
  }

  gets(count: number): string {
    return plural(forms(L.ui.summary, 'assigned'), count);
  }

  loses(count: number): string {
    return plural(forms(L.ui.summary, 'removed'), count);
  }

  seatsAfter(assigned: number, seats: number, free: number): string {
    return fill(L.ui.summary.seatsAfter, { assigned, seats, free });
  }

  missing(count: number): string {
    return plural(forms(L.ui.summary, 'missing'), count);
  }

  buyLink(dialog: Locator, count: number, product: string): Locator {
    return this.summary(dialog).getByRole('link', { name: plural(forms(L.ui.summary, 'buy'), count, { product }) });
  }

  confirmButton(dialog: Locator, mode: Mode): Locator {
    return dialog.getByRole('button', { name: L.ui.confirm[mode], exact: true });
  }

  /** The Contact Center warning: the queues that still hold the users, and the offer to leave them. */
  queueCleanup(dialog: Locator): Locator {
    return dialog.getByRole('region', { name: L.ui.queues.title });
  }

  /** How the warning names one place: "Inbound queue “Support inbox”: agent". */
  queuePlace(kind: keyof typeof Q.kind, name: string, role: keyof typeof Q.role): string {
    return fill(L.ui.queues.place, { kind: Q.kind[kind], name, role: Q.role[role] });
  }

  async alsoRemoveFromQueues(dialog: Locator): Promise<void> {
    await this.queueCleanup(dialog).getByRole('checkbox', { name: L.ui.queues.alsoRemove }).check();
  }

  /** Confirms once the summary allows it; the dialog closes when the change is applied. */
  async confirm(dialog: Locator, mode: Mode): Promise<void> {
    const button = this.confirmButton(dialog, mode);
    await button.and(this.page.locator(':enabled')).waitFor();
    await button.click();
    await dialog.waitFor({ state: 'detached' });
  }
}
