import type { Locator, Page } from 'playwright-core';
import notices from '../../../core/i18n/locales/notices/en.json';
import { en, fill, type Strings } from './strings.ts';

export type NoticesStrings = typeof notices;

/** Routes in the URL (browser mode's form of an account-admin:// link) and what a route that cannot open says. */
export class LinksPage {
  constructor(
    readonly page: Page,
    readonly url: string,
    readonly s: Strings = en,
    readonly n: NoticesStrings = notices,
  ) {}

  /** Opens the app afresh on a route, as a link pasted in the address bar does: `invoice/INV-2025-000003`. */
  async load(route: string): Promise<void> {
    await this.page.goto(`${this.url}#/${route}`);
    // A goto that changes only the hash stays in the document: reload, so the app starts on the route.
    await this.page.reload();
  }

  /** Follows a route inside the running app (a history entry, as a click on a link makes). */
  async follow(route: string): Promise<void> {
    await this.page.evaluate((r) => void (window.location.hash = `/${r}`), route);
  }

  alert(text: string): Locator {
    return this.page.getByRole('alert').filter({ hasText: text });
  }

  invoiceNotFound(number: string): Locator {
    return this.alert(fill(this.n.links.invoiceNotFound, { number }));
  }

  userNotFound(email: string): Locator {
    return this.alert(fill(this.n.links.userNotFound, { email }));
  }

  subscriptionNotFound(): Locator {
    return this.alert(this.n.links.subscriptionNotFound);
  }

  forbidden(): Locator {
    return this.alert(this.s.errors.forbidden);
  }
}
