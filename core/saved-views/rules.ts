/** Pure rules for a saved view's name: trimmed, 1–60 characters, no control or bidi characters, unique per user and table. */
import type { SavedView } from '../model/records.ts';
import { VIEW_NAME_MAX } from '../schemas/saved-views.ts';
import type { FieldErrors } from '../users/rules.ts';

// Control characters, zero-width marks and the bidirectional overrides that make a name read other than it is.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u;

export const sameViewName = (a: string, b: string) => a.trim().toLocaleLowerCase('en') === b.trim().toLocaleLowerCase('en');

export function checkViewName(name: string, others: readonly SavedView[], selfId: string | undefined): FieldErrors {
  const trimmed = name.trim();
  if (!trimmed) return { name: { key: 'errors.field.required' } };
  if (trimmed.length > VIEW_NAME_MAX) return { name: { key: 'people.errors.viewNameLength', params: { max: VIEW_NAME_MAX } } };
  if (INVISIBLE.test(trimmed)) return { name: { key: 'people.errors.viewNameInvalid' } };
  if (others.some((v) => v.id !== selfId && sameViewName(v.name, trimmed))) return { name: { key: 'people.errors.viewNameTaken' } };
  return {};
}
