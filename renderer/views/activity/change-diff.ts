/**
 * An audit entry's before/after values as rows a person reads: nested values flattened to paths
 * ("Products › Remote Support › Features › Session recording"), lists of records keyed by their id,
 * and each row marked changed or not. Pure, so it is tested without a browser.
 */

/** A path step: a field name, or the id (or position) of an item in a list of records. */
export interface Step {
  text: string;
  kind: 'field' | 'item';
}

export interface DiffRow {
  path: Step[];
  /** The field the value belongs to (the last field step), to format it ("language", "role"…). */
  field: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

type Values = Record<string, unknown> | null;
const ID_KEYS = ['productId', 'userId', 'queueId', 'roleId', 'id'];
const MAX_DEPTH = 6;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const keyOf = (path: Step[]) => path.map((s) => `${s.kind}:${s.text}`).join('\u0000');

interface Leaf {
  path: Step[];
  field: string;
  value: unknown;
}

function item(record: Record<string, unknown>, index: number): { step: Step; rest: Record<string, unknown> } {
  const idKey = ID_KEYS.find((k) => typeof record[k] === 'string');
  if (!idKey) return { step: { text: String(index + 1), kind: 'item' }, rest: record };
  const { [idKey]: id, ...rest } = record;
  return { step: { text: id as string, kind: 'item' }, rest };
}

function flatten(value: unknown, path: Step[], field: string, out: Map<string, Leaf>, depth = 0): void {
  if (depth < MAX_DEPTH && isRecord(value) && Object.keys(value).length > 0) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, [...path, { text: key, kind: 'field' }], key, out, depth + 1);
    return;
  }
  if (depth < MAX_DEPTH && Array.isArray(value) && value.length > 0 && value.every(isRecord)) {
    value.forEach((record, index) => {
      const { step, rest } = item(record, index);
      // An item that is only its id: its presence is the value.
      if (Object.keys(rest).length === 0) out.set(keyOf([...path, step]), { path: [...path, step], field, value: true });
      else flatten(rest, [...path, step], field, out, depth + 1);
    });
    return;
  }
  out.set(keyOf(path), { path, field, value });
}

/** Every leaf of before and after, in the order they first appear, with what it was and what it became. */
export function diffRows(before: Values, after: Values): DiffRow[] {
  const left = new Map<string, Leaf>();
  const right = new Map<string, Leaf>();
  if (before) flatten(before, [], '', left);
  if (after) flatten(after, [], '', right);
  const keys = [...new Set([...left.keys(), ...right.keys()])];
  return keys.map((key) => {
    const leaf = (left.get(key) ?? right.get(key))!;
    const b = left.get(key)?.value;
    const a = right.get(key)?.value;
    return { path: leaf.path, field: leaf.field, before: b, after: a, changed: JSON.stringify(b) !== JSON.stringify(a) };
  });
}

export interface DiffGroup {
  /** The path down to the last list item ("products › remote_support"); empty for top-level fields. */
  head: Step[];
  rows: (DiffRow & { rest: Step[] })[];
}

/** Rows that sit in the same list item go under one heading, so each row names only its own field. */
export function groupRows(rows: DiffRow[]): DiffGroup[] {
  const groups: DiffGroup[] = [];
  for (const row of rows) {
    let cut = 0;
    row.path.forEach((step, i) => step.kind === 'item' && (cut = i + 1));
    if (cut === row.path.length) cut -= 1; // an item that is only an id: it is the row
    const head = row.path.slice(0, Math.max(cut, 0));
    const key = keyOf(head);
    let group = groups.find((g) => keyOf(g.head) === key);
    if (!group) groups.push((group = { head, rows: [] }));
    group.rows.push({ ...row, rest: row.path.slice(head.length) });
  }
  return groups;
}
