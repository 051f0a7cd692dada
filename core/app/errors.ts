/** Turns failures (domain or zod) into the translated AppError that crosses the boundary. */
import type { z } from 'zod';
import { translate } from '../i18n/translate.ts';
import type { Language } from '../model/records.ts';
import type { AppError, Failure } from '../result.ts';

export function toAppError(failure: Failure, language: Language): AppError {
  const error: AppError = {
    code: failure.code,
    key: failure.key,
    message: translate(language, failure.key, failure.params),
  };
  if (failure.params) error.params = failure.params;
  if (failure.retryAfter) error.retryAfter = failure.retryAfter;
  if (failure.changes?.length) error.changes = failure.changes;
  if (failure.fields) {
    error.fields = {};
    for (const [field, f] of Object.entries(failure.fields)) {
      error.fields[field] = { key: f.key, message: translate(language, f.key, f.params), ...(f.params ? { params: f.params } : {}) };
    }
  }
  return error;
}

export function zodFailure(error: z.ZodError): Failure {
  const fields: NonNullable<Failure['fields']> = {};
  for (const issue of error.issues.slice(0, 20)) {
    const path = issue.path.map(String).join('.') || '_';
    fields[path] ??= { key: 'errors.field.invalid' };
  }
  return { code: 'invalid_input', key: 'errors.invalidInput', fields };
}
