/**
 * The naive baseline: one conf file holding the whole state (`new Conf({ cwd, configName: 'naive' })`,
 * conf's defaults: tab-indented JSON, atomic write with fsync). Every query reads it back with
 * `conf.store` (read + JSON.parse of the whole file); every commit rewrites it whole with
 * `conf.store = everything`. Note: conf's setter also re-reads and parses the old file first (to carry
 * over its `__internal__` key), as it does for anyone who writes `conf.store = …` — part of the baseline.
 */
import Conf from 'conf';
import { COLLECTIONS, type CollectionName } from '../core/model/records.ts';
import { emptyTables, type Change, type Tables } from '../core/model/changes.ts';
import type { Store, StoreProblem } from '../core/ports/store.ts';

export type Everything = Partial<Record<CollectionName, Record<string, unknown>>>;

export function toEverything(tables: Tables): Everything {
  const all: Everything = {};
  for (const coll of COLLECTIONS) all[coll] = Object.fromEntries(tables[coll] as Map<string, unknown>);
  return all;
}

export function toTables(all: Everything): Tables {
  const tables = emptyTables();
  for (const coll of COLLECTIONS) {
    const map = tables[coll] as Map<string, unknown>;
    for (const [id, value] of Object.entries(all[coll] ?? {})) map.set(id, value);
  }
  return tables;
}

export function openNaiveConf(dir: string): Conf<Everything> {
  return new Conf<Everything>({ cwd: dir, configName: 'naive' });
}

export class NaiveStore implements Store {
  readonly problems: StoreProblem[] = [];
  readonly readOnly = false;
  readonly conf: Conf<Everything>;
  /** The state the running command read: its changes apply to it before the whole file is written. */
  private last: Everything | null = null;

  constructor(dir: string) {
    this.conf = openNaiveConf(dir);
  }

  /** Each read is `conf.store`: the whole file, parsed. */
  get tables(): Tables {
    const all = this.conf.store;
    this.last = all;
    return toTables(all);
  }

  async commit(changes: readonly Change[]): Promise<void> {
    const all = this.last ?? this.conf.store;
    for (const change of changes) {
      const coll = (all[change.coll] ??= {});
      if (change.op === 'put') coll[change.id] = change.value;
      else delete coll[change.id];
    }
    this.conf.store = all;
    this.last = null;
  }

  /** Every naive commit is already a whole, fsync'd rewrite. */
  async flush(): Promise<void> {}

  async close(): Promise<void> {}
}
