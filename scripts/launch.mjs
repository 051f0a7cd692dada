#!/usr/bin/env node
// Runs the app's process for `npm start` and stays its parent until it ends: SIGINT, SIGTERM and SIGHUP
// sent to the launcher (or to npm, which passes them on) are forwarded to it, and the launcher exits
// with its status. Browser mode's server also gets an IPC channel: should the launcher be killed
// outright (SIGKILL), the channel closes and the server stops itself.
//
// Run directly (`node scripts/launch.mjs [--no-open] [--data-dir …]`) it starts browser mode without
// installing or building: what the tests use.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Spawns `command` and resolves with the exit code to end with (128 + n when a signal ended it). */
export function launch(command, args, { ipc = false } = {}) {
  const child = spawn(command, args, { cwd: root, stdio: ipc ? ['inherit', 'inherit', 'inherit', 'ipc'] : 'inherit' });
  const forward = (signal) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  for (const signal of SIGNALS) process.on(signal, forward);
  return new Promise((resolve) => {
    child.on('error', (error) => {
      console.error(`[start] could not start ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      for (const s of SIGNALS) process.off(s, forward);
      resolve(code ?? 128 + (signal === 'SIGINT' ? 2 : signal === 'SIGHUP' ? 1 : 15));
    });
  });
}

/** Browser mode: the server in plain Node (tsx loads the TypeScript), no npx in between. */
export function launchBrowserMode(args) {
  return launch(process.execPath, ['--import', 'tsx', 'electron/browser/start.ts', ...args], { ipc: true });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  process.exit(await launchBrowserMode(process.argv.slice(2)));
}
