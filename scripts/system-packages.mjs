// Debian packages the end-to-end tests need: Chromium (driven by playwright-core) and poppler-utils
// (pdftoppm/pdftotext for printed PDFs), faketime (the calendar check of scripts/test.mjs), libxml2-utils (xmllint: e-invoices against the CII schema), and PostgreSQL for the shared-store suites (test/pg: a
// throwaway cluster, never the system's own). Installed with apt-get when missing and running as root.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

export const CHROMIUM_PATHS = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function chromiumPath() {
  return process.env.CHROMIUM_PATH ?? CHROMIUM_PATHS.find((p) => fs.existsSync(p)) ?? null;
}

/** Debian's server binaries (initdb, pg_ctl); the package's own cluster is not used. */
export function postgresBinDir() {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return null;
  const version = fs.readdirSync(root).find((v) => fs.existsSync(`${root}/${v}/bin/initdb`));
  return version ? `${root}/${version}/bin` : null;
}

export function ensureSystemPackages() {
  const missing = [];
  if (!chromiumPath()) missing.push('chromium');
  if (!fs.existsSync('/usr/bin/pdftoppm')) missing.push('poppler-utils');
  if (!postgresBinDir()) missing.push('postgresql');
  if (!fs.existsSync('/usr/bin/faketime')) missing.push('faketime');
  if (!fs.existsSync('/usr/bin/xmllint')) missing.push('libxml2-utils');
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0 || !fs.existsSync('/usr/bin/apt-get')) {
    console.log(`[setup] missing ${missing.join(', ')}: end-to-end tests will fail. Install them with your package manager.`);
    return;
  }
  console.log(`[setup] installing ${missing.join(', ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  spawnSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
}
