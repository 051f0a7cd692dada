/**
 * The PostgreSQL schema, as an ordered list of migrations. The pending ones run in one transaction
 * (all or none), each with its row in `schema_migrations`, under an advisory lock so that two desktops
 * starting at once do not both migrate. A database migrated by a newer app is reported, never touched.
 */
import type { ClientBase } from 'pg';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * Inside a commit function: the commit's records written (deletes first, then puts), not waiting
 * for the WAL flush. Shared by the commit functions of migrations 2 and 3.
 */
const WRITE_RECORDS = `        PERFORM set_config('synchronous_commit', 'off', true);
        IF p_has_dels THEN
          DELETE FROM records r USING json_to_recordset(p_changes) AS x(op text, coll text, id text)
            WHERE x.op = 'del' AND r.coll = x.coll AND r.id = x.id;
        END IF;
        INSERT INTO records (coll, id, value)
          SELECT x.coll, x.id, x.value FROM json_to_recordset(p_changes) AS x(op text, coll text, id text, value json)
          WHERE x.op = 'put'
          ON CONFLICT (coll, id) DO UPDATE SET value = excluded.value;`;

/** Migration 4's check that the change log still reaches back to the writer's version. */
const GAP_CHECK = `          IF NOT EXISTS (SELECT 1 FROM changes WHERE version = expected + 1) THEN
            RETURN json_build_object('missed', '[]'::json, 'restored', true);
          END IF;
`;

/**
 * Inside the commit: is the commit refused? In migrations 3 and 4 the commits the writer missed are
 * gathered here, inside the head's lock, whatever the answer; from migration 5 only when refused.
 */
const CHECK_GATHERING = `          SELECT coalesce(json_agg(json_build_object('version', version, 'commitId', commit_id, 'changes', changes) ORDER BY version) FILTER (WHERE version > p_heard), '[]'::json),
                 coalesce(bool_or(coalesce(keys && p_reads, true)), false)
            INTO missed, clash
            FROM changes WHERE version > expected;
          IF clash THEN
            RETURN json_build_object('missed', missed);
          END IF;
`;
const CHECK_ONLY = `          SELECT coalesce(bool_or(coalesce(keys && p_reads, true)), false) INTO clash
            FROM changes WHERE version > expected;
          IF clash THEN
            RETURN json_build_object('missed', account_admin_commits_between(p_heard, current + 1));
          END IF;
`;

/**
 * The commit function of migration 3 (see there), with `gapCheck` that of migration 4, and from
 * migration 5 the same without the missed commits in a successful answer (`locked`): a SQL generator
 * so that the function is written once.
 */
