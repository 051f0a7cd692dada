/**
 * `account-admin invoices einvoice`: the CII XML of an invoice, to standard output or a Factur-X PDF.
 * (Who may read it is the channel's check, tested with the channel: test/unit/einvoice/channel.test.ts.)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFacturX } from '../../core/einvoice/factur-x.ts';
import { brokenRules } from '../einvoice/validate.ts';

const BIN = path.resolve('bin/account-admin.mjs');
const CLAIRE = 'claire.dubois@lumen-analytics.example';
let root: string;
/** The newest document of the demo seed (its numbers follow the day the seed ran). */
let NUMBER: string;

function cli(args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, ACCOUNT_ADMIN_DATA_DIR: path.join(root, 'store'), ACCOUNT_ADMIN_EMAIL: CLAIRE, ACCOUNT_ADMIN_PASSWORD: 'Lumen-demo-2026' };
  const run = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 90_000, stdio: ['ignore', 'pipe', 'pipe'] });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'account-admin-einvoice-'));
  const listed = cli(['invoices', 'list', '--format', 'json', '--seed-demo']);
  expect(listed.code).toBe(0);
  NUMBER = (JSON.parse(listed.stdout) as { number: string }[])[0]!.number;
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
});
