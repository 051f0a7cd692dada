#!/usr/bin/env node
// `npm test`: installs what is missing, then runs typecheck, lint and every vitest suite (unit and
// end-to-end in Chromium), and ends with one line "N passed, N failed" summing them all.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDeps } from './ensure-deps.mjs';
import { ensureSystemPackages } from './system-packages.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
ensureDeps();
ensureSystemPackages();

let passed = 0;
let failed = 0;
const failures = [];
function step(name, cmd, args) {
  console.log(`\n[test] ${name}: ${cmd} ${args.join(' ')}`);
  const ok = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' }).status === 0;
  console.log(`[test] ${name}: ${ok ? 'passed' : 'FAILED'}`);
  if (!ok) failures.push(`step ${name}`);
  return ok;
}

// Typecheck and lint side by side (each mostly one core): each reports under its own name.
function stepAsync(name, cmd, args) {
  console.log(`\n[test] ${name}: ${cmd} ${args.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => {
      if (out) process.stdout.write(out);
      console.log(`[test] ${name}: ${code === 0 ? 'passed' : 'FAILED'}`);
      if (code !== 0) failures.push(`step ${name}`);
      resolve(code === 0);
    });
  });
}
for (const ok of await Promise.all([stepAsync('typecheck', 'npm', ['run', '--silent', 'typecheck']), stepAsync('lint', 'npm', ['run', '--silent', 'lint'])])) {
  if (ok) passed++;
  else failed++;
}

const report = path.join(root, 'test-results', 'vitest.json');
fs.rmSync(report, { force: true });
fs.mkdirSync(path.dirname(report), { recursive: true });
const vitestOk = step('vitest', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
if (fs.existsSync(report)) {
  const json = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  // A suite that fails to load has no tests to count: count it as one failure.
  failed += json.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
  // Name what failed next to the last line, so a log read from its tail still says which tests.
  for (const file of json.testResults) {
    const where = path.relative(root, file.name);
    if (file.status === 'failed' && file.assertionResults.length === 0) failures.push(`${where}: ${(file.message || 'did not load').split('\n')[0]}`);
    for (const t of file.assertionResults) if (t.status === 'failed') failures.push(`${where} > ${t.fullName}: ${firstLines(t.failureMessages[0] || '')}`);
  }
} else {
  failed++;
}
if (!vitestOk && failed === 0) failed++;

/**
 * A failure in a few lines: its message, what Playwright was waiting for (its call log names the locator;
 * "Timeout exceeded" alone does not say which), and the line of the test file where it stopped.
 */
function firstLines(message) {
  const lines = message.split('\n').map((l) => l.trim());
  const waited = lines.find((l) => /^- waiting for /.test(l));
  const at = lines.find((l) => /\.test\.tsx?:\d+/.test(l) && /^at /.test(l));
  return [lines[0].slice(0, 300), waited, at].filter(Boolean).join('\n      ');
}

// The calendar check: no test may depend on the machine's date. The core's unit suites and the end-to-end files
// where days are counted (the trial's days, cancel and reactivate) run again with the date
// moved five years ahead (libfaketime moves it for Node and Chromium alike); one step, passed or failed.
const CALENDAR_E2E = ['trial-reactivation'].map((f) => `test/e2e/${f}.e2e.test.ts`);
if (fs.existsSync('/usr/bin/faketime')) {
  if (step('calendar (+5 years)', 'faketime', ['-f', '+5y', 'npx', 'vitest', 'run', '--project', 'unit', '--project', 'e2e', ...CALENDAR_E2E, 'core/'])) passed++;
  else failed++;
} else {
  console.log('[test] calendar: faketime is not installed (apt-get install faketime): FAILED');
  failed++;
}
if (failures.length > 0) console.log(`\n[test] failed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