const commitReads = (create: 'CREATE FUNCTION' | 'CREATE OR REPLACE FUNCTION', gapCheck: string, locked = false) => `      ${create} ${locked ? 'account_admin_commit_locked' : 'account_admin_commit_reads'}(expected bigint, p_heard bigint, p_commit_id text, p_changes json, p_has_dels boolean, p_reads text[], p_writes text[])
      RETURNS json LANGUAGE plpgsql AS $fn$
      DECLARE
        current bigint;
${locked ? '' : "        missed json := '[]'::json;\n"}        clash boolean := false;
        payload text;
        last_announced bigint;
        last_announced_at timestamptz;
      BEGIN
        SELECT version, announced, announced_at INTO current, last_announced, last_announced_at FROM head WHERE account = 'account' FOR UPDATE;
        IF current < expected THEN
          -- The database went back (a restore): the writer starts over from it.
          RETURN json_build_object('missed', missed, 'restored', true);
        END IF;
        IF current > expected THEN
${gapCheck}${locked ? CHECK_ONLY : CHECK_GATHERING}        END IF;
${WRITE_RECORDS}
        INSERT INTO changes (version, commit_id, changes, keys) VALUES (current + 1, p_commit_id, p_changes, p_writes);
        IF clock_timestamp() - last_announced_at < interval '50 milliseconds' THEN
          UPDATE head SET version = current + 1 WHERE account = 'account';
          RETURN json_build_object('version', current + 1${locked ? '' : ", 'caughtUp', missed"}, 'quiet', true);
        END IF;
        UPDATE head SET version = current + 1, announced = current + 1, announced_at = clock_timestamp() WHERE account = 'account';
        payload := json_build_object('version', current + 1)::text;
        -- NOTIFY payloads must stay under 8000 bytes: a larger commit is announced by its version alone.
        IF last_announced = current AND octet_length(p_changes::text) < 7500 THEN
          payload := json_build_object('version', current + 1, 'commitId', p_commit_id, 'changes', p_changes)::text;
        END IF;
        PERFORM pg_notify('account_admin_changes', payload);
        RETURN json_build_object('version', current + 1${locked ? '' : ", 'caughtUp', missed"});
      END
      $fn$;
`;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'records, head and change log',
    sql: `
      -- One row: the account aggregate's version, bumped by every commit (optimistic concurrency),
      -- and an id telling a desktop's local copy which database it mirrors.
      CREATE TABLE head (
        account text PRIMARY KEY,
        version bigint NOT NULL,
        store_id uuid NOT NULL DEFAULT gen_random_uuid()
      );
      INSERT INTO head (account, version) VALUES ('account', 0);
      -- json, not jsonb: values come back byte for byte as written (key order, numbers).
      CREATE TABLE records (
        coll text NOT NULL,
        id text NOT NULL,
        value json NOT NULL,
        PRIMARY KEY (coll, id)
      );
      -- Another desktop's order with the same idempotency key, or a reused invoice number, cannot land.
      CREATE UNIQUE INDEX records_order_idempotency ON records ((value->>'idempotencyKey')) WHERE coll = 'orders';
      CREATE UNIQUE INDEX records_invoice_number ON records ((value->>'number')) WHERE coll = 'invoices';
      -- The change log: what each version changed, for desktops catching up.
      CREATE TABLE changes (
        version bigint PRIMARY KEY,
        commit_id text NOT NULL UNIQUE,
        at timestamptz NOT NULL DEFAULT now(),
        changes json NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'commit function',
    sql: `
      -- One command = one call = one transaction: check the version under the head's row lock, write
      -- the records, log the changes, bump the version, notify. The commit does not wait for the WAL
      -- flush while holding the lock (the next writer would queue behind our fsync): the client makes
      -- it durable right after with a flush that many desktops share (group commit). Answers
      -- {"version": n} or, when another writer committed first (nothing written), {"missed": [...]}
      -- with the commits this writer has not seen, so that it catches up without another round trip.
      CREATE FUNCTION account_admin_commit(expected bigint, p_commit_id text, p_changes json, p_has_dels boolean)
      RETURNS json LANGUAGE plpgsql AS $fn$
      DECLARE
        current bigint;
      BEGIN
        -- A stale writer is told at once, without queueing for the lock behind the others.
        SELECT version INTO current FROM head WHERE account = 'account';
        IF current = expected THEN
          SELECT version INTO current FROM head WHERE account = 'account' FOR UPDATE;
        END IF;
        IF current IS DISTINCT FROM expected THEN
          RETURN json_build_object('missed', (
            SELECT coalesce(json_agg(json_build_object('version', version, 'commitId', commit_id, 'changes', changes) ORDER BY version), '[]'::json)
            FROM changes WHERE version > expected));
        END IF;
${WRITE_RECORDS}
        INSERT INTO changes (version, commit_id, changes) VALUES (current + 1, p_commit_id, p_changes);
        UPDATE head SET version = current + 1 WHERE account = 'account';
        PERFORM pg_notify('account_admin_changes', (current + 1)::text);
        RETURN json_build_object('version', current + 1);
      END
      $fn$;
    `,
  },
  {
    version: 3,
    name: 'conflicts on what a command read',
    sql: `
      -- What each commit wrote: its records' keys ("users:u_1") and their tables' ("users").
      ALTER TABLE changes ADD COLUMN keys text[];
      -- The last version announced to the desktops (NOTIFY), and when.
      ALTER TABLE head ADD COLUMN announced bigint NOT NULL DEFAULT 0,
                       ADD COLUMN announced_at timestamptz NOT NULL DEFAULT 'epoch';
      -- The commit of migration 2, refused only when a commit this writer has not seen wrote one of
      -- p_reads (the records and tables its command read or writes): commands on different records
      -- no longer refuse each other. The head's row lock still orders the commits, so versions are
      -- gapless and committed in order. A commit logged without keys (before this migration) counts
      -- as touching everything. On success the answer carries the commits the writer had not taken in
      -- ("caughtUp"), applied before its own.
      -- Announcements: every desktop wakes for each NOTIFY, so commits are announced at most every
      -- 50 ms; one that is not ("quiet") is announced by its writer shortly after, with
      -- account_admin_announce, unless a later announcement covered it. A notification that covers
      -- one commit carries it, when small, so other desktops catch up without a query; p_heard is
      -- how far the writer has heard them all, and those commits are checked but not sent again.
