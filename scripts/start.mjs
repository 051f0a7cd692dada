#!/usr/bin/env node
// `npm start`: installs what is missing, builds, then opens the Electron window — or, where no Electron
// binary could be installed, serves the same app in the browser (and says so). The app runs as a child
// that this process waits for, passing signals on (scripts/launch.mjs): stopping `npm start` stops it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary, ensureDeps } from './ensure-deps.mjs';
import { launch, launchBrowserMode } from './launch.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
ensureDeps();
const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const electron = electronBinary();
if (electron) {
  console.log('[start] launching the Electron app…');
  process.exit(await launch(electron, ['.', ...args]));
}
console.log('[start] no Electron binary here: starting browser mode.');
process.exit(await launchBrowserMode(args));
