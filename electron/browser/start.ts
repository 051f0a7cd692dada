/**
 * `npm start` where no Electron binary is installed: serves the built renderer against the same core
 * and store on 127.0.0.1 with a per-run secret, and opens the default browser.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCore, storeUrlFrom } from '../../core/adapters/open-core.ts';
import { startBridge } from './server.ts';

export function browserDataDir(argv: string[], env: NodeJS.ProcessEnv): string {
  const flag = argv.indexOf('--data-dir');
  if (flag >= 0 && argv[flag + 1]) return path.resolve(argv[flag + 1]!);
  if (env.ACCOUNT_ADMIN_DATA_DIR) return path.resolve(env.ACCOUNT_ADMIN_DATA_DIR);
  return path.join(os.homedir(), '.account-admin', 'store');
}

function openBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(command, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => undefined);
  child.unref();
}

async function main() {
  const argv = process.argv.slice(2);
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const dataDir = browserDataDir(argv, process.env);
  const portFlag = argv.indexOf('--port');
  const port = portFlag >= 0 ? Number(argv[portFlag + 1]) : 0;
  const storeUrl = storeUrlFrom(argv, process.env);
  const opened = await openCore({
    dataDir,
    storeUrl,
    host: { mode: 'browser', version: process.env.npm_package_version ?? '0.1.0' },
    // A shared database gets the demo account only when asked (it may be a company's real one).
    ...(storeUrl ? { seed: argv.includes('--demo') } : {}),
  });
  const { core, store, seeded } = opened;
  const token = randomBytes(24).toString('base64url');
  const bridge = await startBridge({ core, staticDir: path.join(root, 'out', 'renderer'), token, port });
  opened.subscribe((event) => {
    if (event.kind === 'remote_change') bridge.emit('store.changed', { version: event.version });
    else bridge.emit('store.connection', { online: event.online });
  });
  const url = `${bridge.url}#token=${token}`;
  console.log('');
  console.log('Account Admin is running in BROWSER MODE (no Electron binary is installed on this machine).');
  console.log('Same renderer, same core and store as the desktop app; reachable from this computer only.');
  console.log(`  data folder: ${dataDir}${seeded ? ' (demo account seeded)' : ''}`);
  if (storeUrl) console.log(`  shared database: ${opened.location}${store.online === false ? ' (unreachable: read-only from the local copy)' : ''}`);
  console.log(`  open:        ${url}`);
  console.log('  sign in:     claire.dubois@lumen-analytics.example / Lumen-demo-2026');
  console.log('Press Ctrl+C to stop.');
  if (!argv.includes('--no-open') && !process.env.CI) openBrowser(url);
  const stop = async () => {
    opened.stop();
    await bridge.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void main();
