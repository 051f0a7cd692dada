/**
 * Users from a CSV (email, first name, last name, role, products, features): each row checked as
 * "Add user" checks one, the products against the seats free, and the whole file against itself (an
 * email twice). All or nothing: the file applies only when every row is `ok`.
 */
import type { CommandContext } from '../app/handler.ts';
import { assignedCount } from '../billing/views.ts';
import { CATALOG, type Product } from '../catalog/catalog.ts';
import { translate } from '../i18n/translate.ts';
import { fold } from '../imports/csv-rows.ts';
import { productOf } from '../imports/fields.ts';
import { seatsBought } from '../licences/seats.ts';
import type { ProductAssignment, Role } from '../model/records.ts';
import type { UserImportReport, UserImportRow, UserImportStatus } from '../schemas/user-import.ts';
import { USER_IMPORT_STATUSES } from '../schemas/user-import.ts';
import { checkEmail, checkName } from './rules.ts';

/** What a sound row becomes: the new user's role and products. */
export interface NewUser {
  row: UserImportRow;
  role: Role;
  customRoleId?: string;
  products: ProductAssignment[];
}

type Verdict = { status: UserImportStatus; key: string; params?: Record<string, string | number> };

/** Role cells, folded (csv-rows.ts: "Super admin", "super_admin" → "superadmin"); an empty cell is a plain user. */
const ROLE_WORDS: Record<string, Role> = { '': 'user', user: 'user', admin: 'admin', administrator: 'admin', superadmin: 'super_admin', superadministrator: 'super_admin' };

function roleOf(ctx: CommandContext, cell: string): { role: Role; customRoleId?: string } | undefined {
  const builtIn = ROLE_WORDS[fold(cell)];
  if (builtIn) return { role: builtIn };
  for (const role of ctx.tables.roles.values()) if (fold(role.name) === fold(cell)) return { role: 'user', customRoleId: role.id };
  return undefined;
}

/** `meetings; remote_support` by id or name, and `webinars=on; session_recording` over them all. */
function productsOf(row: UserImportRow, at: string): { ok: true; products: ProductAssignment[] } | { ok: false; verdict: Verdict } {
  const chosen: Product[] = [];
  for (const cell of row.products.split(/[;,|]/).map((c) => c.trim()).filter(Boolean)) {
    const product = productOf(cell);
    if (!product) return { ok: false, verdict: { status: 'invalid', key: 'imports.errors.unknownProduct', params: { product: cell } } };
    if (!chosen.includes(product)) chosen.push(product);
  }
  const features = new Map(chosen.map((p) => [p.id, Object.fromEntries(p.features.map((f) => [f, false])) as Record<string, boolean>]));
  for (const token of row.features.split(/[;,|]/).map((t) => t.trim()).filter(Boolean)) {
    const pair = /^([^=:]+)(?:[=:](.*))?$/.exec(token);
    const value = fold(pair?.[2] ?? 'on');
    const on = ['on', 'yes', 'true', '1'].includes(value) ? true : ['off', 'no', 'false', '0'].includes(value) ? false : undefined;
    const product = chosen.find((p) => p.features.some((f) => fold(f) === fold(pair?.[1] ?? '')));
    if (!pair || on === undefined || !product) return { ok: false, verdict: { status: 'invalid', key: 'access.errors.importFeature', params: { feature: token } } };
    features.get(product.id)![product.features.find((f) => fold(f) === fold(pair[1]!))!] = on;
  }
  return { ok: true, products: chosen.map((p) => ({ productId: p.id, features: features.get(p.id)!, assignedAt: at })) };
}

function verdictOf(ctx: CommandContext, row: UserImportRow, seen: Map<string, number>, at: string): { verdict: Verdict; user?: NewUser } {
  const email = row.email.trim().toLowerCase();
  const earlier = seen.get(email);
  if (earlier !== undefined) return { verdict: { status: 'duplicate', key: 'imports.errors.duplicate', params: { line: earlier } } };
  seen.set(email, row.line);
  const fields = { ...checkName(row.firstName, row.lastName), ...checkEmail(row.email, ctx.tables.users, '') };
  const first = Object.values(fields)[0];
  if (first) return { verdict: { status: first.key === 'errors.email.taken' ? 'exists' : 'invalid', key: first.key, ...(first.params ? { params: first.params } : {}) } };
  const role = roleOf(ctx, row.role);
  if (!role) return { verdict: { status: 'invalid', key: 'access.errors.importRole', params: { role: row.role } } };
  if ((role.role !== 'user' || role.customRoleId) && !ctx.caps.has('manage_roles')) return { verdict: { status: 'invalid', key: 'people.errors.rolesNeedSuperAdmin' } };
  const products = productsOf(row, at);
  if (!products.ok) return { verdict: products.verdict };
  return { verdict: { status: 'ok', key: 'access.ui.import.willInvite' }, user: { row, ...role, products: products.products } };
}

/** The dry run: every row's verdict, the seats the new users need, and the digest of what was seen. */
export function checkUserImport(ctx: CommandContext, rows: readonly UserImportRow[]): { report: UserImportReport; users: NewUser[] } {
  const at = ctx.now.toISOString();
  const seen = new Map<string, number>();
  const checked = rows.map((row) => verdictOf(ctx, row, seen, at));
  const needed = new Map<string, number>();
  for (const c of checked) for (const p of c.user?.products ?? []) needed.set(p.productId, (needed.get(p.productId) ?? 0) + 1);
  const seats = CATALOG.filter((p) => needed.has(p.id)).map((p) => ({ productId: p.id, name: p.name, needed: needed.get(p.id)!, free: seatsBought(ctx.tables, p.id) - assignedCount(ctx.tables, p.id) }));
  const short = new Set(seats.filter((s) => s.needed > s.free).map((s) => s.productId));
  for (const c of checked) {
    const missing = c.user?.products.find((p) => short.has(p.productId));
    if (missing) c.verdict = { status: 'no_seats', key: 'access.errors.importNoSeats', params: { product: seats.find((s) => s.productId === missing.productId)!.name } };
  }
  const language = ctx.actor?.language ?? 'en';
  const totals = Object.fromEntries(USER_IMPORT_STATUSES.map((s) => [s, 0])) as Record<UserImportStatus, number>;
  for (const c of checked) totals[c.verdict.status]++;
  const reportRows = rows.map((row, i) => {
    const { status, key, params } = checked[i]!.verdict;
    return { line: row.line, email: row.email, name: `${row.firstName} ${row.lastName}`.trim(), status, key, ...(params ? { params } : {}), message: translate(language, key, params) };
  });
  const digest = digestOf(reportRows.map((r) => `${r.line}:${r.status}:${r.key}:${r.email}`).join('|'));
  return { report: { rows: reportRows, totals, seats, digest }, users: checked.flatMap((c) => (c.verdict.status === 'ok' && c.user ? [c.user] : [])) };
}

/** FNV-1a over what the admin saw, in 8 hex digits: it tells reports apart, it guards nothing secret. */
function digestOf(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}
