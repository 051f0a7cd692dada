/**
 * The stand-in for Electron's printToPDF: Chromium renders the page with its print CSS to a PDF, and
 * poppler reads it back (pdftotext) and rasterizes it (pdftoppm) so the pages can be looked at.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS } from './harness.ts';

export async function renderPdf(page: Page, name: string, format: 'A4' | 'Letter'): Promise<string> {
  const file = path.join(SCREENSHOTS, `${name}.pdf`);
  await page.emulateMedia({ media: 'print' });
  try {
    await page.pdf({ path: file, format, printBackground: true });
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
  return file;
}

/** The PDF's text, every run of white space (narrow and no-break spaces too) as one space. */
export function pdfText(file: string, page?: number): string {
  const pages = page ? ['-f', String(page), '-l', String(page)] : [];
  return normalize(execFileSync('pdftotext', ['-enc', 'UTF-8', ...pages, file, '-'], { encoding: 'utf8' }));
}

export function normalize(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

export function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

/** One PNG per page at 60 dpi, next to the PDF; returns their paths. */
export function pdfToPngs(file: string): string[] {
  const prefix = file.replace(/\.pdf$/, '');
  const dir = path.dirname(prefix);
  const base = path.basename(prefix);
  const mine = (f: string) => f.startsWith(`${base}-`) && /^-\d+\.png$/.test(f.slice(base.length));
  for (const old of fs.readdirSync(dir).filter(mine)) fs.rmSync(path.join(dir, old));
  execFileSync('pdftoppm', ['-png', '-r', '60', file, prefix]);
  return fs
    .readdirSync(dir)
    .filter(mine)
    .sort()
    .map((f) => path.join(dir, f));
}
