import { describe, expect, it } from 'vitest';
import { isPanelOf, type PanelTarget } from './changes.ts';

describe('isPanelOf', () => {
  it('opens the change panel in the card of the subscription asked, not in every card of its product', () => {
    const panel: PanelTarget = { kind: 'add_seats', productId: 'meetings', subscriptionId: 'sub_2' };
    expect(isPanelOf(panel, { id: 'sub_2' })).toBe(true);
    expect(isPanelOf(panel, { id: 'sub_1' })).toBe(false);
    expect(isPanelOf({ kind: 'subscribe', productId: 'meetings', subscriptionId: null }, { id: 'sub_1' })).toBe(false);
    expect(isPanelOf(null, { id: 'sub_1' })).toBe(false);
  });
});
