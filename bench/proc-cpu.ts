/**
 * CPU time used so far by a PostgreSQL cluster (the postmaster and every backend it forked), read
 * from /proc: the server's share of the work in a round, next to the desktops' own process.cpuUsage().
 * Linux only; null elsewhere. Backends that exit during a round take their time with them, so rounds
 * are measured on connections that stay open.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

let ticksPerSecond: number | undefined;

function clockTicks(): number {
  ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  return ticksPerSecond;
}

/** [pid, ppid, utime + stime in ticks] of one /proc/<pid>/stat line (the command name may hold spaces and parentheses). */
export function parseStat(line: string): [number, number, number] {
  const afterName = line.slice(line.lastIndexOf(')') + 2).split(' ');
  // Fields after the name start at field 3 (state): ppid is field 4, utime 14, stime 15.
  return [Number(line.slice(0, line.indexOf(' '))), Number(afterName[1]), Number(afterName[11]) + Number(afterName[12])];
}

/** Milliseconds of CPU used by the cluster whose data folder is `dataDir`, or null when /proc cannot tell. */
export function clusterCpuMs(dataDir: string): number | null {
  if (process.platform !== 'linux') return null;
  try {
    const postmaster = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    let ticks = 0;
    for (const entry of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      let stat: string;
      try {
        stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      } catch {
        continue; // exited meanwhile
      }
      const [pid, ppid, used] = parseStat(stat);
      if (pid === postmaster || ppid === postmaster) ticks += used;
    }
    return (ticks * 1000) / clockTicks();
  } catch {
    return null;
  }
}
