/** Every collection's records go to a file the loader reads back (PARTITION_NAME), segments included. */
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, type CollectionName, type Collections } from '../model/records.ts';
import { PARTITION_NAME, partitionOf, segmentName } from './partitions.ts';

/** The fields partitionOf may read: the creation or issue instant, under whichever name the record keeps it. */
const AT = '2026-11-23T10:00:00.000Z';
const sample = { id: 'x1', at: AT, createdAt: AT, issuedAt: AT, placedAt: AT, periodStart: AT, updatedAt: AT } as unknown;

describe('partition names', () => {
  it.each(COLLECTIONS)('%s goes to a file the store reads back', (coll: CollectionName) => {
    const name = partitionOf(coll, 'x1', sample as Collections[typeof coll]);
    expect(name, `${coll} → ${name}`).toMatch(PARTITION_NAME);
  });

  it('reads back the segments of the segmented collections', () => {
    for (const coll of ['audit', 'outbox', 'signIns'] as const) expect(segmentName(partitionOf(coll, 'x1', sample as Collections[typeof coll]), 2)).toMatch(PARTITION_NAME);
  });
});
