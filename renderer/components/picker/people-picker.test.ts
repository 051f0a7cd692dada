/**
 * The Add members pickers sort once and filter per keystroke: what they list must be what the former
 * filter-then-sort-with-localeCompare listed, for any people, query and limit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterCandidates, sortCandidates } from './people-picker.ts';

interface P {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  cc: boolean;
}

const name = (p: P) => `${p.firstName} ${p.lastName}`;
const letters = fc.constantFrom('a', 'A', 'é', 'E', 'z', 'Ö', 'o', ' ', 'ß', 'i');
const word = fc.array(letters, { maxLength: 4 }).map((cs) => cs.join(''));
const person = fc.record({ firstName: word, lastName: word, email: word.map((w) => `${w}@x.test`), cc: fc.boolean() });
const people = fc.array(person, { maxLength: 40 }).map((ps) => ps.map((p, i) => ({ ...p, id: `u${i}` })));

/** What the dialogs did before: filter, then sort with localeCompare, then cut. */
function former(ps: P[], query: string, limit: number, ccFirst: boolean): P[] {
  const q = query.trim().toLocaleLowerCase();
  return ps
    .filter((p) => !q || `${name(p)} ${p.email}`.toLocaleLowerCase().includes(q))
    .sort((a, b) => (ccFirst ? Number(b.cc) - Number(a.cc) : 0) || name(a).localeCompare(name(b)))
    .slice(0, limit);
}

describe('people picker', () => {
  it('lists what filtering then sorting with localeCompare listed, in the same order', () => {
    fc.assert(
      fc.property(people, word, fc.integer({ min: 1, max: 50 }), fc.boolean(), (ps, query, limit, ccFirst) => {
        const sorted = sortCandidates(ps, name, ccFirst ? (p) => p.cc : undefined);
        expect(filterCandidates(sorted, query, limit, name).map((p) => p.id)).toEqual(former(ps, query, limit, ccFirst).map((p) => p.id));
      }),
      { seed: 20261208, numRuns: 300 },
    );
  });

  it('sorts by name in the default locale and puts the marked ones first', () => {
    const ps: P[] = [
      { id: 'z', firstName: 'Zoé', lastName: 'A', email: 'z@x.test', cc: false },
      { id: 'e', firstName: 'Émile', lastName: 'B', email: 'e@x.test', cc: false },
      { id: 'a', firstName: 'anna', lastName: 'C', email: 'a@x.test', cc: true },
    ];
    expect(sortCandidates(ps, name).map((p) => p.id)).toEqual(['a', 'e', 'z']);
    expect(sortCandidates(ps, name, (p) => p.id === 'z').map((p) => p.id)).toEqual(['z', 'a', 'e']);
    expect(filterCandidates(sortCandidates(ps, name), ' X.TEST ', 2, name).map((p) => p.id)).toEqual(['a', 'e']);
    expect(filterCandidates(sortCandidates(ps, name), 'émile', 50, name).map((p) => p.id)).toEqual(['e']);
  });
});
