/**
 * The property every answer with a revision keeps (users.list, invoices.list, queues.list): after any
 * write to the tables, a changed answer has a new revision, and a write to a table the answer does not
 * read leaves the revision where it was. Writes come as store changes, or as a table cleared or swapped
 * for an equal copy (what a shared store's reload does).
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { applyChange, emptyTables, put, type Change, type Tables } from '../model/changes.ts';
import { StampedMap } from '../model/stamped-map.ts';

/** A write no answer with a revision reads (a notice marked read). */
export const elsewhere = (id: string): Change => put('noticeReads', id, { id } as never);

/** A table cleared, or swapped for an equal copy with a fresh stamp. */
export type TableWrite<C extends keyof Tables> = { kind: 'clear' | 'swap'; coll: C };

export function applyWrite<C extends keyof Tables>(tables: Tables, write: Change | TableWrite<C> | null): void {
  if (write === null) return;
  if ('op' in write) return applyChange(tables, write);
  const table = tables[write.coll] as Map<string, unknown>;
  if (write.kind === 'clear') return table.clear();
  const copy = new StampedMap<unknown>();
  for (const [id, value] of table) copy.set(id, value);
  (tables as Record<string, Map<string, unknown>>)[write.coll] = copy;
}

interface RevisionProperty<W> {
  writes: fc.Arbitrary<W>;
  /** The write as a change or a table write; null for none. */
  toWrite: (w: W) => Change | TableWrite<keyof Tables> | null;
  /** Whether the write is to a table the answer does not read (its revision must stay). */
  unrelated: (w: W) => boolean;
  answer: (tables: Tables) => unknown;
  revision: (tables: Tables) => string | null;
  seed: number;
}

export function expectRevisionFollowsAnswer<W extends { kind: string }>(p: RevisionProperty<W>): void {
  fc.assert(
    fc.property(fc.array(p.writes, { minLength: 1, maxLength: 30 }), (writes) => {
      const tables = emptyTables();
      let answer = JSON.stringify(p.answer(tables));
      let revision = p.revision(tables);
      for (const w of writes) {
        applyWrite(tables, p.toWrite(w));
        const nextAnswer = JSON.stringify(p.answer(tables));
        const nextRevision = p.revision(tables);
        expect(nextRevision).not.toBeNull();
        if (nextAnswer !== answer) expect(nextRevision, `${w.kind} changed the answer`).not.toBe(revision);
        if (p.unrelated(w)) expect(nextRevision, 'a write elsewhere moved the revision').toBe(revision);
        answer = nextAnswer;
        revision = nextRevision;
      }
    }),
    { seed: p.seed, numRuns: 300 },
  );
}
