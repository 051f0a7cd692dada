import { describe, expect, it } from 'vitest';
import { initialFeatures, offeredProducts, toInput, type Audience, type Choice, type ProductView } from './change.ts';

const product = (productId: string, features: string[]): ProductView => ({ productId, name: productId, features, planName: null, seats: 5, assigned: 1, free: 4, canAddLicences: true });
const PRODUCTS = [product('meetings', ['meeting_recording', 'webinars']), product('business_phone', ['call_recording'])];
const choice = (patch: Partial<Choice>): Choice => ({ mode: 'add', userIds: ['usr_1'], chosen: [], features: {}, notify: false, alsoRemoveFromQueues: true, ...patch });

describe('toInput', () => {
  it('is null while nothing is ticked', () => {
    expect(toInput(choice({}))).toBeNull();
  });

  it('adds the ticked products with their features, and never clears queues when adding', () => {
    const features = { meetings: { meeting_recording: true, webinars: false } };
    expect(toInput(choice({ chosen: ['meetings'], features, notify: true }))).toEqual({
      userIds: ['usr_1'],
      assign: [{ productId: 'meetings', features: { meeting_recording: true, webinars: false } }],
      remove: [],
      alsoRemoveFromQueues: false,
      notify: true,
    });
  });

  it('removes the ticked products, with the queue cleanup when asked', () => {
    expect(toInput(choice({ mode: 'remove', chosen: ['business_phone'] }))).toMatchObject({ assign: [], remove: ['business_phone'], alsoRemoveFromQueues: true });
  });
});

describe('initialFeatures and offeredProducts', () => {
  const audience: Audience = { name: 'Tom Walker', held: { business_phone: 1 }, current: { business_phone: { call_recording: false } } };

  it("starts from the user's own features, else every feature on", () => {
    expect(initialFeatures(PRODUCTS, audience)).toEqual({ meetings: { meeting_recording: true, webinars: true }, business_phone: { call_recording: false } });
  });

  it('offers every product to add, and only the held ones to remove (all when unknown)', () => {
    expect(offeredProducts(PRODUCTS, 'add', audience)).toHaveLength(2);
    expect(offeredProducts(PRODUCTS, 'remove', audience).map((p) => p.productId)).toEqual(['business_phone']);
    expect(offeredProducts(PRODUCTS, 'remove', { ...audience, held: null })).toHaveLength(2);
  });
});
