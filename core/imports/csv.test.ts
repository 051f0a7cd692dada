import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_ROWS } from './csv-rows.ts';
import { detectDelimiter, parseLicenceCsv, parseLicenceCsvInChunks, type CsvOutcome } from './csv.ts';

const rowsOf = (outcome: CsvOutcome) => {
  if (!outcome.ok) throw new Error(`not parsed: ${outcome.error.key}`);
  return outcome.rows;
};

describe('parseLicenceCsv: messy files', () => {
  it('reads a byte-order mark, `;` separators, CRLF, blank lines and quoted separators', () => {
    const text = '\uFEFFEmail;Product;Features;Action\r\n\r\nana@example.com;Remote Support;"session_recording=on; unattended_access=off";assign\r\n   \r\nbob@example.com ; meetings ; ; REMOVE \r\n';
    expect(rowsOf(parseLicenceCsv(text))).toEqual([
      { line: 3, email: 'ana@example.com', product: 'Remote Support', features: 'session_recording=on; unattended_access=off', action: 'assign' },
      { line: 5, email: 'bob@example.com', product: 'meetings', features: '', action: 'REMOVE' },
    ]);
  });

  it('reads commas inside quotes, tabs, and trailing separators', () => {
    const comma = 'email,product,features,action,\nana@example.com,Meetings,"webinars=on, meeting_recording=off",assign,\n';
    expect(rowsOf(parseLicenceCsv(comma))[0]).toMatchObject({ features: 'webinars=on, meeting_recording=off', action: 'assign' });
    const tab = 'email\tproduct\tfeatures\taction\nana@example.com\tMeetings\twebinars=on\tadd\n';
    expect(rowsOf(parseLicenceCsv(tab))[0]).toMatchObject({ product: 'Meetings', features: 'webinars=on', action: 'add' });
  });

  it('takes the columns in any order, any case, with localized names; other columns are ignored', () => {
    const text = 'Aktion;Notizen;Produkt;E-Mail\nentfernen;hi;Meetings;ana@example.com\n';
    expect(rowsOf(parseLicenceCsv(text))).toEqual([{ line: 2, email: 'ana@example.com', product: 'Meetings', features: '', action: 'entfernen' }]);
    const fr = '"Adresse e-mail",Produit,Fonctionnalités,Action\nana@example.com,Meetings,,assign\n';
    expect(rowsOf(parseLicenceCsv(fr))[0]).toMatchObject({ email: 'ana@example.com', product: 'Meetings' });
  });

  it('counts lines as in the file, line breaks inside quotes included', () => {
    const text = 'email,product,features,action\n"ana@example.com",Meetings,"webinars=on\nmeeting_recording=off",assign\n\nbob@example.com,Meetings,,assign\n';
    expect(rowsOf(parseLicenceCsv(text)).map((r) => r.line)).toEqual([2, 5]);
  });

  it('keeps duplicate rows (the core reports them) and short rows (empty cells)', () => {
    const text = 'email,product,features,action\nana@example.com,Meetings,,assign\nana@example.com,Meetings,,assign\nbob@example.com,Meetings\n';
    const rows = rowsOf(parseLicenceCsv(text));
    expect(rows).toHaveLength(3);
    expect(rows[2]).toEqual({ line: 4, email: 'bob@example.com', product: 'Meetings', features: '', action: '' });
  });

  it('marks unbalanced quotes, cells beyond the header and overlong cells', () => {
    const text = `email,product,features,action\nana@example.com,Meetings,webinars=on, meeting_recording=off,assign\n${'x'.repeat(400)}@example.com,Meetings,,assign\nbob@example.com,Meetings,"webinars=on,assign\n`;
    const rows = rowsOf(parseLicenceCsv(text));
    expect(rows.map((r) => r.problem)).toEqual(['extra_cells', 'too_long', 'bad_quotes']);
    expect(rows[1]!.email).toHaveLength(320);
  });

  it('refuses a file without the columns, an empty one, one with no rows, and one too long', () => {
    expect(parseLicenceCsv('')).toEqual({ ok: false, error: { key: 'imports.errors.emptyFile' } });
    expect(parseLicenceCsv('\uFEFF\r\n\r\n')).toEqual({ ok: false, error: { key: 'imports.errors.emptyFile' } });
    expect(parseLicenceCsv('email,product,action\n')).toEqual({ ok: false, error: { key: 'imports.errors.noRows' } });
    expect(parseLicenceCsv('email,features\nana@example.com,x\n')).toEqual({ ok: false, error: { key: 'imports.errors.missingColumns', params: { columns: 'product, action' } } });
    expect(parseLicenceCsv('ana@example.com,Meetings,,assign\n')).toMatchObject({ ok: false, error: { key: 'imports.errors.missingColumns' } });
    const long = `email,product,action\n${'a@b.c,Meetings,assign\n'.repeat(MAX_ROWS + 1)}`;
    expect(parseLicenceCsv(long)).toEqual({ ok: false, error: { key: 'imports.errors.tooManyRows', params: { max: MAX_ROWS } } });
  });

  it('finds the separator on the header line, outside quotes', () => {
    expect(detectDelimiter('email;product;features;action\na,b,c,d')).toBe(';');
    expect(detectDelimiter('\uFEFF\n"e,mail";product;action')).toBe(';');
    expect(detectDelimiter('email\tproduct\taction')).toBe('\t');
    expect(detectDelimiter('email')).toBe(',');
  });
});

const cell = fc.oneof(
  fc.constantFrom('', 'ana@example.com', 'Meetings', 'webinars=on; meeting_recording=off', 'a,b', 'say "hi"', 'two\nlines', 'é'),
  fc.string({ maxLength: 12 }),
);
const quote = (text: string, sep: string) => (/["\n\r]/.test(text) || text.includes(sep) ? `"${text.replace(/"/g, '""')}"` : text);

describe('parseLicenceCsvInChunks', () => {
  it('gives exactly what the whole-text parse gives, whatever the chunk size', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(',', ';', '\t'), fc.array(fc.array(cell, { minLength: 0, maxLength: 6 }), { maxLength: 30 }), fc.constantFrom('\n', '\r\n'), fc.integer({ min: 8, max: 200 }), async (sep, records, eol, size) => {
        const text = ['email', 'product', 'features', 'action'].join(sep) + eol + records.map((r) => r.map((c) => quote(c, sep)).join(sep)).join(eol);
        const progress: number[] = [];
        const chunked = await parseLicenceCsvInChunks(text, (done) => progress.push(done), size);
        expect(chunked).toEqual(parseLicenceCsv(text));
        expect(progress.at(-1)).toBe(1);
        expect(progress.every((p, i) => p >= 0 && p <= 1 && (i === 0 || p >= progress[i - 1]!))).toBe(true);
      }),
      { seed: 8080, numRuns: 150 },
    );
  });
});
