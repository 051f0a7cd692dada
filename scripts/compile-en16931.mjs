// Compiles the vendored EN 16931 CII rules (XSLT 2.0) to SaxonJS's SEF once, ~20 s, so tests load the
// compiled rules in ~1 s: `node scripts/compile-en16931.mjs` after replacing test/einvoice/*.xslt.
// Writes the gzipped SEF and the SHA-256 of the XSLT it came from (a test checks they agree).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

const dir = path.resolve(import.meta.dirname, '../test/einvoice');
const xslt = path.join(dir, 'EN16931-CII-validation.xslt');
const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'en16931-')), 'cii.sef.json');
execFileSync(process.execPath, [path.resolve(import.meta.dirname, '../node_modules/xslt3/xslt3.js'), `-xsl:${xslt}`, `-export:${tmp}`, '-nogo'], { stdio: 'inherit' });
fs.writeFileSync(path.join(dir, 'EN16931-CII-validation.sef.json.gz'), zlib.gzipSync(fs.readFileSync(tmp), { level: 9 }));
fs.writeFileSync(path.join(dir, 'EN16931-CII-validation.sef.sha256'), `${createHash('sha256').update(fs.readFileSync(xslt)).digest('hex')}\n`);
fs.rmSync(path.dirname(tmp), { recursive: true });
