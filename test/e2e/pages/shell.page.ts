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

  /** The toast region (a landmark named "Notifications" in English) and a toast in it saying `text`. */
  toast(text: string | RegExp, regionName: string | RegExp = /Notifications|Meldingen|Notifiche|Benachrichtigungen|Notificaciones|Notificações/) {
    return this.page.getByRole('region', { name: regionName }).getByText(text);
  }

  /** What has focus: never the page body after a dialog closes. */
  async focusedElement(): Promise<{ tag: string; label: string }> {
    return this.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return { tag: el?.tagName ?? 'NONE', label: el?.getAttribute('aria-label') ?? el?.textContent?.slice(0, 60) ?? '' };
    });
  }

  heading(name: string | RegExp) {
    return this.page.getByRole('heading', { level: 1, name });
  }
}
