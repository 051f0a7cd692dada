/**
 * A users' CSV read into rows for the core (users.importCheck): papaparse splits the file (any of
 * `,` `;` tab, quotes), the header names its columns in any of the seven languages, and every cell is
 * cut to what the contract takes. What the cells mean is the core's to check.
 */
import Papa from 'papaparse';
import type { InputOf } from '../../../core/contract.ts';

export type UserRow = InputOf<'users.importCheck'>['rows'][number];
type Column = Exclude<keyof UserRow, 'line'>;

/** Header words per column, folded (lower case, no accents, letters and digits only). */
const SYNONYMS: Record<Column, readonly string[]> = {
  email: ['email', 'mail', 'emailaddress', 'courriel', 'adresseemail', 'indirizzoemail', 'emailadresse', 'correo', 'correoelectronico', 'emailadres'],
  firstName: ['firstname', 'first', 'givenname', 'prenom', 'nome', 'vorname', 'nombre', 'primeironome', 'voornaam'],
  lastName: ['lastname', 'last', 'surname', 'familyname', 'nom', 'cognome', 'nachname', 'apellido', 'apelido', 'ultimonome', 'achternaam'],
  role: ['role', 'ruolo', 'rolle', 'rol', 'papel', 'funcao'],
  products: ['products', 'product', 'produits', 'produit', 'prodotti', 'produkte', 'productos', 'produtos', 'producten'],
  features: ['features', 'feature', 'fonctionnalites', 'funzionalita', 'funktionen', 'funciones', 'funcionalidades', 'functies'],
};
const MAX: Record<Column, number> = { email: 320, firstName: 200, lastName: 200, role: 100, products: 500, features: 1000 };
const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');

export type ParseOutcome = { ok: true; rows: UserRow[] } | { ok: false; key: 'access.ui.import.noEmailColumn' | 'access.ui.import.empty' | 'access.ui.import.tooMany' };

export function parseUsersCsv(text: string, maxRows = 5000): ParseOutcome {
  const records = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' }).data;
  const header = records[0]?.map((cell) => (Object.keys(SYNONYMS) as Column[]).find((c) => SYNONYMS[c].includes(fold(cell))));
  if (!header?.includes('email')) return { ok: false, key: 'access.ui.import.noEmailColumn' };
  const rows: UserRow[] = records.slice(1).map((record, i) => {
    const row: UserRow = { line: i + 2, email: '', firstName: '', lastName: '', role: '', products: '', features: '' };
    header.forEach((column, j) => {
      if (column) row[column] = (record[j] ?? '').trim().slice(0, MAX[column]);
    });
    return row;
  });
  if (!rows.length) return { ok: false, key: 'access.ui.import.empty' };
  if (rows.length > maxRows) return { ok: false, key: 'access.ui.import.tooMany' };
  return { ok: true, rows };
}
