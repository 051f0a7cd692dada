/** The in-process store for tests and the benchmark's baseline: same changes, no disk. */
import { applyChange, emptyTables, type Change, type Tables } from '../model/changes.ts';
import type { Store, StoreProblem } from '../ports/store.ts';

export class MemoryStore implements Store {
  readonly tables: Tables = emptyTables();
  readonly problems: StoreProblem[] = [];
  readonly readOnly = false;
  commits = 0;

  async flush(): Promise<void> {}

  async commit(changes: readonly Change[]): Promise<void> {
    for (const change of changes) applyChange(this.tables, structuredClone(change));
    this.commits++;
  }

  async close(): Promise<void> {}
}
