/**
 * The process store-crash.test.ts kills. Run as `node --import tsx test/unit/store-crash-child.ts <dataDir> [seed]`
 * (the test bundles it with esbuild and runs the bundle with plain node, which starts faster).
 *
 * It opens a FileStore on the folder and commits commands forever. Every command is announced on
 * stdout before its commit ("try <id> <op> <n>") and acknowledged after `commitSync` returned
 * ("ack <id> <op> <n>"); folds are framed by "fold" / "folded" lines. The command number n resumes
 * from the audit entries already in the store, and a command's changes are a pure function of
 * (id, op, n) — `commandChanges` — so the parent can rebuild exactly what each acknowledged command
 * wrote without trusting the store it is checking.
 *
 * Importing this module (as the test does) runs nothing.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { del, put, type Change } from '../../core/model/changes.ts';
import type { AuditEntry, User } from '../../core/model/records.ts';
import { FileStore } from '../../core/store/file-store.ts';

export const FOLD_BYTES = 20_000;
export const FOLD_DELAY_MS = 5;
/** Small audit segments (partitions.ts), so that kills land while segments fill and new ones open. */
export const SEGMENT_RECORDS = 25;
/** Audit entries land in one partition per month: a fold rewrites several of them. */
export const MONTHS = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'] as const;
/** Deleting this id is a no-op: a command that changes no partition at all. */
export const NOOP_ID = 'usr_nobody';
export type Op = 'put' | 'del';

export function auditId(n: number): string {
  return `aud_c${n}`;
}

export function auditEntry(n: number, targetId: string, action: string): AuditEntry {
  const month = MONTHS[(n * 7) % MONTHS.length]!;
  const day = String((n % 28) + 1).padStart(2, '0');
  return {
    id: auditId(n),
    at: `${month}-${day}T10:00:00.000Z`,
    actorId: null,
    action,
    targetType: 'user',
    targetId,
    before: null,
    after: { n, note: `command ${n} — é ü 漢字` },
  };
}

/** A user-like record; its partition derives from the id only, so rewrites stay in one file. */
export function userRecord(id: string, n: number): User {
  const at = new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString();
  return {
    id,
    email: `${id}@crash.example`,
    firstName: 'Crash',
    lastName: `Version ${n}`,
    phone: '+33 1 23 45 67 89',
    language: 'en',
    timeZone: 'Europe/Paris',
    role: 'user',
    billingContact: n % 5 === 0,
    status: 'active',
    products: [{ productId: 'meetings', features: { recording: n % 2 === 0 }, assignedAt: at }],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: at,
  };
}

/** What command n writes: an audit note, a user put or delete with its audit entry, or a no-op delete. */
export function commandChanges(id: string, op: Op, n: number): Change[] {
  if (id.startsWith('aud_')) return [put('audit', id, auditEntry(n, '-', 'crash.note'))];
  if (op === 'del' && id === NOOP_ID) return [del('users', NOOP_ID)];
  if (op === 'del') return [del('users', id), put('audit', auditId(n), auditEntry(n, id, 'user.deleted'))];
  return [put('users', id, userRecord(id, n)), put('audit', auditId(n), auditEntry(n, id, 'user.put'))];
}

/** mulberry32: a tiny seeded PRNG (same one as the parent's). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function emit(line: string): void {
  // process.stdout is synchronous for pipes on Linux/macOS: once this returns the line is in the
  // pipe, and survives a SIGKILL that follows.
  process.stdout.write(`${line}\n`);
}

class ReportingStore extends FileStore {
  override fold(): void {
    emit('fold');
    super.fold();
    emit('folded');
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

async function main(dir: string, seed: number): Promise<void> {
  // Never outlive a parent that went away.
  process.stdout.on('error', () => process.exit(2));
  setTimeout(() => process.exit(3), 60_000).unref();

  const store = new ReportingStore({ dir, foldBytes: FOLD_BYTES, foldDelayMs: FOLD_DELAY_MS, segmentRecords: SEGMENT_RECORDS });
  if (store.problems.length) {
    process.stderr.write(`store opened with problems: ${JSON.stringify(store.problems)}\n`);
    process.exit(4);
  }
  let n = 0;
  for (const id of store.tables.audit.keys()) n = Math.max(n, Number(id.slice('aud_c'.length)));
  const random = prng(seed ^ Math.imul(n + 1, 0x9e3779b1));
  emit(`ready ${n}`);

  const commit = (id: string, op: Op) => {
    n++;
    emit(`try ${id} ${op} ${n}`);
    store.commitSync(commandChanges(id, op, n));
    emit(`ack ${id} ${op} ${n}`);
  };

  for (;;) {
    const users = [...store.tables.users.keys()];
    const pick = random();
    if (pick < 0.4) commit(auditId(n + 1), 'put');
    else if (pick < 0.6 || users.length < 8) commit(`usr_c${n + 1}`, 'put');
    else if (pick < 0.85) commit(users[Math.floor(random() * users.length)]!, 'put');
    else commit(users[Math.floor(random() * users.length)]!, 'del');

    const pause = random();
    if (pause < 0.01) {
      // Let the timer fold everything, then a command that touches no partition, then a timer fold
      // with nothing dirty (which still starts a new journal).
      await sleep(FOLD_DELAY_MS * 2);
      commit(NOOP_ID, 'del');
      await sleep(FOLD_DELAY_MS * 2);
    } else if (pause < 0.05) {
      await sleep(FOLD_DELAY_MS + 1 + Math.floor(random() * 4)); // the timer fold fires
    } else if (pause < 0.2) {
      await tick();
    }
  }
}

const entry = process.argv[1];
if (entry && fs.realpathSync(entry) === fileURLToPath(import.meta.url)) {
  const [dir, seed] = process.argv.slice(2);
  if (!dir) {
    process.stderr.write('usage: store-crash-child <dataDir> [seed]\n');
    process.exit(64);
  }
  main(dir, Number(seed ?? 1)).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
