/** `invoices pdf <number> --out file.pdf`: prints the invoice with headless Chromium, when one is installed. */
import { existsSync, writeFileSync } from 'node:fs';
import { dayIn, periodIn } from '../output.ts';
import { stringOption, UsageError } from '../args.ts';
import type { Subcommand } from '../command.ts';
import { invoiceHtml } from './invoice-html.ts';
import type { Cli } from '../session.ts';
import { invoicesOf } from '../../core/schemas/billing.ts';

/** Where Chromium usually is (as the e2e harness and scripts/system-packages.mjs look for it). */
const CHROMIUM_PATHS = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function findChromium(env: NodeJS.ProcessEnv): string | undefined {
  return [env.CHROMIUM_PATH, ...CHROMIUM_PATHS].find((p): p is string => Boolean(p) && existsSync(p!));
}

export const pdfCommand: Subcommand = {
  options: { out: { type: 'string' } },
  help: `Usage: account-admin invoices pdf <number> --out <file.pdf>

Saves one invoice or credit note as PDF. Needs Chromium (CHROMIUM_PATH, or /usr/bin/chromium); without it
the command stops with exit code 2. Needs the View billing permission.`,
  async run(cli, values, positionals) {
    const [number, ...extra] = positionals;
    const out = stringOption(values, 'out');
    if (!number || extra.length || !out) throw new UsageError('account-admin invoices pdf <number> --out <file.pdf>');
    const summary = await findInvoice(cli, number);
    writeFileSync(out, await printInvoice(cli, summary.id));
    process.stderr.write(`written to ${out}\n`);
  },
};

/** The invoice or credit note with this number, or a usage error naming the list command. */
export async function findInvoice(cli: Cli, number: string) {
  const invoices = invoicesOf(await cli.call('invoices.list', {}));
  const summary = invoices.find((i) => i.number === number);
  if (!summary) throw new UsageError(`no invoice numbered ${number} (account-admin invoices list)`);
  return summary;
}

/** The invoice printed to PDF with headless Chromium; a usage error when Chromium is not installed. */
export async function printInvoice(cli: Cli, id: string): Promise<Uint8Array> {
  return withInvoicePrinter(cli, (print) => print(id));
}

/**
 * One headless Chromium for as many invoices as `work` prints (a period's: one launch, not one each).
 * `handleSIGINT: false` when the caller handles Ctrl+C itself (it stops `work`, and the browser is closed
 * here); otherwise Playwright closes the browser and ends the process.
 */
export async function withInvoicePrinter<T>(cli: Cli, work: (print: (id: string) => Promise<Uint8Array>) => Promise<T>, options: { handleSIGINT?: boolean } = {}): Promise<T> {
  const executablePath = findChromium(process.env);
  if (!executablePath) throw new UsageError('Chromium was not found (set CHROMIUM_PATH, or install chromium): cannot save a PDF');
  // Loaded only here: playwright-core is needed for the PDF commands alone.
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'], handleSIGINT: options.handleSIGINT ?? true });
  try {
    const page = await browser.newPage();
    return await work(async (id) => {
      const invoice = await cli.call('invoices.get', { id });
      await page.setContent(invoiceHtml(invoice, dayIn(cli.timeZone), periodIn(cli.timeZone)));
      return page.pdf({ format: 'A4', printBackground: true });
    });
  } finally {
    await browser.close();
  }
}
