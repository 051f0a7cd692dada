/**
 * `npm start` where no Electron binary is installed: serves the built renderer against the same core
 * and store on 127.0.0.1, and opens the default browser on a one-time sign-in link.
 */
import { logsDir, openLog } from '../../core/adapters/log-file.ts';
import { systemClock } from '../../core/adapters/system.ts';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCore, storeUrlFrom } from '../../core/adapters/open-core.ts';
import { CODE_TTL_MS } from '../../core/auth/client-sessions.ts';
import { startBridge } from './server.ts';

export function browserDataDir(argv: string[], env: NodeJS.ProcessEnv): string {
  const flag = argv.indexOf('--data-dir');
  if (flag >= 0 && argv[flag + 1]) return path.resolve(argv[flag + 1]!);
  if (env.ACCOUNT_ADMIN_DATA_DIR) return path.resolve(env.ACCOUNT_ADMIN_DATA_DIR);
  return path.join(os.homedir(), '.account-admin', 'store');
}

export interface Opened {
  /** The private page holding the link; deleted once the link has expired. */
  file: string;
  child: ChildProcess;
  /** Deletes the page now (done anyway after the link's minute). */
  remove(): void;
}

/**
 * Opens the default browser on a sign-in link without the link on any command line (where `ps` would
 * show it to every local user): the link goes into a small page, readable by this user only (a 0700
 * folder of its own, a 0600 file), that forwards to it, and the opener gets that page's path. Every
 * opener takes a file path (xdg-open, open, explorer) and none reads a URL from stdin or the
 * environment. The page is deleted when the link expires.
 */
export function openInBrowser(link: string, options: { spawn?: typeof spawn; platform?: NodeJS.Platform; tmpDir?: string } = {}): Opened {
  const platform = options.platform ?? process.platform;
  const dir = fs.mkdtempSync(path.join(options.tmpDir ?? os.tmpdir(), 'account-admin-'));
  fs.chmodSync(dir, 0o700);
  const file = path.join(dir, 'open.html');
  const attribute = link.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  fs.writeFileSync(file, `<!doctype html><meta charset="utf-8"><meta name="referrer" content="no-referrer"><meta http-equiv="refresh" content="0;url=${attribute}"><title>Account Admin</title>\n`, { mode: 0o600 });
  const command = platform === 'darwin' ? 'open' : platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = (options.spawn ?? spawn)(command, [file], { stdio: 'ignore', detached: true });
  child.on('error', () => undefined);
  child.unref();
  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  setTimeout(remove, CODE_TTL_MS + 5_000).unref();
  return { file, child, remove };
}

async function main() {
  const argv = process.argv.slice(2);
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const dataDir = browserDataDir(argv, process.env);
  const portFlag = argv.indexOf('--port');
  const port = portFlag >= 0 ? Number(argv[portFlag + 1]) : 0;
  const storeUrl = storeUrlFrom(argv, process.env);
  const log = openLog({ dir: logsDir(dataDir), now: () => systemClock.now() });
  log.info(`browser mode started in ${storeUrl ? 'a shared database' : dataDir}`);
  const opened = await openCore({
    dataDir,
    storeUrl,
    host: { mode: 'browser', version: process.env.npm_package_version ?? '0.1.0', log },
    // A shared database gets the demo account only when asked (it may be a company's real one).
    ...(storeUrl ? { seed: argv.includes('--demo') } : {}),
  });
  const { core, store, seeded } = opened;
  const bridge = await startBridge({ core, staticDir: path.join(root, 'out', 'renderer'), port });
  opened.subscribe((event) => {
    if (event.kind === 'remote_change') bridge.emit('store.changed', { version: event.version });
    else bridge.emit('store.connection', { online: event.online });
  });
  console.log('');
  console.log('Account Admin is running in BROWSER MODE (no Electron binary is installed on this machine).');
  console.log('Same renderer, same core and store as the desktop app; reachable from this computer only.');
  console.log(`  data folder: ${dataDir}${seeded ? ' (demo account seeded)' : ''}`);
  if (storeUrl) console.log(`  shared database: ${opened.location}${store.online === false ? ' (unreachable: read-only from the local copy)' : ''}`);
  console.log(`  address:     ${bridge.url}`);
  console.log(`  sign-in link (one browser, once, within a minute): ${bridge.signInUrl()}`);
  console.log('  sign in:     claire.dubois@lumen-analytics.example / Lumen-demo-2026');
  console.log('Press Enter for a new sign-in link (another browser, or this one later), Ctrl+C to stop.');
  const pages: Opened[] = [];
  if (!argv.includes('--no-open') && !process.env.CI) pages.push(openInBrowser(bridge.signInUrl()));
  if (process.stdin.isTTY) {
    process.stdin.on('data', () => console.log(`  sign-in link: ${bridge.signInUrl()}`));
  }
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    pages.forEach((p) => p.remove());
    opened.stop();
    await bridge.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  process.on('SIGHUP', () => void stop());
  // Started by `npm start` with a channel to it: when that launcher goes, even killed outright, so do we.
  if (process.send) process.on('disconnect', () => void stop());
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void main();
