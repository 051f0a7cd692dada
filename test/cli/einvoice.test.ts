/**
 * `account-admin invoices einvoice`: the CII XML of an invoice, to standard output or a Factur-X PDF.
 * (Who may read it is the channel's check, tested with the channel: test/unit/einvoice/channel.test.ts.)
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { readFacturX } from '../../core/einvoice/factur-x.ts';
import { brokenRules } from '../einvoice/validate.ts';

const BIN = path.resolve('bin/account-admin.mjs');
const CLAIRE = 'claire.dubois@lumen-analytics.example';
let root: string;
/** The newest document of the demo seed (its numbers follow the day the seed ran). */
let NUMBER: string;
/** The seed's documents, newest first. */
let LISTED: { number: string; issuedAt: string }[];

const cliEnv = (): NodeJS.ProcessEnv => ({ ...process.env, ACCOUNT_ADMIN_DATA_DIR: path.join(root, 'store'), ACCOUNT_ADMIN_EMAIL: CLAIRE, ACCOUNT_ADMIN_PASSWORD: 'Lumen-demo-2026' });

function cli(args: string[]) {
  const env = cliEnv();
  const run = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 90_000, stdio: ['ignore', 'pipe', 'pipe'] });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'account-admin-einvoice-'));
  const listed = cli(['invoices', 'list', '--format', 'json', '--seed-demo']);
  expect(listed.code).toBe(0);
  LISTED = JSON.parse(listed.stdout) as typeof LISTED;
  NUMBER = LISTED[0]!.number;
}, 60_000);

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('account-admin invoices einvoice', { timeout: 120_000 }, () => {
  it('writes the valid EN 16931 XML to standard output, and to a .pdf file the invoice as Factur-X holding that XML', async () => {
    const run = cli(['invoices', 'einvoice', NUMBER]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`<ram:ID>${NUMBER}</ram:ID>`);
    expect(brokenRules(run.stdout)).toEqual([]);

    const pdfFile = path.join(root, 'invoice.pdf');
    const pdf = cli(['invoices', 'einvoice', NUMBER, '--out', pdfFile]);
    expect(pdf.stderr).toBe(`written to ${pdfFile}\n`);
    expect(await readFacturX(fs.readFileSync(pdfFile))).toBe(run.stdout);
  });

  it('with --from and --to writes every document of the period, one XML each, in a ZIP; a period backwards is a clear error', () => {
    const listed = JSON.parse(cli(['invoices', 'list', '--format', 'json']).stdout) as { number: string }[];
    const zipFile = path.join(root, 'period.zip');
    // The seed's dates follow the day it ran: a period wide enough to hold them all, whatever today is.
    const run = cli(['invoices', 'einvoice', '--from', '2000-01-01', '--to', '2099-12-31', '--out', zipFile]);
    expect(run.stderr).toBe(`${listed.length} e-invoices written to ${zipFile}\n`);
    expect(run.code).toBe(0);
    const files = unzipSync(fs.readFileSync(zipFile));
    expect(Object.keys(files).sort()).toEqual(listed.map((i) => `${i.number}.xml`).sort());
    expect(strFromU8(files[`${NUMBER}.xml`]!)).toBe(cli(['invoices', 'einvoice', NUMBER]).stdout);

    const backwards = cli(['invoices', 'einvoice', '--from', '2026-02-01', '--to', '2026-01-01', '--out', zipFile]);
    expect(backwards.code).not.toBe(0);
    expect(backwards.stderr).toContain('first day comes before its last');
  });

  it('with --pdf puts each document’s Factur-X PDF beside its XML, printed with one Chromium', async () => {
    // The days around the newest document's (the account's calendar may be a day off UTC's): a few documents.
    const at = Date.parse(LISTED[0]!.issuedAt);
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const zipFile = path.join(root, 'period-pdf.zip');
    const run = cli(['invoices', 'einvoice', '--from', day(at - 86_400_000), '--to', day(at + 86_400_000), '--pdf', '--out', zipFile]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^\d+ e-invoices \(XML and Factur-X PDF\) written to /u);
    const files = unzipSync(fs.readFileSync(zipFile));
    const names = Object.keys(files);
    const numbers = names.filter((n) => n.endsWith('.xml')).map((n) => n.slice(0, -4));
    expect(numbers).toContain(NUMBER);
    expect(names).toEqual(numbers.flatMap((n) => [`${n}.xml`, `${n}.pdf`]));
    for (const number of numbers) expect(await readFacturX(files[`${number}.pdf`]!)).toBe(strFromU8(files[`${number}.xml`]!));

    const misplaced = cli(['invoices', 'einvoice', NUMBER, '--pdf']);
    expect(misplaced.code).toBe(2);
    expect(misplaced.stderr).toContain('--pdf goes with --from and --to');
  });

  it('with --pdf at a terminal says how far it is on stderr, and Ctrl+C stops it cleanly: exit 130, no file, nothing half-written', async () => {
    // A terminal for the command (util-linux `script`); Ctrl+C typed into it, as a person would, once the
    // first document is done. Piped (the tests above), the same command prints no progress.
    const zipFile = path.join(root, 'interrupted', 'all.zip');
    fs.mkdirSync(path.dirname(zipFile));
    const quote = (arg: string) => `'${arg.replace(/'/gu, `'\\''`)}'`;
    const command = ['exec', ...[process.execPath, BIN, 'invoices', 'einvoice', '--from', '2000-01-01', '--to', '2099-12-31', '--pdf', '--out', zipFile].map(quote)].join(' ');
    const terminal = spawn('script', ['-q', '-e', '-c', command, '/dev/null'], { env: cliEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    let screen = '';
    terminal.stdout.on('data', (chunk: Buffer) => {
      const before = screen;
      screen += chunk.toString('utf8');
      if (!/ 1 of \d+/u.test(before) && / 1 of \d+/u.test(screen)) terminal.stdin.write('\x03');
    });
    const code = await new Promise<number | null>((resolve) => terminal.on('close', resolve));
    const total = LISTED.length;
    expect(screen).toContain(`Preparing e-invoices… 0 of ${total}`);
    expect(screen).toContain(`Preparing e-invoices… 1 of ${total}`);
    expect(screen).not.toContain(`${total} of ${total}`);
    expect(screen).toContain('account-admin: interrupted: nothing was written');
    expect(code).toBe(130);
    expect(fs.readdirSync(path.dirname(zipFile))).toEqual([]);
  });
});
