/**
 * Reads the partition files on start: a corrupt file is moved aside and reported (never silently
 * reset), an older schema is migrated, a newer one makes the store read-only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { wallStamp } from '../adapters/system.ts';
import type { StoreProblem } from '../ports/store.ts';
import { SCHEMA_VERSION, type PartitionData } from './partition-file.ts';
import { PARTITION_NAME } from './partitions.ts';

/** Migrations from version N to N+1, applied in order. */
export type Migrations = Record<number, (file: PartitionData) => PartitionData>;
export const MIGRATIONS: Migrations = {};

export interface LoadedPartition extends PartitionData {
  migrated: boolean;
}

/**
 * `only`: read just the partitions it accepts (a store loading some later, file-store.ts); temp files
 * are then left alone, as they were cleared when the store opened.
 */
export function loadPartitions(
  dir: string,
  migrations: Migrations = MIGRATIONS,
  only?: (name: string) => boolean,
): { files: Map<string, LoadedPartition>; problems: StoreProblem[] } {
  const files = new Map<string, LoadedPartition>();
  const problems: StoreProblem[] = [];
  for (const entry of fs.readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (/\.json\.tmp|\.tmp-/.test(entry)) {
      if (only) continue;
      fs.rmSync(full, { force: true }); // a temp file from an atomic write cut short by a crash
      continue;
    }
    if (!entry.endsWith('.json')) continue;
    const name = entry.slice(0, -'.json'.length);
    if (!PARTITION_NAME.test(name) || (only && !only(name))) continue;
    let content: unknown;
    try {
      // Read and parse once here; the conf/electron-store handle is opened only when the file is
      // next written (opening it parses the file again).
      content = JSON.parse(fs.readFileSync(full, 'utf8'));
    } catch (error) {
      const movedTo = `${full}.corrupt-${wallStamp()}`;
      fs.renameSync(full, movedTo);
      problems.push({ kind: 'corrupt_file', file: full, movedTo, detail: String(error) });
      continue;
    }
    const file = content as Partial<PartitionData>;
    if (typeof file.schemaVersion !== 'number' || typeof file.seq !== 'number' || typeof file.data !== 'object') {
      const movedTo = `${full}.corrupt-${wallStamp()}`;
      fs.renameSync(full, movedTo);
      problems.push({ kind: 'corrupt_file', file: full, movedTo, detail: 'not a partition file' });
      continue;
    }
    if (file.schemaVersion > SCHEMA_VERSION) {
      problems.push({
        kind: 'newer_schema',
        file: full,
        detail: `schema ${file.schemaVersion} is newer than this app's ${SCHEMA_VERSION}`,
      });
      continue;
    }
    let data = file as PartitionData;
    let migrated = false;
    while (data.schemaVersion < SCHEMA_VERSION) {
      const step = migrations[data.schemaVersion];
      if (!step) throw new Error(`no migration from schema ${data.schemaVersion}`);
      data = { ...step(data), schemaVersion: data.schemaVersion + 1 };
      migrated = true;
    }
    files.set(name, { ...data, migrated });
  }
  return { files, problems };
}
