/**
 * A desktop that crashes right after a commit the server left quiet (not announced yet), before it
 * could announce it: it commits until the head shows such a commit, prints its version, and kills
 * itself. Args: <url> <local copy dir>.
 */
import pg from 'pg';
import { put } from '../../core/model/changes.ts';
import type { CustomRole } from '../../core/model/records.ts';
import { PgStore } from '../../core/store/pg/pg-store.ts';

const [url, dir] = process.argv.slice(2) as [string, string];
const store = await PgStore.open({ url, localCopyDir: dir, log: () => undefined });
const watcher = new pg.Client({ connectionString: url });
await watcher.connect();
for (let i = 0; i < 1_000; i++) {
  await store.commit([put('roles', 'quiet', { id: 'quiet', name: `Quiet ${i}`, permissions: [] } as unknown as CustomRole)]);
  const head = await watcher.query<{ quiet: boolean }>(`SELECT announced < version AS quiet FROM head`);
  if (head.rows[0]!.quiet) {
    console.log(`quiet ${store.currentVersion}`);
    process.kill(process.pid, 'SIGKILL');
  }
}
console.log('never quiet');
process.exit(1);
