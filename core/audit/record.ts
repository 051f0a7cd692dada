/** Builds the audit change every command writes: who, when, what, before and after — never secrets. */
import type { CommandContext } from '../app/handler.ts';
import { put, type Change } from '../model/changes.ts';

const SECRET_KEYS = new Set(['passwordHash', 'passwordFailures', 'password', 'currentPassword', 'newPassword', 'confirmPassword']);

function scrub(value: object | null | undefined): Record<string, unknown> | null {
  if (!value) return null;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (!SECRET_KEYS.has(key)) out[key] = v;
  return out;
}

/** Keeps only the fields that differ, so the log reads as "what changed". */
export function diff(before: object, after: object): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  const left = before as Record<string, unknown>;
  const right = after as Record<string, unknown>;
  for (const key of new Set([...Object.keys(left), ...Object.keys(right)])) {
    if (JSON.stringify(left[key]) !== JSON.stringify(right[key])) {
      b[key] = left[key];
      a[key] = right[key];
    }
  }
  return { before: b, after: a };
}

export function auditChange(
  ctx: CommandContext,
  action: string,
  target: { type: string; id: string },
  before: object | null,
  after: object | null,
): Change {
  const id = ctx.ports.ids.next('aud');
  return put('audit', id, {
    id,
    at: ctx.now.toISOString(),
    actorId: ctx.actor?.id ?? null,
    action,
    targetType: target.type,
    targetId: target.id,
    before: scrub(before),
    after: scrub(after),
  });
}
