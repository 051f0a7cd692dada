import { useTranslation } from 'react-i18next';
import type { AppError } from '../../core/contract.ts';

/** Renders a core error in the UI's language (the core sends the key and params with its message). */
export function useErrorText() {
  const { t, i18n } = useTranslation();
  return (error: Pick<AppError, 'key' | 'params' | 'message'> | null | undefined): string | undefined => {
    if (!error) return undefined;
    return i18n.exists(error.key) ? t(error.key, error.params ?? {}) : error.message;
  };
}

/** Field errors of a result, translated, by field name. */
export function useFieldErrors() {
  const text = useErrorText();
  return (error: AppError | null): Record<string, string | undefined> => {
    const out: Record<string, string | undefined> = {};
    for (const [field, e] of Object.entries(error?.fields ?? {})) out[field] = text(e as never);
    return out;
  };
}
