import { describe, expect, it } from 'vitest';
import { checkVatNumber, EU_COUNTRIES, isEuCountry, vatPrefix } from './vat-number.ts';

/**
 * Published numbers (most from jsvat's own fixtures), and, for each, the same number with its check
 * digit changed (a checksum failure) and a wrong-length one (a format failure).
 */
const CASES: { country: string; valid: string[]; checksum: string[]; format: string[] }[] = [
  { country: 'DE', valid: ['DE136695976', 'DE811209378', 'DE129516430'], checksum: ['DE136695977', 'DE811209379'], format: ['DE13669597', 'DE036695976'] },
  { country: 'FR', valid: ['FR83404833048', 'FR40303265045', 'FR03552081317'], checksum: ['FR84404833048', 'FR00300076967'], format: ['FR8340483304', 'FRI3404833048'] },
  { country: 'IT', valid: ['IT00743110157', 'IT12286350157', 'IT01114601006'], checksum: ['IT00743110158', 'IT12286350158'], format: ['IT0074311015'] },
  { country: 'ES', valid: ['ESA28015865', 'ESB28986172', 'ESX1234567L', 'ESN0060092D'], checksum: ['ESA28015866', 'ESB28986173', 'ESX1234567X'], format: ['ES123', 'ESAA8015865'] },
  { country: 'NL', valid: ['NL004495445B01', 'NL809442127B01', 'NL001079293B01'], checksum: ['NL004495446B01', 'NL809442128B01'], format: ['NL004495445C01', 'NL004495445'] },
  { country: 'BE', valid: ['BE0411905847', 'BE0202239951', 'BE0897221789'], checksum: ['BE0411905848', 'BE0897221791'], format: ['BE2411905847', 'BE04119058'] },
  { country: 'AT', valid: ['ATU13585627', 'ATU37675002', 'ATU66889218'], checksum: ['ATU13585628', 'ATU66889219'], format: ['AT13585627', 'ATV66889218'] },
  { country: 'PL', valid: ['PL5260250274', 'PL7792048522', 'PL5261040828'], checksum: ['PL5260250275', 'PL7122913628'], format: ['PL526025027'] },
  { country: 'PT', valid: ['PT501413197', 'PT502011378', 'PT980405319'], checksum: ['PT501413198', 'PT502757192'], format: ['PT50141319'] },
  { country: 'SE', valid: ['SE556188840401', 'SE556035133901', 'SE202100305401'], checksum: ['SE556188840301', 'SE556035133801'], format: ['SE5561888404', 'SE556188840402'] },
  { country: 'IE', valid: ['IE6388047V', 'IE8Z49289F', 'IE3214048CH', 'IE9700053D'], checksum: ['IE6388047W', 'IE8Z49289A'], format: ['IE638804V', 'IE6388047'] },
  { country: 'DK', valid: ['DK13585628', 'DK25760352', 'DK78805218'], checksum: ['DK13585629', 'DK25760353'], format: ['DK1358562'] },
  { country: 'FI', valid: ['FI20774740', 'FI09853608', 'FI24710461'], checksum: ['FI20774741', 'FI09853601'], format: ['FI2077474'] },
  { country: 'GR', valid: ['EL094259216', 'EL094012834', 'EL998920231'], checksum: ['EL094259217', 'EL000000022'], format: ['EL09425921'] },
];

