/**
 * Starts one throwaway PostgreSQL cluster for the 'pg' test project and hands its coordinates to
 * the test files (inject('pgCluster')). If it cannot start, the files are told why: they fail under
 * CI and skip loudly elsewhere.
 */
import type { TestProject } from 'vitest/node';
import { createCluster, destroyCluster, type ClusterInfo } from './cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgCluster: { info: ClusterInfo | null; error: string | null };
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  let info: ClusterInfo | null = null;
  try {
    // fsync off: a test stops the server with -m immediate (a process crash, not a power cut), which
    // loses nothing the kernel was handed; on this shared 2-core machine fsync only adds noise.
    info = await createCluster(['fsync=off', 'synchronous_commit=on']);
    project.provide('pgCluster', { info, error: null });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`\n[pg] PostgreSQL could not be started: ${message}\n`);
    project.provide('pgCluster', { info: null, error: message });
  }
  return () => {
    if (info) destroyCluster(info);
  };
}
