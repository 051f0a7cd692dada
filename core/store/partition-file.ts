/**
 * One partition file on disk. The default opens it with `conf` (plain Node); the Electron app passes
 * an electron-store backed opener (electron/store/electron-partition.ts). Both write atomically
 * (temp file, fsync, rename).
 */
import Conf from 'conf';
import type { CollectionName } from '../model/records.ts';
import { FILE_MODE } from './modes.ts';

export const SCHEMA_VERSION = 1;

export interface PartitionData {
  schemaVersion: number;
  /** Journal sequence number of the last command folded into this file. */
  seq: number;
  data: Partial<Record<CollectionName, Record<string, unknown>>>;
}

export interface PartitionFile {
  readonly path: string;
  /** Parsed content; throws on a corrupt file. */
  read(): unknown;
  write(value: PartitionData): void;
}

export type OpenPartition = (dir: string, name: string) => PartitionFile;

/** Options shared by conf and electron-store: compact JSON, no watching, no schema (we validate ourselves). */
export function partitionOptions(dir: string, name: string) {
  return {
    cwd: dir,
    configName: name,
    serialize: (value: unknown) => JSON.stringify(value),
    clearInvalidConfig: false,
    watch: false,
    // Owner-only (conf's default is 0o666 less the umask: 0644, readable by every local user).
    configFileMode: FILE_MODE,
  } as const;
}

interface ConfLike {
  readonly path: string;
  store: Record<string, unknown>;
}

/** Wraps a conf/electron-store instance. */
export function wrapConf(conf: ConfLike): PartitionFile {
  return {
    path: conf.path,
    read: () => conf.store,
    write(value) {
      // conf re-reads the old file on every write to carry over its "__internal__" key unless the new
      // value has one; we keep no internal data, so an empty one skips that read.
      conf.store = { ...value, __internal__: {} } as unknown as Record<string, unknown>;
    },
  };
}

export const openConfPartition: OpenPartition = (dir, name) =>
  wrapConf(new Conf<Record<string, unknown>>({ projectName: 'account-admin', ...partitionOptions(dir, name) }));
