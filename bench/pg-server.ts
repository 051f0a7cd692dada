/**
 * The server's side of the writers figure: 20 connections in this one process send the commits 20
 * admins saving their details would send (their user record and an audit entry, through the store's
 * own commit call), as fast as the server answers. Each answer carries the commits that writer had
 * not seen, parsed but not applied: a desktop's own work is left out, as it runs on that admin's
 * machine, not on the server's. Naive: one version for the whole account (every commit reads
 * everything), retried.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { emptyTables, put, type Tables } from '../core/model/changes.ts';
import type { AuditEntry, User } from '../core/model/records.ts';
import { recordKey } from '../core/store/pg/read-set.ts';
import { callCommit } from '../core/store/pg/sql.ts';

export interface ServerRound {
  perSecond: number;
  conflicts: number;
}

/** One admin's connection: saves the admin's phone number again and again for `ms`. */
async function saveFor(client: pg.Client, admin: User, naive: boolean, ms: number): Promise<{ ok: number; conflicts: number }> {
  const before: Tables = emptyTables();
  before.users.set(admin.id, admin);
  let version = Number((await client.query<{ version: string }>(`SELECT version FROM head WHERE account = 'account'`)).rows[0]!.version);
  let ok = 0;
  let conflicts = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < ms) {
    const phone = `+33 1 ${String(ok).padStart(8, '0')}`;
    const auditId = `aud_srv_${randomUUID()}`;
    const audit: AuditEntry = { id: auditId, at: '2026-11-23T10:00:00.000Z', actorId: admin.id, action: 'user.personal_info.updated', targetType: 'user', targetId: admin.id, before: { phone: admin.phone }, after: { phone } };
    const changes = [put('users', admin.id, { ...admin, phone }), put('audit', auditId, audit)];
    const reads = naive ? Object.keys(emptyTables()) : [recordKey('users', admin.id), recordKey('audit', auditId)];
    const outcome = await callCommit(client, version, [], randomUUID(), changes, reads, before, true);
    if ('missed' in outcome) {
      conflicts++;
      version = outcome.missed.at(-1)?.version ?? version;
      continue;
    }
    version = outcome.version;
    ok++;
  }
  return { ok, conflicts };
}

/** `rounds` rounds of `ms` with one connection per admin. */
export async function serverRounds(url: string, adminIds: readonly string[], naive: boolean, rounds: number, ms: number): Promise<ServerRound[]> {
  const clients = await Promise.all(
    adminIds.map(async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      return client;
    }),
  );
  try {
    const found = await clients[0]!.query<{ value: User }>(`SELECT value FROM records WHERE coll = 'users' AND id = ANY($1)`, [adminIds]);
    const admins = found.rows.map((r) => r.value);
    if (admins.length !== clients.length) throw new Error('not every admin was found in the database');
    await Promise.all(admins.map((admin, i) => saveFor(clients[i]!, admin, naive, 500))); // warm-up, not counted
    const results: ServerRound[] = [];
    for (let r = 0; r < rounds; r++) {
      const t0 = performance.now();
      const each = await Promise.all(admins.map((admin, i) => saveFor(clients[i]!, admin, naive, ms)));
      const elapsed = performance.now() - t0;
      results.push({ perSecond: (each.reduce((sum, e) => sum + e.ok, 0) * 1000) / elapsed, conflicts: each.reduce((sum, e) => sum + e.conflicts, 0) });
    }
    return results;
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
}
