/** Results cross every boundary (IPC, HTTP bridge, CLI): expected failures are values, never throws. */
import { z } from 'zod';
import { remoteChangeSchema, type RemoteChange } from './schemas/remote-change.ts';

export const ERROR_CODES = [
  'invalid_input',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'unavailable',
  /** Too many failed password checks: refused before checking, with `retryAfter` seconds to wait. */
  'throttled',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const fieldErrorSchema = z.object({
  key: z.string(),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

export const appErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  /** i18n key of the message, so the UI can render it in its own language. */
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  /** The message translated in the actor's language (or English when signed out). */
  message: z.string(),
  /** Field-level errors, keyed by input path ("email", "newPassword"). */
  fields: z.record(z.string(), fieldErrorSchema).optional(),
  /** With `throttled`: whole seconds until a new try is accepted. */
  retryAfter: z.number().int().positive().optional(),
  /** A conflict (or a seats check refused just after a colleague's change): what others did, typed. */
  changes: z.array(remoteChangeSchema).optional(),
});
export type AppError = z.infer<typeof appErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** An error before translation: what domain code produces. */
export interface Failure {
  code: ErrorCode;
  key: string;
  params?: Record<string, string | number>;
  fields?: Record<string, { key: string; params?: Record<string, string | number> }>;
  retryAfter?: number;
  changes?: RemoteChange[];
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; failure: Failure };

export function success<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function failure(
  code: ErrorCode,
  key: string,
  params?: Failure['params'],
  fields?: Failure['fields'],
): { ok: false; failure: Failure } {
  return { ok: false, failure: { code, key, ...(params ? { params } : {}), ...(fields ? { fields } : {}) } };
}

/** One field's error, e.g. invalidField('email', 'errors.email.taken'). */
export function invalidField(field: string, key: string, params?: Failure['params']) {
  return failure('invalid_input', 'errors.invalidInput', undefined, {
    [field]: { key, ...(params ? { params } : {}) },
  });
}

export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: appErrorSchema }),
  ]);
}
