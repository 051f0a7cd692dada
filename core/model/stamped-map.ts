/**
 * A table that knows when it last changed: every `set`, `delete` and `clear` (whoever calls it — a
 * command's commit through applyChange, a shared store taking in other desktops' commits or
 * reloading everything, a loader filling it) stamps it with a number from one counter that only
 * grows, and a new table starts with a fresh stamp. So two reads of a table's stamp are equal only
 * if nothing was written to it between them, and a table that was swapped for another has a stamp
 * no earlier table had. Answers derived from a few tables (users.list) name their inputs' stamps as
 * a revision: a client holding an answer of the same revision holds what the answer would be now.
 *
 * The counter lives in this process: a revision means something only to the core that gave it (each
 * renderer talks to one core process, and drops what it holds when the session changes).
 */
let counter = 0;

export class StampedMap<V> extends Map<string, V> {
  /** When this table last changed (or was made): a number no earlier change of any table had. */
  stamp = ++counter;

  override set(key: string, value: V): this {
    this.stamp = ++counter;
    return super.set(key, value);
  }

  override delete(key: string): boolean {
    this.stamp = ++counter;
    return super.delete(key);
  }

  override clear(): void {
    this.stamp = ++counter;
    super.clear();
  }
}

/**
 * The tables' stamps as one revision, or null when one of them keeps no stamp (a plain Map: then
 * nothing can be said to be unchanged, and the answer is sent whole).
 */
export function revisionOf(tables: readonly ReadonlyMap<string, unknown>[]): string | null {
  const stamps: number[] = [];
  for (const table of tables) {
    if (!(table instanceof StampedMap)) return null;
    stamps.push(table.stamp);
  }
  return stamps.join('.');
}
