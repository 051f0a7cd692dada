/**
 * The store port's contract, one file for every adapter: the in-memory store, the local files and
 * PostgreSQL. What one adapter promises, the others must too.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { del, put, type Change } from '../../core/model/changes.ts';
import type { AuditEntry, Group } from '../../core/model/records.ts';
import type { Store } from '../../core/ports/store.ts';
import { describePg } from './pg-env.ts';
import { fileSubject, memorySubject, pgSubject, type Subject, type SubjectFactory } from './store-subjects.ts';

const entry = (n: number): AuditEntry => ({
  id: `aud_${n}`,
  at: `2026-11-${String((n % 28) + 1).padStart(2, '0')}T00:00:00.000Z`,
  actorId: null,
  action: 'test',
  targetType: 'test',
  targetId: String(n),
  before: null,
  after: { n, text: 'é ü — "quoted"' },
});
const putEntry = (n: number): Change => put('audit', `aud_${n}`, entry(n));

function contract(factory: SubjectFactory): void {
  let subject: Subject;
  const open: Store[] = [];
  const track = async (store: Promise<Store>) => {
    const opened = await store;
    open.push(opened);
    return opened;
  };
  afterEach(async () => {
    for (const store of open.splice(0)) await store.close().catch(() => undefined);
    await subject?.cleanup();
  });

  it('puts and deletes records, one commit at a time', async () => {
    subject = await factory();
    const store = await track(subject.open());
    await store.commit([putEntry(1), putEntry(2)]);
    await store.commit([del('audit', 'aud_1'), putEntry(3)]);
    expect([...store.tables.audit.keys()].sort()).toEqual(['aud_2', 'aud_3']);
    expect(store.tables.audit.get('aud_3')).toEqual(entry(3));
    expect(store.readOnly).toBe(false);
  });

  it('applies the last change of a record when a commit changes it twice', async () => {
    subject = await factory();
    const store = await track(subject.open());
    await store.commit([putEntry(1), del('audit', 'aud_1'), putEntry(2), put('audit', 'aud_2', { ...entry(2), action: 'second' })]);
    expect(store.tables.audit.has('aud_1')).toBe(false);
    expect(store.tables.audit.get('aud_2')?.action).toBe('second');
  });

  it('refuses a commit it cannot write as a whole, and changes nothing', async () => {
    subject = await factory();
    if (!subject.reopen) return; // the in-memory store has nothing to write
    const store = await track(subject.open());
    await store.commit([putEntry(1)]);
    const broken = { ...entry(2), after: { n: 10n } } as unknown as AuditEntry;
    await expect(store.commit([putEntry(3), put('audit', 'aud_2', broken)])).rejects.toThrow();
    expect([...store.tables.audit.keys()]).toEqual(['aud_1']);
    await store.commit([putEntry(4)]);
    expect([...store.tables.audit.keys()].sort()).toEqual(['aud_1', 'aud_4']);
  });

  it('sees every acknowledged commit after a reopen', async () => {
    subject = await factory();
    if (!subject.reopen) return;
    const first = await subject.open();
    for (let n = 1; n <= 20; n++) await first.commit([putEntry(n), ...(n % 5 === 0 ? [del('audit', `aud_${n - 1}`)] : [])]);
    const expected = [...first.tables.audit.entries()].sort();
    await first.close();
    for (let round = 0; round < 3; round++) {
      const again = await subject.reopen();
      expect([...again.tables.audit.entries()].sort()).toEqual(expected);
      await again.commit([putEntry(100 + round)]);
      expected.push([`aud_${100 + round}`, entry(100 + round)]);
      expected.sort();
      await again.close();
    }
  });

  it('makes durable: false commits durable at flush', async () => {
    subject = await factory();
    const store = await track(subject.open());
    await store.commit([putEntry(1)], { durable: false });
    await store.commit([putEntry(2)], { durable: false });
    await store.flush();
    expect([...store.tables.audit.keys()].sort()).toEqual(['aud_1', 'aud_2']);
    if (!subject.reopen) return;
    await store.close();
    const again = await track(subject.reopen());
    expect([...again.tables.audit.keys()].sort()).toEqual(['aud_1', 'aud_2']);
  });

  it('keeps every collection, groups among them, across a reopen', async () => {
    subject = await factory();
    const store = await track(subject.open());
    const group: Group = { id: 'grp_1', name: 'Support team', memberIds: ['usr_1'], products: [{ productId: 'meetings', features: { webinars: true } }], createdAt: entry(1).at, updatedAt: entry(1).at };
    await store.commit([put('groups', group.id, group), putEntry(1)]);
    await store.commit([put('groups', group.id, { ...group, memberIds: [] })]);
    expect(store.tables.groups.get(group.id)?.memberIds).toEqual([]);
    if (!subject.reopen) return;
    await store.close();
    const again = await track(subject.reopen());
    expect(again.tables.groups.get(group.id)).toEqual({ ...group, memberIds: [] });
    await again.commit([del('groups', group.id)]);
    await again.close();
    expect((await track(subject.reopen())).tables.groups.size).toBe(0);
  });

  it('opens read-only, with a problem saying why, when the data is newer than the app', async () => {
    subject = await factory();
    if (!subject.makeNewer || !subject.reopen) return;
    const store = await subject.open();
    await store.commit([putEntry(1)]);
    await store.close();
    await subject.makeNewer();
    const newer = await track(subject.reopen());
    expect(newer.readOnly).toBe(true);
    expect(newer.problems.map((p) => p.kind)).toContain('newer_schema');
    expect(newer.problems.find((p) => p.kind === 'newer_schema')?.detail).toMatch(/newer|version/i);
    await expect(newer.commit([putEntry(2)])).rejects.toThrow(/read-only/);
  });
}

describe('store contract: MemoryStore', () => contract(memorySubject));
describe('store contract: FileStore', () => contract(fileSubject));
describePg('store contract: PgStore', () => contract(pgSubject));
