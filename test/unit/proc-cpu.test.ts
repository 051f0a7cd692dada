import { describe, expect, it } from 'vitest';
import { clusterCpuMs, parseStat } from '../../bench/proc-cpu.ts';

describe('the benchmark reads a process CPU time from /proc', () => {
  it('finds pid, parent and user + system ticks, past a command name with spaces and parentheses', () => {
    const line = '4242 (postgres: x (y) z) S 4100 4100 4100 0 -1 4194560 1033 0 0 0 37 12 0 0 20 0 1 0 123 0 0';
    expect(parseStat(line)).toEqual([4242, 4100, 49]);
  });

  it.runIf(process.platform === 'linux')('reads this process own line as the kernel writes it', async () => {
    const fs = await import('node:fs');
    const [pid, ppid] = parseStat(fs.readFileSync('/proc/self/stat', 'utf8'));
    expect(pid).toBe(process.pid);
    expect(ppid).toBe(process.ppid);
  });

  it('answers null for a folder that holds no running cluster', () => {
    expect(clusterCpuMs('/nonexistent/cluster/data')).toBeNull();
  });
});
