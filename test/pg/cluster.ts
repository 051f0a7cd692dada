/**
 * A throwaway PostgreSQL cluster for tests and the benchmark: Debian's binaries, initdb into a temp
 * folder, started on 127.0.0.1 on a free port with its socket in that folder. PostgreSQL refuses to
 * run as root, so as root every server command runs as the `postgres` system user (folder chowned).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface ClusterInfo {
  binDir: string;
  dir: string;
  dataDir: string;
  port: number;
  /** Runs server commands as this system user (null: the current one). */
  runAs: string | null;
  /** Extra server settings (`-c name=value`). */
  settings: string[];
}

export function findBinDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return null;
  const versions = fs
    .readdirSync(root)
    .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], 'bin') : null;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function commandLine(info: Pick<ClusterInfo, 'binDir' | 'runAs'>, tool: string, args: string[]): [string, string[]] {
  const command = path.join(info.binDir, tool);
  return info.runAs ? ['runuser', ['-u', info.runAs, '--', command, ...args]] : [command, args];
}

/**
 * The server's environment: this process's, without libfaketime. The calendar check (scripts/test.mjs)
 * moves the desktops' date; the database server is another machine with its own clock (and PostgreSQL's
 * own timers misfire under libfaketime: it ended idle transactions after a few seconds).
 */
function serverEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (name === 'LD_PRELOAD' || name.startsWith('FAKETIME')) delete env[name];
  return env;
}

function run(info: Pick<ClusterInfo, 'binDir' | 'runAs'>, tool: string, args: string[]): void {
  const [cmd, argv] = commandLine(info, tool, args);
  const result = spawnSync(cmd, argv, { encoding: 'utf8', cwd: os.tmpdir(), env: serverEnv() });
  if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed (${result.status ?? result.signal}): ${result.stderr || result.stdout || result.error?.message}`);
}

export function startServer(info: ClusterInfo): void {
  const options = ['-k', info.dir, '-h', '127.0.0.1', '-p', String(info.port), ...info.settings.flatMap((s) => ['-c', s])].join(' ');
  run(info, 'pg_ctl', ['-D', info.dataDir, '-l', path.join(info.dir, 'server.log'), '-w', '-t', '60', '-o', options, 'start']);
}

/** `immediate` is a crash: no checkpoint, clients cut off mid-transaction. */
export function stopServer(info: ClusterInfo, mode: 'fast' | 'immediate' = 'fast'): void {
  run(info, 'pg_ctl', ['-D', info.dataDir, '-w', '-t', '60', '-m', mode, 'stop']);
}

/** The same, without blocking this process: its clients stay live while the server dies under them. */
export function stopServerSoon(info: ClusterInfo, mode: 'fast' | 'immediate' = 'immediate'): Promise<void> {
  const [cmd, argv] = commandLine(info, 'pg_ctl', ['-D', info.dataDir, '-w', '-t', '60', '-m', mode, 'stop']);
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { cwd: os.tmpdir(), stdio: 'ignore', env: serverEnv() });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`pg_ctl stop exited ${code}`))));
  });
}

export function clusterUrl(info: ClusterInfo, database = 'postgres'): string {
  return `postgres://postgres@127.0.0.1:${info.port}/${database}`;
}

/** initdb + start; `settings` e.g. ['fsync=off'] for tests that measure nothing. */
export async function createCluster(settings: string[] = []): Promise<ClusterInfo> {
  const binDir = findBinDir();
  if (!binDir) throw new Error('PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): apt-get install postgresql');
  const runAs = process.getuid?.() === 0 ? 'postgres' : null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-pg-'));
  if (runAs) {
    const uid = Number(execFileSync('id', ['-u', runAs], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', runAs], { encoding: 'utf8' }).trim());
    fs.chownSync(dir, uid, gid);
  }
  const info: ClusterInfo = { binDir, dir, dataDir: path.join(dir, 'data'), port: await freePort(), runAs, settings: ['max_connections=200', ...settings] };
  run(info, 'initdb', ['-D', info.dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  startServer(info);
  return info;
}

export function destroyCluster(info: ClusterInfo): void {
  try {
    stopServer(info, 'immediate');
  } catch {
    // Already stopped (a test crashed it on purpose): remove the folder all the same.
  }
  fs.rmSync(info.dir, { recursive: true, force: true });
}
