/** The time-zone picker's list: offsets at a fixed instant (DST included), labels, order and search. */
import { describe, expect, it } from 'vitest';
import { formatOffset, parseOffset, searchTimeZones, timeZoneOption, timeZoneOptions } from './time-zones.ts';

const JANUARY = new Date('2026-01-15T12:00:00.000Z');
const JULY = new Date('2026-07-15T12:00:00.000Z');
const ZONES = ['Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'UTC', 'Europe/London', 'America/Argentina/Buenos_Aires', 'Pacific/Chatham', 'Europe/Brussels', 'Asia/Tokyo', 'America/St_Johns'];
const ids = (list: { id: string }[]) => list.map((o) => o.id);

describe('timeZoneOption', () => {
  it('takes the offset in force at the instant given: Paris is +01:00 in January and +02:00 in July', () => {
    expect(timeZoneOption('Europe/Paris', JANUARY, 'en-GB').offset).toBe('UTC+01:00');
    expect(timeZoneOption('Europe/Paris', JULY, 'en-GB').offset).toBe('UTC+02:00');
    expect(timeZoneOption('America/New_York', JANUARY, 'en-GB').offset).toBe('UTC-05:00');
    expect(timeZoneOption('America/New_York', JULY, 'en-GB').offset).toBe('UTC-04:00');
    // The southern hemisphere's summer is in January.
    expect(timeZoneOption('Pacific/Chatham', JANUARY, 'en-GB').offset).toBe('UTC+13:45');
    expect(timeZoneOption('Pacific/Chatham', JULY, 'en-GB').offset).toBe('UTC+12:45');
    expect(timeZoneOption('Asia/Kolkata', JULY, 'en-GB').offset).toBe('UTC+05:30');
    expect(timeZoneOption('America/St_Johns', JANUARY, 'en-GB').offsetMinutes).toBe(-210);
    expect(timeZoneOption('UTC', JULY, 'en-GB').offset).toBe('UTC+00:00');
  });

  it('reads as "(UTC+01:00) Paris — Europe/Paris", the city from the last part with spaces', () => {
    expect(timeZoneOption('Europe/Paris', JANUARY, 'fr-FR').label).toBe('(UTC+01:00) Paris — Europe/Paris');
    const ba = timeZoneOption('America/Argentina/Buenos_Aires', JANUARY, 'en-GB');
    expect([ba.city, ba.region, ba.label]).toEqual(['Buenos Aires', 'America/Argentina', '(UTC-03:00) Buenos Aires — America/Argentina/Buenos_Aires']);
    expect(timeZoneOption('UTC', JANUARY, 'en-GB').label).toBe('(UTC+00:00) UTC');
  });

  it('names the zone in the language, and UTC by its name rather than its offset', () => {
    expect(timeZoneOption('Europe/Paris', JANUARY, 'fr-FR').localName).toBe('heure d’Europe centrale');
    expect(timeZoneOption('Europe/Paris', JANUARY, 'de-DE').localName).toBe('Mitteleuropäische Zeit');
    expect(timeZoneOption('Europe/Paris', JANUARY, 'en-GB').localName).toBe('Central European Time');
    expect(timeZoneOption('UTC', JANUARY, 'fr-FR').localName).toBe('temps universel coordonné');
  });

  it('leaves a zone the runtime does not know with no offset and no name, never a crash', () => {
    const unknown = timeZoneOption('Mars/Olympus_Mons', JANUARY, 'en-GB');
    expect([unknown.offset, unknown.localName, unknown.city]).toEqual(['UTC', '', 'Olympus Mons']);
  });
});

describe('timeZoneOptions', () => {
  it('sorts by offset, west to east, then by city', () => {
    expect(ids(timeZoneOptions(ZONES, JANUARY, 'en-GB'))).toEqual([
      'America/New_York',
      'America/St_Johns',
      'America/Argentina/Buenos_Aires',
      'Europe/London',
      'UTC',
      'Europe/Brussels',
      'Europe/Paris',
      'Asia/Kolkata',
      'Asia/Tokyo',
      'Pacific/Chatham',
    ]);
  });

  it('moves a zone with its DST: in July London (+01:00) sorts with nobody at +00:00 but UTC', () => {
    const july = timeZoneOptions(ZONES, JULY, 'en-GB');
    expect(july.filter((o) => o.offset === 'UTC+00:00').map((o) => o.id)).toEqual(['UTC']);
    expect(july.filter((o) => o.offset === 'UTC+01:00').map((o) => o.id)).toEqual(['Europe/London']);
  });
});

describe('searchTimeZones', () => {
  const fr = timeZoneOptions(ZONES, JANUARY, 'fr-FR');
  const en = timeZoneOptions(ZONES, JANUARY, 'en-GB');

  it('finds by city, ignoring case and accents, and by region', () => {
    expect(ids(searchTimeZones(fr, 'paris'))).toEqual(['Europe/Paris']);
    expect(ids(searchTimeZones(fr, 'PÂRIS'))).toEqual(['Europe/Paris']);
    expect(ids(searchTimeZones(fr, 'buenos aires'))).toEqual(['America/Argentina/Buenos_Aires']);
    expect(ids(searchTimeZones(fr, 'europe'))).toEqual(['Europe/London', 'Europe/Brussels', 'Europe/Paris']);
    expect(ids(searchTimeZones(fr, 'argentina'))).toEqual(['America/Argentina/Buenos_Aires']);
  });

  it('finds by the localized name, whatever apostrophe is typed', () => {
    expect(ids(searchTimeZones(fr, 'centrale'))).toEqual(['Europe/Brussels', 'Europe/Paris']);
    expect(ids(searchTimeZones(fr, "heure d'europe"))).toEqual(['Europe/Brussels', 'Europe/Paris']);
    expect(ids(searchTimeZones(en, 'central european'))).toEqual(['Europe/Brussels', 'Europe/Paris']);
    expect(ids(searchTimeZones(fr, 'japon'))).toEqual(['Asia/Tokyo']);
  });

  it('finds by offset however it is typed, exactly (+1 is not +10)', () => {
    for (const q of ['+1', '+01:00', 'utc+1', 'UTC+01:00', 'gmt+1', '+0100']) expect(ids(searchTimeZones(en, q)), q).toEqual(['Europe/Brussels', 'Europe/Paris']);
    expect(ids(searchTimeZones(en, '+5:30'))).toEqual(['Asia/Kolkata']);
    expect(ids(searchTimeZones(en, '-3:30'))).toEqual(['America/St_Johns']);
    expect(ids(searchTimeZones(en, '+13:45'))).toEqual(['Pacific/Chatham']);
    expect(ids(searchTimeZones(en, 'europe +1'))).toEqual(['Europe/Brussels', 'Europe/Paris']);
  });

  it('gives everything back for an empty query and nothing for a query that matches nothing', () => {
    expect(searchTimeZones(en, '  ')).toHaveLength(ZONES.length);
    expect(searchTimeZones(en, 'atlantis')).toEqual([]);
  });
});

describe('offsets', () => {
  it('formats and parses them', () => {
    expect([formatOffset(60), formatOffset(-210), formatOffset(0), formatOffset(825)]).toEqual(['UTC+01:00', 'UTC-03:30', 'UTC+00:00', 'UTC+13:45']);
    expect([parseOffset('+1'), parseOffset('UTC−03:30'), parseOffset('gmt+0530'), parseOffset('paris'), parseOffset('+')]).toEqual([60, -210, 330, null, null]);
  });
});
