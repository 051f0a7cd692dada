import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { useErrorText } from '../../components/errors.ts';
import type { AppError } from '../../../core/contract.ts';

/** Puts a core error's field errors on the form's fields; returns the message for what has no field. */
export function useServerErrors<T extends FieldValues>(setError: UseFormSetError<T>, fields: readonly Path<T>[]) {
  const text = useErrorText();
  return (error: AppError): string | null => {
    let unplaced = false;
    for (const [field, e] of Object.entries(error.fields ?? {})) {
      if ((fields as readonly string[]).includes(field)) setError(field as Path<T>, { type: 'server', message: text(e as never) ?? '' });
      else unplaced = true;
    }
    return !error.fields || unplaced ? (text(error) ?? null) : null;
  };
}
