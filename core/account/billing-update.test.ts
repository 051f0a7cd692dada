import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { taxTreatment } from '../billing/tax.ts';
import { put } from '../model/changes.ts';
import { demoFixture, snapshot } from '../testing/fixture.ts';
import { addressFormat } from './address-format.ts';

const PARIS = { line1: '18 rue de la Paix', city: 'Paris', postalCode: '75002', country: 'FR' };
const BOSTON = { line1: '1 Main St', city: 'Boston', postalCode: '02110', country: 'US' };

describe('the address follows its country', () => {
  it('reads the fields, their order and the state from the address templates', () => {
    expect(addressFormat('US')).toMatchObject({ fields: ['line1', 'line2', 'city', 'region', 'postalCode'], region: { required: true, kind: 'state' }, postcode: { required: true, example: '94105' } });
    expect(addressFormat('CA').region).toEqual({ required: true, kind: 'province' });
    expect(addressFormat('FR')).toMatchObject({ fields: ['line1', 'line2', 'postalCode', 'city'], region: null });
    expect(addressFormat('GB').region).toEqual({ required: false, kind: 'region' });
    expect(addressFormat('HK').postcode).toBeNull();
  });

  it('refuses a Paris postcode and no state for the US, and keeps the state\'s code', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const before = snapshot(f.store);
    // 75002 has a ZIP's shape (five digits): the missing state is what is wrong.
    const paris = await f.call(s, 'account.updateBilling', { name: 'Lumen Inc', billingAddress: { ...PARIS, country: 'US' }, confirm: true });
    expect(!paris.ok && paris.error.fields).toEqual({ 'billingAddress.region': { key: 'errors.address.stateRequired', message: expect.any(String) } });
    const wrong = await f.call(s, 'account.updateBilling', { name: 'Lumen Inc', billingAddress: { ...PARIS, postalCode: '75 002', country: 'US' }, confirm: true });
    expect(!wrong.ok && wrong.error.fields).toEqual({
      'billingAddress.postalCode': { key: 'errors.address.postcodeFormat', params: { example: '94105' }, message: expect.any(String) },
      'billingAddress.region': { key: 'errors.address.stateRequired', message: expect.any(String) },
    });
    const unknown = await f.call(s, 'account.updateBilling', { name: 'Lumen Inc', billingAddress: { ...BOSTON, region: 'Narnia' }, confirm: true });
    expect(!unknown.ok && unknown.error.fields?.['billingAddress.region']?.key).toBe('errors.address.stateUnknown');
    expect(snapshot(f.store)).toBe(before);
    const saved = await f.call(s, 'account.updateBilling', { name: 'Lumen Inc', billingAddress: { ...BOSTON, region: 'massachusetts' }, confirm: true });
    expect(saved.ok && saved.value.outcome === 'saved' && saved.value.details.billingAddress).toEqual({ ...BOSTON, region: 'MA' });
  });

  it('normalizes a postcode and needs none where the country has none', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const nl = await f.call(s, 'account.updateBilling', { name: 'Lumen BV', billingAddress: { line1: 'Damrak 1', city: 'Amsterdam', postalCode: '1012ab', country: 'NL' }, confirm: true });
    expect(nl.ok && nl.value.outcome === 'saved' && nl.value.details.billingAddress.postalCode).toBe('1012AB');
    const hk = await f.call(s, 'account.updateBilling', { name: 'Lumen HK', billingAddress: { line1: '1 Queen\'s Road', city: 'Hong Kong', postalCode: '', country: 'HK' }, confirm: true });
    expect(hk.ok && hk.value.outcome).toBe('saved');
  });
});

