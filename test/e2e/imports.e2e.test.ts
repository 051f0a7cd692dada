import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import en from '../../core/i18n/locales/en.json';
import I from '../../core/i18n/locales/imports/en.json';
import type { User } from '../../core/model/records.ts';
import { launchApp, SCREENSHOTS, type App } from './harness.ts';
import { ImportsPage } from './pages/imports.page.ts';
import { ShellPage } from './pages/shell.page.ts';
import { signInToMyAccount } from './pages/sign-in-flow.ts';

const email = (first: string, last: string) => `${first}.${last}@lumen-analytics.example`;
const CLAIRE = email('claire', 'dubois');

/** A spreadsheet's export: byte-order mark, `;` separators, CRLF, a blank line, quoted `;`. */
const FILE = [
  '\uFEFFEmail;Product;Features;Action',
  `${email('hannah', 'becker')};Remote Support;"session_recording=on; unattended_access=off";assign`,
  `${email('olivia', 'brown')};Meetings;;remove`,
  `${email('tom', 'walker')};remote_support;+unattended_access;add`,
  '',
  `nobody@lumen-analytics.example;Meetings;;assign`,
  `${email('ines', 'costa')};Teleport;;assign`,
  `${CLAIRE};Meetings;;assign`,
  `${email('pablo', 'ruiz')};Meetings;;give`,
  `${email('hannah', 'becker').toUpperCase()};remote support;"session_recording=on; unattended_access=off";ASSIGN`,
  `${email('emma', 'leroy')};Business Phone;;remove`,
].join('\r\n');

/** Line in the file → the status the dry run gives it. */
const EXPECTED: Record<number, string> = {
  2: I.status.ok,
  3: I.status.ok,
  4: I.status.ok,
  6: I.status.unknown_user,
  7: I.status.unknown_product,
  8: I.status.already_assigned,
  9: I.status.malformed,
  10: I.status.duplicate,
  11: I.status.ok,
};
const CHANGED = ['hannah.becker', 'olivia.brown', 'tom.walker', 'emma.leroy'].map((local) => `${local}@lumen-analytics.example`);

describe('Licences by CSV import, end to end in Chromium', () => {
  let app: App;
  let imports: ImportsPage;
  const pageErrors: string[] = [];
  /** The window as seen (the dialog's backdrop covers the viewport). */
  const shot = (name: string) => app.page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
  const users = () => [...app.store.tables.users.values()];
  const byEmail = (address: string) => users().find((u) => u.email === address)!;

  beforeAll(async () => {
    app = await launchApp({ viewport: { width: 1280, height: 900 } });
    app.page.on('pageerror', (e) => pageErrors.push(e.message));
    imports = new ImportsPage(app.page);
    const shell = new ShellPage(app.page);
    await signInToMyAccount(app.page, CLAIRE);
    await shell.open(en.ui.nav.people);
  });
  afterAll(async () => {
    await app?.close();
  });
  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  it('shows the format help, then a dry run of a messy file with errors, changing nothing', async () => {
    await imports.open();
    await imports.dialog.getByText(I.ui.help.columns).waitFor();
    await shot('imports-01-choose');
    const before = JSON.stringify(users());
    await imports.upload('licences.csv', FILE);
    await expect.poll(() => imports.statuses()).toEqual(EXPECTED);
    expect(await imports.total('all')).toBe(9);
    expect(await imports.total('ok')).toBe(4);
    for (const status of ['unknown_user', 'unknown_product', 'already_assigned', 'malformed', 'duplicate'] as const) expect(await imports.total(status), status).toBe(1);
    expect(await imports.total('no_seats')).toBe(0);
    await imports.dialog.getByText(`${I.ui.report.summary.split('{{')[0]}`).first().waitFor();
    await imports.dialog.getByText('Emma Leroy').waitFor();
    await shot('imports-02-report');
    await imports.showOnly('malformed');
    await expect.poll(() => imports.statuses()).toEqual({ 9: I.status.malformed });
    await imports.dialog.getByText(`Unknown action “give”`, { exact: false }).waitFor();
    await shot('imports-03-malformed');
    await imports.showOnly('all');
    expect(JSON.stringify(users())).toBe(before);
  });

  it('downloads the report as CSV', async () => {
    const download = await imports.downloadReport();
    const file = path.join(SCREENSHOTS, 'imports-report.csv');
    await download.saveAs(file);
    const text = fs.readFileSync(file, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(Object.values(I.ui.columns).join(','));
    expect(lines).toHaveLength(10);
    expect(lines.find((l) => l.startsWith('6,'))).toContain('No user with the email nobody@lumen-analytics.example.');
  });

  it('takes the queued user out of her queues when asked, then applies the ok rows only, audited', async () => {
    const before = new Map(users().map((u) => [u.email, JSON.stringify(u.products)]));
    const auditBefore = app.store.tables.audit.size;
    await imports.alsoRemoveFromQueues();
    expect(await imports.total('ok')).toBe(4);
    await imports.sendEmails();
    await shot('imports-04-queues');
    await imports.apply(4, 4);
    await shot('imports-05-applied');

    const changed = users().filter((u) => JSON.stringify(u.products) !== before.get(u.email)).map((u) => u.email);
    expect(changed.sort()).toEqual([...CHANGED].sort());
    const held = (u: User, productId: string) => u.products.find((p) => p.productId === productId);
    expect(held(byEmail(CHANGED[0]!), 'remote_support')?.features).toEqual({ session_recording: true, unattended_access: false });
    expect(held(byEmail(CHANGED[1]!), 'meetings')).toBeUndefined();
    expect(held(byEmail(CHANGED[2]!), 'remote_support')?.features.unattended_access).toBe(true);
    const emma = byEmail(CHANGED[3]!);
    expect(held(emma, 'business_phone')).toBeUndefined();
    expect(held(emma, 'contact_center')).toBeUndefined();
    expect([...app.store.tables.queues.values()].some((q) => q.members.some((m) => m.userId === emma.id))).toBe(false);

    const audit = [...app.store.tables.audit.values()].slice(auditBefore);
    const claire = byEmail(CLAIRE).id;
    const productChanges = audit.filter((e) => e.action === 'user.products.changed');
    expect(productChanges.map((e) => users().find((u) => u.id === e.targetId)!.email).sort()).toEqual([...CHANGED].sort());
    expect(productChanges.every((e) => e.actorId === claire)).toBe(true);
    expect(audit.some((e) => e.action === 'queue.members.removed')).toBe(true);
    const emails = [...app.store.tables.outbox.values()].filter((m) => m.template === 'product_change');
    expect(emails.map((m) => m.to).sort()).toEqual([...CHANGED].sort());

    await imports.close();
  });

  it('checks a 10,000-row file in one go, the report virtualized, nothing to apply', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `newcomer.${i}@lumen-analytics.example,Meetings,webinars=on,assign`);
    await imports.open();
    // The check is held back until the progress bar has been seen.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await app.page.route('**/api/imports.check', async (route) => {
      await held;
      await route.continue();
    });
    await imports.choose('newcomers.csv', ['email,product,features,action', ...rows].join('\n'));
    await imports.progress('checking').waitFor();
    await shot('imports-06-checking');
    release();
    await imports.report.waitFor();
    await app.page.unroute('**/api/imports.check');
    await expect.poll(() => imports.total('unknown_user')).toBe(10_000);
    expect(await imports.total('ok')).toBe(0);
    expect(await imports.report.locator('tbody tr[aria-rowindex]').count()).toBeLessThan(60);
    expect(await imports.applyButton(0).isDisabled()).toBe(true);
    await shot('imports-07-large-file');
  });
});
