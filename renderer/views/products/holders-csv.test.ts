import { describe, expect, it } from 'vitest';
import { filterHolders, type Holder } from './holders-csv.ts';

const holder = (name: string, direct: boolean, groups: string[]): Holder => ({ userId: name, name, email: `${name.toLowerCase()}@example.com`, direct, via: groups.map((g) => ({ id: g, name: g })), features: {} });
const ROWS = [holder('Ann', true, []), holder('Ben', false, ['Support team']), holder('Cleo', true, ['Sales'])];
const names = (rows: Holder[]) => rows.map((r) => r.name);

describe('the holders list filters', () => {
  it('by how the licence is held: directly, through a group, or either (both counts for both)', () => {
    expect(names(filterHolders(ROWS, '', 'all'))).toEqual(['Ann', 'Ben', 'Cleo']);
    expect(names(filterHolders(ROWS, '', 'direct'))).toEqual(['Ann', 'Cleo']);
    expect(names(filterHolders(ROWS, '', 'group'))).toEqual(['Ben', 'Cleo']);
  });

  it('by text in the name, the email or a group’s name, in any case', () => {
    expect(names(filterHolders(ROWS, ' support ', 'all'))).toEqual(['Ben']);
    expect(names(filterHolders(ROWS, 'CLEO@', 'all'))).toEqual(['Cleo']);
    expect(names(filterHolders(ROWS, 'sales', 'direct'))).toEqual(['Cleo']);
  });
});