describe('a change of tax treatment asks for confirmation', () => {
  it('FR with a VAT number → US: says the VAT number is dropped, reverse charge lost and the tax changes; saves nothing until confirmed', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const before = snapshot(f.store);
    const asked = await f.call(s, 'account.updateBilling', { name: 'Lumen Inc', billingAddress: { ...BOSTON, region: 'MA' }, vatNumber: 'FR83404833048' });
    expect(asked.ok && asked.value).toEqual({
      outcome: 'needs_confirmation',
      changes: [
        { kind: 'vat_number_dropped', vatNumber: 'FR83404833048' },
        { kind: 'reverse_charge_lost' },
        { kind: 'tax_changed', from: { kind: 'reverse_charge', rateBasisPoints: 0, country: 'FR' }, to: { kind: 'outside_eu', rateBasisPoints: 0, country: 'US' } },
      ],
    });
    expect(snapshot(f.store)).toBe(before);
    const confirmed = await f.call(s, 'account.updateBilling', { name: 'Lumen Inc', billingAddress: { ...BOSTON, region: 'MA' }, confirm: true });
    expect(confirmed.ok && confirmed.value.outcome === 'saved' && [confirmed.value.details.vatNumber, confirmed.value.details.taxKind]).toEqual([null, 'outside_eu']);
  });

  it('a change that keeps the tax treatment saves at once', async () => {
    const f = await demoFixture();
    const s = await f.signIn('Claire');
    const moved = await f.call(s, 'account.updateBilling', { name: 'Lumen Analytics SAS', billingAddress: { ...PARIS, line1: '20 rue de la Paix' }, vatNumber: 'FR83404833048' });
    expect(moved.ok && moved.value.outcome).toBe('saved');
  });

  // Addresses valid in each country, and a valid VAT number where the test has one.
  const PLACES: Record<string, { address: { line1: string; city: string; postalCode: string; region?: string; country: string }; vat?: string }> = {
    FR: { address: PARIS, vat: 'FR83404833048' },
    DE: { address: { line1: 'Hauptstraße 1', city: 'Berlin', postalCode: '10115', country: 'DE' }, vat: 'DE136695976' },
    AT: { address: { line1: 'Ring 1', city: 'Wien', postalCode: '1010', country: 'AT' }, vat: 'ATU13585627' },
    BE: { address: { line1: 'Rue Neuve 1', city: 'Bruxelles', postalCode: '1000', country: 'BE' }, vat: 'BE0411905847' },
    IE: { address: { line1: '1 Grafton St', city: 'Dublin', postalCode: 'D02 X285', country: 'IE' } },
    IT: { address: { line1: 'Via Roma 1', city: 'Roma', postalCode: '00184', country: 'IT' } },
    US: { address: { ...BOSTON, region: 'MA' } },
    CA: { address: { line1: '1 Wellington St', city: 'Ottawa', postalCode: 'K1A 0B1', region: 'ON', country: 'CA' } },
    GB: { address: { line1: '10 Downing St', city: 'London', postalCode: 'SW1A 2AA', country: 'GB' } },
    CH: { address: { line1: 'Bahnhofstrasse 1', city: 'Zürich', postalCode: '8001', country: 'CH' } },
  };
  const side = fc.record({ country: fc.constantFrom(...Object.keys(PLACES)), withVat: fc.boolean() });

  it('for any two countries and VAT numbers: asks exactly when the treatment changes or a VAT number goes, lists what will change, and then saves it', async () => {
    await fc.assert(
      fc.asyncProperty(side, side, async (from, to) => {
        const f = await demoFixture();
        const a = PLACES[from.country]!;
        const b = PLACES[to.country]!;
        const fromVat = from.withVat ? a.vat : undefined;
        const toVat = to.withVat ? b.vat : undefined;
        const account = f.store.tables.account.get('account')!;
        await f.store.commit([put('account', 'account', { ...account, billingAddress: a.address, vatNumber: fromVat })]);
        const s = await f.signIn('Claire');
        const before = snapshot(f.store);
        const input = { name: 'Lumen', billingAddress: b.address, ...(toVat ? { vatNumber: toVat } : {}) };
        const asked = await f.call(s, 'account.updateBilling', input);
        expect(asked.ok).toBe(true);
        if (!asked.ok) return;
        const t0 = taxTreatment({ country: from.country, vatNumber: fromVat });
        const t1 = taxTreatment({ country: to.country, vatNumber: toVat });
        const treatmentChanges = t0.kind !== t1.kind || t0.rateBasisPoints !== t1.rateBasisPoints;
        const vatDropped = fromVat !== undefined && toVat === undefined;
        if (!treatmentChanges && !vatDropped) {
          expect(asked.value.outcome).toBe('saved');
          return;
        }
        expect(asked.value.outcome).toBe('needs_confirmation');
        expect(snapshot(f.store)).toBe(before);
        if (asked.value.outcome !== 'needs_confirmation') return;
        const kinds = asked.value.changes.map((c) => c.kind);
        expect(kinds.includes('vat_number_dropped')).toBe(vatDropped);
        expect(kinds.includes('reverse_charge_lost')).toBe(t0.kind === 'reverse_charge' && t1.kind !== 'reverse_charge');
        const listed = asked.value.changes.find((c) => c.kind === 'tax_changed');
        expect(listed === undefined).toBe(!treatmentChanges);
        const saved = await f.call(s, 'account.updateBilling', { ...input, confirm: true });
        expect(saved.ok && saved.value.outcome === 'saved' && [saved.value.details.taxKind, saved.value.details.taxRateBasisPoints]).toEqual([t1.kind, t1.rateBasisPoints]);
        if (listed?.kind === 'tax_changed') expect([listed.to.kind, listed.to.rateBasisPoints]).toEqual([t1.kind, t1.rateBasisPoints]);
      }),
      { numRuns: 60 },
    );
  });
});
