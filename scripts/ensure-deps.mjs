#!/usr/bin/env node
// Installs dependencies when they are missing or stale. Where Electron's binary cannot be downloaded
// (offline machines, CI without its CDN), installs again without it and says so: the app then runs in
// browser mode, the tests run everywhere.
import { execSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const marker = path.join(root, 'node_modules', '.package-lock.json');
const lock = path.join(root, 'package-lock.json');
// What the last install here was made from: the lock's digest, not its date (a fresh checkout or a
// second worktree has a newer lock file with the same content).
const stamp = path.join(root, 'node_modules', '.account-admin-lock.sha256');

function lockDigest() {
  return fs.existsSync(lock) ? createHash('sha256').update(fs.readFileSync(lock)).digest('hex') : '';
}

function stale() {
  if (!fs.existsSync(marker)) return true;
  if (fs.existsSync(stamp)) return fs.readFileSync(stamp, 'utf8').trim() !== lockDigest();
  return fs.existsSync(lock) && fs.statSync(lock).mtimeMs > fs.statSync(marker).mtimeMs + 1000;
}

function install(env) {
  const command = fs.existsSync(lock) ? 'ci' : 'install';
  const result = spawnSync('npm', [command, '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status === 0) fs.writeFileSync(stamp, `${lockDigest()}\n`);
  return result.status === 0;
}

/** Whether Electron's download host resolves: offline machines skip a download that can only fail. */
function canReachElectronHost() {
  const probe = spawnSync(process.execPath, ['-e', "require('node:dns').lookup('github.com', (e) => process.exit(e ? 1 : 0))"], { timeout: 5000 });
  return probe.status === 0;
}

export function ensureDeps() {
  if (!stale()) return;
  // node_modules linked from another checkout: `npm ci` here would empty that checkout's folder.
  if (fs.existsSync(path.join(root, 'node_modules')) && fs.lstatSync(path.join(root, 'node_modules')).isSymbolicLink()) {
    console.log('[setup] node_modules is a link to another checkout: not reinstalling here (run npm ci where it points).');
    return;
  }
  console.log('[setup] installing dependencies…');
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD !== '1' && !canReachElectronHost()) {
    console.log('[setup] github.com does not resolve: installing without the Electron binary (ELECTRON_SKIP_BINARY_DOWNLOAD=1).');
    console.log('[setup] `npm start` will serve the app in your browser instead of an Electron window.');
    if (install({ ELECTRON_SKIP_BINARY_DOWNLOAD: '1' })) return;
    console.error('[setup] npm install failed; see the messages above.');
    process.exit(1);
  }
  if (install({})) return;
  console.log('[setup] the Electron binary could not be downloaded; installing without it (ELECTRON_SKIP_BINARY_DOWNLOAD=1).');
  console.log('[setup] `npm start` will serve the app in your browser instead of an Electron window.');
  if (!install({ ELECTRON_SKIP_BINARY_DOWNLOAD: '1' })) {
    console.error('[setup] npm install failed; see the messages above.');
    process.exit(1);
  }
}

/** Whether a real Electron binary is installed (require('electron') in Node returns its path). */
export function electronBinary() {
  try {
    const out = execSync(`node -e "process.stdout.write(require('electron'))"`, { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] }).toString();
    return out && fs.existsSync(out) ? out : null;
  } catch {
    return null;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) ensureDeps();
