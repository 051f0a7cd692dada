#!/usr/bin/env node
// `npm start`: installs what is missing, builds, then opens the Electron window — or, where no Electron
// binary could be installed, serves the same app in the browser (and says so).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary, ensureDeps } from './ensure-deps.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
ensureDeps();
const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const electron = electronBinary();
const run = electron
  ? (console.log('[start] launching the Electron app…'), spawnSync(electron, ['.', ...args], { cwd: root, stdio: 'inherit' }))
  : (console.log('[start] no Electron binary here: starting browser mode.'),
    spawnSync('npx', ['tsx', 'electron/browser/start.ts', ...args], { cwd: root, stdio: 'inherit' }));
process.exit(run.status ?? 0);
