import { describe, expect, it } from 'vitest';
import { diffRows, groupRows } from './change-diff.ts';

const texts = (rows: ReturnType<typeof diffRows>) => rows.map((r) => [r.path.map((s) => s.text).join(' › '), r.before, r.after, r.changed]);

describe('diffRows', () => {
  it('pairs flat fields and marks what changed', () => {
    expect(texts(diffRows({ firstName: 'Tom', phone: '' }, { firstName: 'Thomas', phone: '' }))).toEqual([
      ['firstName', 'Tom', 'Thomas', true],
      ['phone', '', '', false],
    ]);
  });

  it('keys lists of records by their id and reads nested features', () => {
    const before = { products: [{ productId: 'remote_support', features: { session_recording: false }, assignedAt: '2026-01-01T00:00:00.000Z' }] };
    const after = { products: [{ productId: 'remote_support', features: { session_recording: true }, assignedAt: '2026-01-01T00:00:00.000Z' }, { productId: 'meetings', features: {}, assignedAt: '2026-11-23T10:00:00.000Z' }] };
    const rows = diffRows(before, after);
    expect(texts(rows)).toEqual([
      ['products › remote_support › features › session_recording', false, true, true],
      ['products › remote_support › assignedAt', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', false],
      ['products › meetings › features', undefined, {}, true],
      ['products › meetings › assignedAt', undefined, '2026-11-23T10:00:00.000Z', true],
    ]);
    expect(rows[0]!.field).toBe('session_recording');
    expect(rows[0]!.path.map((s) => s.kind)).toEqual(['field', 'item', 'field', 'field']);
  });

  it('shows an item that is only an id by its presence, and a creation or removal on one side', () => {
    expect(texts(diffRows({ members: [{ userId: 'usr_1' }] }, { members: [] }))).toEqual([
      ['members › usr_1', true, undefined, true],
      ['members', undefined, [], true],
    ]);
    expect(texts(diffRows(null, { brand: 'visa', last4: '4242' }))).toEqual([
      ['brand', undefined, 'visa', true],
      ['last4', undefined, '4242', true],
    ]);
  });
});

describe('groupRows', () => {
  it('puts the fields of one list item under its heading', () => {
    const rows = diffRows({ phone: '1', products: [{ productId: 'a', features: { x: true }, assignedAt: 't' }], members: [{ userId: 'u' }] }, null);
    const groups = groupRows(rows).map((g) => [g.head.map((s) => s.text).join(' › '), g.rows.map((r) => r.rest.map((s) => s.text).join(' › '))]);
    expect(groups).toEqual([
      ['', ['phone']],
      ['products › a', ['features › x', 'assignedAt']],
      ['members', ['u']],
    ]);
  });
});
