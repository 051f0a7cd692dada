import type { Page } from 'playwright-core';

/** The signed-in frame: navigation and sign-out, in whatever language the UI is in. */
export class ShellPage {
  constructor(readonly page: Page) {}

  async open(linkName: string | RegExp): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: linkName }).click();
  }

  async signOut(label: string | RegExp = /Sign out|Se déconnecter/): Promise<void> {
    await this.page.getByRole('button', { name: label }).click();
  }

  heading(name: string | RegExp) {
    return this.page.getByRole('heading', { level: 1, name });
  }
}
