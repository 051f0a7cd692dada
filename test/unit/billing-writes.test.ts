import { describe, expect, it } from 'vitest';
import { BILLING_WRITES, CHANNELS } from '../../core/contract.ts';
import { REQUIREMENTS } from '../../core/permissions/matrix.ts';

describe('commands that change billing make the views reload', () => {
  it('lists every command that needs billing, and checkout', () => {
    const listed = new Set<string>(BILLING_WRITES);
    const needed = [...CHANNELS.filter((c) => REQUIREMENTS[c] === 'billing'), 'orders.place'];
    for (const channel of needed) expect(listed.has(channel), channel).toBe(true);
  });

  it('names only real channels, each once', () => {
    expect(new Set(BILLING_WRITES).size).toBe(BILLING_WRITES.length);
    for (const channel of BILLING_WRITES) expect(CHANNELS).toContain(channel);
  });
});
