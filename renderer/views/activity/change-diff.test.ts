import { describe, expect, it } from 'vitest';
import { diffRows } from './change-diff.ts';

const text = (value: string) => ({ kind: 'text' as const, text: value });

describe('diffRows', () => {
  it('pairs the recorded fields in order and marks what changed', () => {
    expect(diffRows({ firstName: text('Tom'), phone: null }, { firstName: text('Thomas'), phone: null })).toEqual([
      { field: 'firstName', before: text('Tom'), after: text('Thomas'), changed: true },
      { field: 'phone', before: null, after: null, changed: false },
    ]);
  });

  it('reads a creation or a removal as one side missing', () => {
    const money = { kind: 'money' as const, amount: 29420, currency: 'EUR' };
    expect(diffRows(null, { total: money })).toEqual([{ field: 'total', before: null, after: money, changed: true }]);
    expect(diffRows({ total: money }, null)).toEqual([{ field: 'total', before: money, after: null, changed: true }]);
  });
});
