import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { FORMULA_CELL, writeCsv } from './write.ts';

const parse = (csv: string) => Papa.parse<string[]>(csv, { newline: '\r\n' }).data;
const LEADS = ['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠'];

describe('writeCsv', () => {
  it('prefixes a quote to every cell that starts with a formula character (OWASP, with line feed and full-width forms)', () => {
    const hostile = ['=HYPERLINK("http://x","click")', "+cmd|' /C calc'!A0", '@SUM(1)', '-2+3', '\t=1', '\r=1', '=1+1\nx', '＝1+1'];
    const [header, row] = parse(writeCsv(hostile, [hostile]));
    expect(header).toEqual(hostile.map((h) => `'${h}`));
    expect(row).toEqual(hostile.map((h) => `'${h}`));
  });

  it('leaves plain numbers, booleans and ordinary text as they are', () => {
    const [, row] = parse(writeCsv(['a', 'b', 'c', 'd', 'e', 'f'], [['-100.65', -3, true, 'Jean, "JJ"', 'a=b', null]]));
    expect(row).toEqual(['-100.65', '-3', 'true', 'Jean, "JJ"', 'a=b', '']);
  });

  it('property: any text reads back as written, and never as a live formula', () => {
    const lead = fc.constantFrom(...LEADS, '', 'a', '1', ' ');
    const text = fc.tuple(lead, fc.string({ unit: 'grapheme-ascii' }), lead, fc.string()).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(fc.array(text, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 4 }), (rows) => {
        const back = parse(writeCsv(['x', 'y'], rows)).slice(1);
        expect(back).toHaveLength(rows.length);
        back.forEach((row, r) =>
          row.forEach((cell, c) => {
            const written = rows[r]![c]!;
            expect(FORMULA_CELL.test(cell)).toBe(false);
            expect(cell).toBe(FORMULA_CELL.test(written) ? `'${written}` : written);
          }),
        );
      }),
    );
  });
});
