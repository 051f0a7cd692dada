/**
 * `npm start` stops the app when it is stopped: scripts/launch.mjs (what start.mjs runs the app with)
 * forwards signals to browser mode's server, and the server stops when its launcher is killed outright.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

/** The server's pid, from the lock it holds on its data folder (core/store/folder-lock.ts). */
function serverPid(dataDir: string): number {
  return (JSON.parse(fs.readFileSync(path.join(dataDir, '.lock'), 'utf8')) as { pid: number }).pid;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

async function startLauncher(dataDir: string): Promise<{ launcher: ChildProcess; port: number; exited: Promise<number | null> }> {
  const launcher = spawn(process.execPath, ['scripts/launch.mjs', '--no-open', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: '' } });
  const exited = new Promise<number | null>((resolve) => launcher.on('exit', (code) => resolve(code)));
  let out = '';
  const port = await new Promise<number>((resolve, reject) => {
    launcher.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /address:\s+http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (match) resolve(Number(match[1]));
    });
    launcher.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    void exited.then(() => reject(new Error(`the launcher exited early:\n${out}`)));
  });
  return { launcher, port, exited };
}

describe('npm start: the server lives only as long as its launcher', () => {
  const dirs: string[] = [];
  const launchers: ChildProcess[] = [];
  afterEach(() => {
    for (const l of launchers.splice(0)) if (l.exitCode === null) l.kill('SIGKILL');
    // Each test waits for the server's process to be gone, so nothing writes in the folder any more.
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });
  const dataDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-launch-'));
    dirs.push(dir);
    return dir;
  };

  // Issue 19: SIGTERM to npm or to the start script left the server running.
  it.each(['SIGTERM'] as const)('%s to the launcher stops the server, and the launcher exits', { timeout: 60_000 }, async (signal) => {
    const dir = dataDir();
    const { launcher, port, exited } = await startLauncher(dir);
    launchers.push(launcher);
    // The address is printed as the server starts listening: wait on the condition, not on luck.
    await expect.poll(() => answers(port), { timeout: 10_000, interval: 100 }).toBe(true);
    const pid = serverPid(dir);
    launcher.kill(signal);
    await exited;
    await expect.poll(() => answers(port), { timeout: 10_000, interval: 100 }).toBe(false);
    // The port closes first; the store then folds and closes, and the process ends.
    await expect.poll(() => alive(pid), { timeout: 20_000, interval: 100 }).toBe(false);
  });

  it('the server stops itself when its launcher is killed outright', { timeout: 60_000 }, async () => {
    const dir = dataDir();
    const { launcher, port, exited } = await startLauncher(dir);
    launchers.push(launcher);
    // The address is printed as the server starts listening: wait on the condition, not on luck.
    await expect.poll(() => answers(port), { timeout: 10_000, interval: 100 }).toBe(true);
    const pid = serverPid(dir);
    launcher.kill('SIGKILL');
    await exited;
    await expect.poll(() => answers(port), { timeout: 10_000, interval: 100 }).toBe(false);
    await expect.poll(() => alive(pid), { timeout: 20_000, interval: 100 }).toBe(false);
  });
});
