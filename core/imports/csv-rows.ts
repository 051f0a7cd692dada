/**
 * From CSV records (arrays of cells, as papaparse gives them) to licence rows: the header row names
 * the columns (any case, spacing or accents, a few localized names), blank records are skipped,
 * cells are trimmed, and each row keeps the line it starts on in the file. Only the file's shape is
 * judged here; what a row means (user, product, action, features) is the core's check.
 * Pure: used by the renderer while it reads a file, and by the core's tests.
 */

export const COLUMNS = ['email', 'product', 'features', 'action'] as const;
export type Column = (typeof COLUMNS)[number];
const REQUIRED: readonly Column[] = ['email', 'product', 'action'];

/** The most rows one import takes (the contract refuses more). */
export const MAX_ROWS = 20_000;
/** Longest cell kept per column; a longer one is cut and its row is malformed. */
export const CELL_MAX: Record<Column, number> = { email: 320, product: 100, features: 500, action: 40 };

/** What can be wrong with a row's shape, before its meaning is checked. */
export const CSV_PROBLEMS = ['bad_quotes', 'extra_cells', 'too_long'] as const;
export type CsvProblem = (typeof CSV_PROBLEMS)[number];

export interface CsvRow {
  /** The line of the file the row starts on (1 is the header when the file starts with it). */
  line: number;
  email: string;
  product: string;
  features: string;
  action: string;
  problem?: CsvProblem;
}

export interface CsvError {
  key: string;
  params?: Record<string, string | number>;
}

export type CsvOutcome = { ok: true; rows: CsvRow[] } | { ok: false; error: CsvError };

/** Lower case, no accents, letters and digits only: "E-mail", "Fonctionnalités " → "email", "fonctionnalites". */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** Header names accepted per column, folded; the seven UI languages' usual words included. */
const SYNONYMS: Record<Column, readonly string[]> = {
  email: ['email', 'emails', 'emailaddress', 'mail', 'courriel', 'adresseemail', 'adressemail', 'indirizzoemail', 'emailadresse', 'correo', 'correoelectronico', 'enderecodeemail', 'emailadres'],
  product: ['product', 'products', 'produit', 'produits', 'prodotto', 'prodotti', 'produkt', 'produkte', 'producto', 'productos', 'produto', 'produtos', 'producten'],
  features: ['features', 'feature', 'fonctionnalites', 'funzionalita', 'funktionen', 'funciones', 'funcionalidades', 'functies', 'options'],
  action: ['action', 'actions', 'azione', 'aktion', 'accion', 'acao', 'actie'],
};

function columnOf(header: string): Column | undefined {
  const name = fold(header);
  return COLUMNS.find((column) => SYNONYMS[column].includes(name));
}

const isBlank = (record: readonly string[]) => record.every((cell) => !cell.trim());
const newlinesIn = (record: readonly string[]) => record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);

export interface RowReader {
  /** The next records in file order; `badRows` are indexes (into `records`) papaparse found unbalanced quotes in. */
  feed(records: readonly string[][], badRows?: ReadonlySet<number>): void;
  finish(): CsvOutcome;
}

export function createRowReader(): RowReader {
  let line = 1;
  let columns: Map<Column, number> | undefined;
  let width = 0;
  let error: CsvError | undefined;
  const rows: CsvRow[] = [];

  function readHeader(record: readonly string[]): void {
    columns = new Map();
    record.forEach((cell, index) => {
      const column = columnOf(index === 0 ? cell.replace(/^\uFEFF/, '') : cell);
      if (column && !columns!.has(column)) columns!.set(column, index);
    });
    width = record.length;
    const missing = REQUIRED.filter((c) => !columns!.has(c));
    if (missing.length) error = { key: 'imports.errors.missingColumns', params: { columns: missing.join(', ') } };
  }

  function readRow(record: readonly string[], at: number, badQuotes: boolean): CsvRow {
    let problem: CsvProblem | undefined = badQuotes ? 'bad_quotes' : undefined;
    const cell = (column: Column): string => {
      const index = columns!.get(column);
      const text = index === undefined ? '' : (record[index] ?? '').trim();
      if (text.length <= CELL_MAX[column]) return text;
      problem ??= 'too_long';
      return text.slice(0, CELL_MAX[column]);
    };
    const row: CsvRow = { line: at, email: cell('email'), product: cell('product'), features: cell('features'), action: cell('action') };
    if (!problem && record.slice(width).some((extra) => extra.trim())) problem = 'extra_cells';
    return problem ? { ...row, problem } : row;
  }

  return {
    feed(records, badRows) {
      records.forEach((record, index) => {
        const at = line;
        line += 1 + newlinesIn(record);
        if (error || isBlank(record)) return;
        if (!columns) return readHeader(record);
        if (rows.length === MAX_ROWS) {
          error = { key: 'imports.errors.tooManyRows', params: { max: MAX_ROWS } };
          return;
        }
        rows.push(readRow(record, at, badRows?.has(index) ?? false));
      });
    },
    finish() {
      if (error) return { ok: false, error };
      if (!columns) return { ok: false, error: { key: 'imports.errors.emptyFile' } };
      if (!rows.length) return { ok: false, error: { key: 'imports.errors.noRows' } };
      return { ok: true, rows };
    },
  };
}
