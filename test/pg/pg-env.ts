/** What a 'pg' test file needs: the cluster, a fresh database of its own, and the skip/fail policy. */
import pg from 'pg';
import { describe, inject, it } from 'vitest';
import { clusterUrl, type ClusterInfo } from './cluster.ts';

let counter = 0;

export function cluster(): ClusterInfo {
  const { info, error } = inject('pgCluster');
  if (!info) throw new Error(`PostgreSQL is not running: ${error ?? 'unknown reason'}`);
  return info;
}

/** A new empty database; its URL. */
export async function freshDatabase(label: string): Promise<string> {
  const info = cluster();
  const name = `aa_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${process.pid}_${++counter}`;
  const admin = new pg.Client({ connectionString: clusterUrl(info) });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return clusterUrl(info, name);
}

/**
 * `describe` when PostgreSQL runs. Without it: under CI a failing test (the suite must not pass
 * silently), elsewhere a skipped suite with a loud message.
 */
export function describePg(name: string, body: () => void): void {
  const { info, error } = inject('pgCluster');
  if (info) {
    describe(name, body);
    return;
  }
  if (process.env.CI) {
    describe(name, () => {
      it('needs PostgreSQL', () => {
        throw new Error(`PostgreSQL could not be started: ${error ?? 'unknown reason'}`);
      });
    });
    return;
  }
  console.warn(`\n[pg] SKIPPED "${name}": PostgreSQL could not be started (${error ?? 'unknown reason'}). Under CI this fails.\n`);
  describe.skip(name, body);
}
