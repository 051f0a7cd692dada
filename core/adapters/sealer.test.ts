import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSealer, dataKey, memoryDataKey, newDataKey, noDataKey } from './sealer.ts';
import { randomSecrets } from './secrets.ts';

describe('Sealing (AES-256-GCM)', () => {
  it('opens what it sealed; the sealed form never contains the plain text, and each seal differs', () => {
    const sealer = createSealer(memoryDataKey());
    const key = randomSecrets.newTotpKey();
    const sealed = sealer.seal(key)!;
    expect(sealed).toMatch(/^v1:[\w-]{8}:[\w-]{16}:[\w-]+$/);
    expect(sealed).not.toContain(key);
    expect(sealed.toUpperCase()).not.toContain(key.slice(0, 8));
    expect(sealer.open(sealed)).toBe(key);
    expect(sealer.seal(key)).not.toBe(sealed);
  });

  it('round trip for any text (property)', () => {
    const sealer = createSealer(memoryDataKey());
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 64 }), (text) => sealer.open(sealer.seal(text)!) === text), { numRuns: 100 });
  });

  it('a changed character anywhere opens to null, never throws', () => {
    const sealer = createSealer(memoryDataKey());
    const sealed = sealer.seal(randomSecrets.newTotpKey())!;
    for (let i = 0; i < sealed.length; i++) {
      if (sealed[i] === ':') continue;
      const changed = `${sealed.slice(0, i)}${sealed[i] === 'A' ? 'B' : 'A'}${sealed.slice(i + 1)}`;
      expect([i, sealer.open(changed)]).toEqual([i, null]);
    }
    for (const broken of ['', 'v1', 'v1:::', `v2${sealed.slice(2)}`, sealed.slice(0, -4), `${sealed}:x`, 'plain-text-key']) expect(sealer.open(broken)).toBeNull();
  });

  it('another key opens nothing, even under the same key id; the right key among several does', () => {
    const mine = newDataKey();
    const other = newDataKey();
    const sealed = createSealer(memoryDataKey(mine)).seal('JBSWY3DPEHPK3PXP')!;
    expect(createSealer(memoryDataKey(other)).open(sealed)).toBeNull();
    expect(createSealer(memoryDataKey({ id: mine.id, bytes: other.bytes })).open(sealed)).toBeNull();
    const ring = { current: () => other, all: () => [other, mine], describe: () => 'two keys' };
    expect(createSealer(ring).open(sealed)).toBe('JBSWY3DPEHPK3PXP');
  });

  it('without a data key nothing is sealed and nothing opens', () => {
    const sealer = createSealer(noDataKey('none here'));
    expect(sealer.seal('JBSWY3DPEHPK3PXP')).toBeNull();
    expect(sealer.open(createSealer(memoryDataKey()).seal('x')!)).toBeNull();
    expect(sealer.describe()).toBe('none here');
  });

  it('names a key by an id that is the same for every holder; a key is 32 bytes', () => {
    const key = newDataKey();
    expect(dataKey(Buffer.from(key.bytes)).id).toBe(key.id);
    expect(() => dataKey(Buffer.alloc(16))).toThrow();
  });
});
