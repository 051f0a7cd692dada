import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../../core/seed/demo-people.ts';
import { ShellPage } from './shell.page.ts';
import { SignInPage } from './sign-in.page.ts';
import { en, type Strings } from './strings.ts';

/**
 * From the sign-in page to My Account: sign-in lands on the Overview, so the spec opens My Account
 * itself. `s` is the language of the user's UI once signed in; the sign-in page shows `before`.
 */
export async function signInToMyAccount(page: Page, email: string, s: Strings = en, before: Strings = en): Promise<void> {
  const signIn = new SignInPage(page, before);
  await signIn.waitUntilShown();
  await signIn.signIn(email, DEMO_PASSWORD);
  const shell = new ShellPage(page);
  await shell.open(s.ui.nav.myAccount);
  await shell.heading(s.ui.myAccount.title).waitFor();
}
