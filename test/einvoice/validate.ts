/**
 * Validates CII XML against the official EN 16931 business rules in-process: SaxonJS (the engine the
 * `xslt3` package runs) applies the precompiled rules (SEF) and returns SVRL; every failed assert
 * flagged fatal or error is a rule broken. And against the D16B schema with `xmllint` (libxml2-utils).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

export const EINVOICE_DIR = path.dirname(new URL(import.meta.url).pathname);

interface Saxon {
  transform(options: { stylesheetInternal: unknown; sourceText: string; destination: 'serialized' }, mode: 'sync'): { principalResult: string };
}

let saxon: Saxon | undefined;
let sef: unknown;

function engine(): { saxon: Saxon; sef: unknown } {
  // saxon-js is xslt3's engine (its one dependency); it has no type declarations.
  saxon ??= createRequire(import.meta.url)('saxon-js') as Saxon;
  sef ??= JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(EINVOICE_DIR, 'EN16931-CII-validation.sef.json.gz'))).toString('utf8'));
  return { saxon, sef };
}

export interface FailedAssert {
  id: string;
  flag: string;
  text: string;
  location: string;
}

const decode = (s: string) => s.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&apos;/gu, "'").replace(/&amp;/gu, '&');

/** The failed asserts of the EN 16931 CII rules on this XML (warnings included, with their flag). */
export function failedAsserts(xml: string): FailedAssert[] {
  const { saxon, sef } = engine();
  const svrl = saxon.transform({ stylesheetInternal: sef, sourceText: xml, destination: 'serialized' }, 'sync').principalResult;
  const failures: FailedAssert[] = [];
  for (const m of svrl.matchAll(/<svrl:failed-assert\b([^>]*)>([\s\S]*?)<\/svrl:failed-assert>/gu)) {
    const attr = (name: string) => decode(new RegExp(`\\b${name}="([^"]*)"`, 'u').exec(m[1]!)?.[1] ?? '');
    const text = decode(/<svrl:text>([\s\S]*?)<\/svrl:text>/u.exec(m[2]!)?.[1] ?? '').trim();
    failures.push({ id: attr('id'), flag: attr('flag'), text, location: attr('location') });
  }
  return failures;
}

/** The rules broken (fatal or error), one line each: "BR-CO-15 [fatal] text", empty when valid. */
export function brokenRules(xml: string): string[] {
  return failedAsserts(xml)
    .filter((f) => f.flag === 'fatal' || f.flag === 'error')
    .map((f) => `${f.id} [${f.flag}] ${f.text} at ${f.location}`);
}

export const XSD = path.join(EINVOICE_DIR, 'schema', 'CrossIndustryInvoice_100pD16B.xsd');

/** xmllint's complaints against the CII D16B schema, empty when valid. */
export function schemaErrors(xml: string): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cii-'));
  const file = path.join(dir, 'invoice.xml');
  fs.writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--noout', '--schema', XSD, file], { stdio: 'pipe' });
    return [];
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? error);
    return stderr.split('\n').filter((l) => l.trim() !== '' && !l.endsWith('fails to validate'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
