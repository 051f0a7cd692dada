/**
 * Parsing a licence CSV file with papaparse: byte-order mark dropped, the separator (`,`, `;` or tab)
 * taken from the header line, quoted cells (commas, separators and line breaks inside), CRLF or LF.
 * Pure TypeScript, no DOM and no Node: the renderer parses the file it reads (in chunks, with
 * progress), the core's tests parse strings. The rows still go through the core's check.
 */
import Papa from 'papaparse';
import { createRowReader, type CsvOutcome } from './csv-rows.ts';

export type { CsvOutcome, CsvProblem, CsvRow } from './csv-rows.ts';

const SEPARATORS = [',', ';', '\t'] as const;
/** Characters parsed per chunk: large enough to be quick, small enough to let a progress bar move. */
const CHUNK_CHARS = 64 * 1024;

/** The separator the header line uses most (outside quotes); a comma when it uses none. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  let started = false;
  for (const char of text.slice(0, 4096)) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) {
      if (started) break;
    } else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
    if (char.trim() && char !== '\uFEFF') started = true;
  }
  let best: string = ',';
  for (const [separator, count] of counts) if (count > counts.get(best)!) best = separator;
  return best;
}

/** Indexes of the records papaparse found broken quotes in. */
function badRows(errors: readonly Papa.ParseError[]): Set<number> {
  return new Set(errors.filter((e) => e.type === 'Quotes' && e.row !== undefined).map((e) => e.row!));
}

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** The whole text at once. */
export function parseLicenceCsv(text: string): CsvOutcome {
  const body = stripBom(text);
  const reader = createRowReader();
  const parsed = Papa.parse<string[]>(body, { delimiter: detectDelimiter(body), skipEmptyLines: false });
  reader.feed(parsed.data, badRows(parsed.errors));
  return reader.finish();
}

/**
 * The same, a chunk at a time, yielding between chunks so that the page can paint `onProgress`
 * (0…1, the share of the text read). Gives exactly what parseLicenceCsv gives.
 */
export function parseLicenceCsvInChunks(text: string, onProgress: (done: number) => void, chunkChars = CHUNK_CHARS): Promise<CsvOutcome> {
  const body = stripBom(text);
  const reader = createRowReader();
  return new Promise((resolve) => {
    Papa.parse<string[]>(body, {
      delimiter: detectDelimiter(body),
      skipEmptyLines: false,
      chunkSize: chunkChars,
      chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
        reader.feed(results.data, badRows(results.errors));
        onProgress(body.length ? Math.min(1, results.meta.cursor / body.length) : 1);
        parser.pause();
        setTimeout(() => parser.resume(), 0);
      },
      complete() {
        onProgress(1);
        resolve(reader.finish());
      },
    });
  });
}
