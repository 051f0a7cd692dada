/**
 * `npm run db:migrate [-- --url postgres://…]`: brings a shared account's PostgreSQL schema up to
 * this app's version (desktops also do it on start when behind). The URL comes from --url, else
 * ACCOUNT_ADMIN_STORE (the variable the app and the CLI read). Exit codes: 0 up to date, 1 the database is newer than this app, 2 usage.
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { LATEST_SCHEMA, migrate } from '../core/store/pg/migrations.ts';
import { describeUrl } from '../core/store/pg/pg-errors.ts';
import { STORE_ENV } from '../core/store/store-url.ts';

const { values } = parseArgs({ options: { url: { type: 'string' } }, strict: true });
const url = values.url ?? process.env[STORE_ENV];
if (!url) {
  console.error(`db:migrate: pass --url postgres://user@host:port/database (or set ${STORE_ENV})`);
  process.exit(2);
}
const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
await client.connect();
try {
  const outcome = await migrate(client);
  if (outcome.newer) {
    console.error(`db:migrate: ${describeUrl(url)} is at schema version ${outcome.version}, newer than this app's ${LATEST_SCHEMA}: update the app; nothing was changed.`);
    process.exitCode = 1;
  } else if (outcome.applied.length === 0) {
    console.log(`db:migrate: ${describeUrl(url)} is up to date (schema version ${outcome.version}).`);
  } else {
    console.log(`db:migrate: ${describeUrl(url)} migrated to schema version ${outcome.version} (applied ${outcome.applied.join(', ')}).`);
  }
} finally {
  await client.end();
}