describe('checkVatNumber', () => {
  for (const { country, valid, checksum, format } of CASES) {
    it(`${country}: accepts valid numbers and tells a wrong check digit from a wrong format`, () => {
      for (const v of valid) expect(checkVatNumber(country, v), v).toEqual({ ok: true, normalized: v });
      for (const v of checksum) expect(checkVatNumber(country, v), v).toEqual({ ok: false, reason: 'checksum' });
      for (const v of format) expect(checkVatNumber(country, v), v).toEqual({ ok: false, reason: 'format' });
    });
  }

  it('normalises case, spaces, dots and dashes, and adds the missing prefix', () => {
    expect(checkVatNumber('DE', 'de 136.695-976')).toEqual({ ok: true, normalized: 'DE136695976' });
    expect(checkVatNumber('DE', '136695976')).toEqual({ ok: true, normalized: 'DE136695976' });
    expect(checkVatNumber('FR', ' 83 404 833 048 ')).toEqual({ ok: true, normalized: 'FR83404833048' });
    expect(checkVatNumber('NL', '0044.95.445.b01')).toEqual({ ok: true, normalized: 'NL004495445B01' });
    expect(checkVatNumber('AT', 'u13585627')).toEqual({ ok: true, normalized: 'ATU13585627' });
    expect(checkVatNumber('ES', 'a-28015865')).toEqual({ ok: true, normalized: 'ESA28015865' });
    expect(checkVatNumber('IE', '6388047v')).toEqual({ ok: true, normalized: 'IE6388047V' });
    expect(checkVatNumber('de', 'DE136695976')).toEqual({ ok: true, normalized: 'DE136695976' });
    expect(checkVatNumber('DE', 'DE\u00a0136\u2013695\u2013976')).toEqual({ ok: true, normalized: 'DE136695976' });
  });

  it('reads Greece under GR with the EL prefix, whichever the customer typed', () => {
    expect(checkVatNumber('GR', 'EL094259216')).toEqual({ ok: true, normalized: 'EL094259216' });
    expect(checkVatNumber('GR', 'GR094259216')).toEqual({ ok: true, normalized: 'EL094259216' });
    expect(checkVatNumber('GR', '094259216')).toEqual({ ok: true, normalized: 'EL094259216' });
    expect(checkVatNumber('GR', 'gr 094 259 217')).toEqual({ ok: false, reason: 'checksum' });
    expect(checkVatNumber('EL', 'EL094259216')).toEqual({ ok: false, reason: 'not_eu' }); // countries are ISO codes
  });

  it("refuses another country's prefix", () => {
    expect(checkVatNumber('FR', 'DE136695976')).toEqual({ ok: false, reason: 'country_mismatch' });
    expect(checkVatNumber('DE', 'FR83404833048')).toEqual({ ok: false, reason: 'country_mismatch' });
    expect(checkVatNumber('CY', 'EL094259216')).toEqual({ ok: false, reason: 'country_mismatch' });
    expect(checkVatNumber('DE', 'GR094259216')).toEqual({ ok: false, reason: 'country_mismatch' });
    expect(checkVatNumber('IE', 'GB980780684')).toEqual({ ok: false, reason: 'country_mismatch' });
    expect(checkVatNumber('IE', 'XI980780684')).toEqual({ ok: false, reason: 'country_mismatch' });
  });

  it('accepts French letter keys only as jsvat-next does: by format, with no check on the key', () => {
    expect(checkVatNumber('FR', 'FRAB012345678')).toEqual({ ok: true, normalized: 'FRAB012345678' });
    expect(checkVatNumber('FR', 'AB012345678')).toEqual({ ok: true, normalized: 'FRAB012345678' });
    // A letter key that spells a country prefix must be typed with FR: otherwise it reads as that country.
    expect(checkVatNumber('FR', 'FRDE012345678')).toEqual({ ok: true, normalized: 'FRDE012345678' });
    expect(checkVatNumber('FR', 'DE012345678')).toEqual({ ok: false, reason: 'country_mismatch' });
  });

  it('refuses countries outside the EU, empty input and stray characters', () => {
    expect(checkVatNumber('GB', 'GB980780684')).toEqual({ ok: false, reason: 'not_eu' });
    expect(checkVatNumber('CH', 'CHE123456788')).toEqual({ ok: false, reason: 'not_eu' });
    expect(checkVatNumber('US', '123')).toEqual({ ok: false, reason: 'not_eu' });
    expect(checkVatNumber('DE', '')).toEqual({ ok: false, reason: 'format' });
    expect(checkVatNumber('DE', ' - . ')).toEqual({ ok: false, reason: 'format' });
    expect(checkVatNumber('DE', 'DE136/695/976')).toEqual({ ok: false, reason: 'format' });
    expect(checkVatNumber('FR', 'FR83404833048|||AB123456789')).toEqual({ ok: false, reason: 'format' });
  });

  it('has rules for every member state', () => {
    // A number in the wrong shape fails on format, never on a missing rule set.
    for (const country of EU_COUNTRIES) expect(checkVatNumber(country, '1').ok, country).toBe(false);
  });
});

describe('isEuCountry and vatPrefix', () => {
  it('knows the 27 member states by ISO code', () => {
    expect(EU_COUNTRIES).toHaveLength(27);
    expect(new Set(EU_COUNTRIES).size).toBe(27);
    expect(isEuCountry('GR')).toBe(true);
    expect(isEuCountry('EL')).toBe(false);
    expect(isEuCountry('GB')).toBe(false);
    expect(isEuCountry('CH')).toBe(false);
    expect(isEuCountry('NO')).toBe(false);
    expect(isEuCountry('de')).toBe(false);
  });

  it('maps Greece to EL and leaves the others alone', () => {
    expect(vatPrefix('GR')).toBe('EL');
    expect(vatPrefix('DE')).toBe('DE');
    expect(EU_COUNTRIES.map(vatPrefix).filter((p, i) => p !== EU_COUNTRIES[i])).toEqual(['EL']);
  });
});