${commitReads('CREATE FUNCTION', '')}      -- The same commit made durable in the same round trip: the commit above ends without waiting
      -- for the WAL (the head's lock is released at once), then a second transaction writes the
      -- smallest WAL record and commits synchronously, flushing the WAL past the first. Desktops
      -- flushing at the same moment share one fsync (group commit), and none waits for it holding
      -- the lock. Called on its own (not inside a transaction block), as CALL requires.
      CREATE PROCEDURE account_admin_commit_durably(expected bigint, p_heard bigint, p_commit_id text, p_changes json, p_has_dels boolean, p_reads text[], p_writes text[], INOUT outcome json)
      LANGUAGE plpgsql AS $fn$
      BEGIN
        outcome := account_admin_commit_reads(expected, p_heard, p_commit_id, p_changes, p_has_dels, p_reads, p_writes);
        IF outcome->>'version' IS NOT NULL THEN
          COMMIT;
          PERFORM pg_logical_emit_message(true, 'account_admin', '');
        END IF;
      END
      $fn$;
      -- Announces the latest version, unless it already was: a writer's quiet commit, shortly after.
      CREATE FUNCTION account_admin_announce() RETURNS bigint LANGUAGE plpgsql AS $fn$
      DECLARE
        latest bigint;
      BEGIN
        UPDATE head SET announced = version, announced_at = clock_timestamp()
          WHERE account = 'account' AND announced < version
          RETURNING version INTO latest;
        IF latest IS NOT NULL THEN
          PERFORM pg_notify('account_admin_changes', json_build_object('version', latest)::text);
        END IF;
        RETURN latest;
      END
      $fn$;
    `,
  },
  {
    version: 4,
    name: 'a change log that is pruned',
    sql: `
      -- The change log is for desktops catching up; the records hold the account. Old commits are
      -- deleted (account_admin_prune, called by desktops as they connect): a desktop whose copy is
      -- older than the log reloads everything. Its commit must then be refused, not checked against
      -- the commits left: the commit function now says so when the log no longer reaches back to
      -- the writer's version ("restored": the writer starts over from the server).
${commitReads('CREATE OR REPLACE FUNCTION', GAP_CHECK)}
      -- Deletes the commits older than the last p_keep versions and than p_age; answers how many.
      CREATE FUNCTION account_admin_prune(p_keep bigint, p_age interval) RETURNS bigint LANGUAGE sql AS $fn$
        WITH gone AS (
          DELETE FROM changes
          WHERE version <= (SELECT version FROM head WHERE account = 'account') - greatest(p_keep, 1)
            AND at < now() - p_age
          RETURNING 1)
        SELECT count(*) FROM gone;
      $fn$;
    `,
  },
  {
    version: 5,
    name: 'commits that keep the head lock briefly and update records in place',
    sql: `
      -- The unique keys of orders and invoices were indexes on expressions of the value column: then no
      -- update of a record's value could be a HOT update (in place, no new index entries), so every
      -- saved user left dead index entries behind, and commits grew slower until a vacuum. The keys
      -- are now generated columns, NULL outside their collection: a user's update leaves them as
      -- they were, and stays in place.
      ALTER TABLE records
        ADD COLUMN order_key text GENERATED ALWAYS AS (CASE WHEN coll = 'orders' THEN value->>'idempotencyKey' END) STORED,
        ADD COLUMN invoice_number text GENERATED ALWAYS AS (CASE WHEN coll = 'invoices' THEN value->>'number' END) STORED;
      CREATE UNIQUE INDEX records_order_key ON records (order_key) WHERE order_key IS NOT NULL;
      CREATE UNIQUE INDEX records_invoice_number_key ON records (invoice_number) WHERE invoice_number IS NOT NULL;
      DROP INDEX records_order_idempotency;
      DROP INDEX records_invoice_number;
      -- The logged commits after p_after and before p_before, oldest first.
      CREATE FUNCTION account_admin_commits_between(p_after bigint, p_before bigint) RETURNS json LANGUAGE sql STABLE AS $fn$
        SELECT coalesce(json_agg(json_build_object('version', version, 'commitId', commit_id, 'changes', changes) ORDER BY version), '[]'::json)
          FROM changes WHERE version > p_after AND version < p_before;
      $fn$;
      -- The commit of migration 4 without the commits the writer missed in a successful answer:
      -- gathering them inside the head's lock made every other writer wait for it.
${commitReads('CREATE FUNCTION', GAP_CHECK, true)}
      -- Same answers as before, for the callers inside a transaction (batches, a retry under the
      -- account's lock): the missed commits are gathered after the commit itself.
      CREATE OR REPLACE FUNCTION account_admin_commit_reads(expected bigint, p_heard bigint, p_commit_id text, p_changes json, p_has_dels boolean, p_reads text[], p_writes text[])
      RETURNS json LANGUAGE plpgsql AS $fn$
      DECLARE
        outcome json;
        landed bigint;
      BEGIN
        outcome := account_admin_commit_locked(expected, p_heard, p_commit_id, p_changes, p_has_dels, p_reads, p_writes);
        landed := (outcome->>'version')::bigint;
        IF landed IS NULL THEN
          RETURN outcome;
        END IF;
        RETURN json_build_object('version', landed, 'caughtUp', account_admin_commits_between(p_heard, landed), 'quiet', coalesce((outcome->>'quiet')::boolean, false));
      END
      $fn$;
      -- The durable commit: the head's lock is released by the COMMIT; the missed commits are then
      -- gathered in the second transaction, with the WAL flush.
      CREATE OR REPLACE PROCEDURE account_admin_commit_durably(expected bigint, p_heard bigint, p_commit_id text, p_changes json, p_has_dels boolean, p_reads text[], p_writes text[], INOUT outcome json)
      LANGUAGE plpgsql AS $fn$
      DECLARE
        landed bigint;
      BEGIN
        outcome := account_admin_commit_locked(expected, p_heard, p_commit_id, p_changes, p_has_dels, p_reads, p_writes);
        landed := (outcome->>'version')::bigint;
        IF landed IS NOT NULL THEN
          COMMIT;
          outcome := json_build_object('version', landed, 'caughtUp', account_admin_commits_between(p_heard, landed), 'quiet', coalesce((outcome->>'quiet')::boolean, false));
          PERFORM pg_logical_emit_message(true, 'account_admin', '');
        END IF;
      END
      $fn$;
    `,
  },
];

export const LATEST_SCHEMA = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export interface MigrationOutcome {
  /** The schema version the database is at after this call. */
  version: number;
  applied: number[];
  /** The database was migrated by a newer app: nothing was changed. */
  newer: boolean;
}

/** An arbitrary constant: the advisory lock all desktops take while migrating. */
const MIGRATION_LOCK = 724_311_001;

export async function schemaVersion(client: ClientBase): Promise<number> {
  const exists = await client.query<{ present: boolean }>(`SELECT to_regclass('schema_migrations') IS NOT NULL AS present`);
  if (!exists.rows[0]?.present) return 0;
  const result = await client.query<{ version: number | null }>('SELECT max(version)::int AS version FROM schema_migrations');
  return result.rows[0]?.version ?? 0;
}

/** Brings the schema up to LATEST_SCHEMA; refuses (newer: true) a database ahead of this app. */
export async function migrate(client: ClientBase, migrations: readonly Migration[] = MIGRATIONS): Promise<MigrationOutcome> {
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  const before = await schemaVersion(client);
  if (before > latest) return { version: before, applied: [], newer: true };
  if (before === latest) return { version: before, applied: [], newer: false };
  const applied: number[] = [];
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    // Read again under the lock: another desktop may have migrated while we waited.
    const current = await schemaVersion(client);
    if (current > latest) {
      await client.query('ROLLBACK');
      return { version: current, applied: [], newer: true };
    }
    for (const migration of migrations) {
      if (migration.version <= current) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      applied.push(migration.version);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  return { version: latest, applied, newer: false };
}

/**
 * What a desktop does on connecting: migrate when behind (or, with `migrateOnOpen: false`, insist
 * that `npm run db:migrate` was run), and report a database newer than this app.
 */
export async function ensureSchema(client: ClientBase, migrateOnOpen: boolean): Promise<{ version: number; newer: boolean }> {
  if (migrateOnOpen) return migrate(client);
  const version = await schemaVersion(client);
  if (version < LATEST_SCHEMA) throw new Error(`the database's schema is version ${version}, this app needs ${LATEST_SCHEMA}: run npm run db:migrate`);
  return { version, newer: version > LATEST_SCHEMA };
}

export function newerSchemaDetail(version: number): string {
  return `the database's schema is version ${version}; this app knows up to version ${LATEST_SCHEMA}. Update the app: until then the account is read-only here.`;
}
