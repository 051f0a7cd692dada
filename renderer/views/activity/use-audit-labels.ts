/**
 * An audit entry in words of the user's language: its action, kind, target type, the fields of its
 * before/after values and the values themselves (dates in the user's time zone, ids as names).
 * Actions and fields this file does not know yet show as they are, readably.
 */
import { useTranslation } from 'react-i18next';
import { cardBrand, formatDateTime } from '../../app/format.ts';
import { useLanguage, useTimeZone } from '../../app/selectors.ts';
import type { Step } from './change-diff.ts';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;
export const NONE = '—';

/** "passwordChangedAt" or "session_recording" → "Password changed at", "Session recording". */
export function humanize(key: string): string {
  const words = key.replace(/[_.-]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function useAuditLabels() {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const timeZone = useTimeZone();
  /** The first of these keys that holds a string in the current language (or English). */
  const first = (...keys: string[]): string | undefined => {
    const key = keys.find((k) => typeof i18n.getResource(i18n.language, 'translation', k) === 'string' || typeof i18n.getResource('en', 'translation', k) === 'string');
    return key === undefined ? undefined : t(key);
  };
  const regions = new Intl.DisplayNames([language], { type: 'region' });

  /** A kind as its path of labels: "user." → "Users", "user.products." → "Users › Products and licences". */
  function kind(prefix: string): string {
    const path = prefix.replace(/\.$/, '');
    const cut = path.lastIndexOf('.');
    const own = first(`ui.activity.kinds.${path.replace(/\./g, '_')}`) ?? humanize(path.slice(cut + 1));
    return cut < 0 ? own : `${kind(path.slice(0, cut + 1))} › ${own}`;
  }

  function value(field: string, v: unknown, refs: Record<string, string>): string {
    if (v === null || v === undefined || v === '') return NONE;
    if (typeof v === 'boolean') return v ? t('ui.activity.yes') : t('ui.activity.no');
    if (typeof v === 'number') return new Intl.NumberFormat(language).format(v);
    if (Array.isArray(v)) return v.length ? v.map((x) => value(field, x, refs)).join(', ') : NONE;
    if (typeof v === 'object') {
      const entries = Object.entries(v);
      return entries.length ? entries.map(([k, x]) => `${fieldName(k, refs)}: ${value(k, x, refs)}`).join(', ') : NONE;
    }
    const text = String(v);
    if (ISO_INSTANT.test(text)) return formatDateTime(text, language, timeZone);
    if (refs[text]) return refs[text];
    if (field === 'brand') return cardBrand(text);
    if (field === 'country' && /^[A-Z]{2}$/.test(text)) return regions.of(text) ?? text;
    const known = {
      language: `ui.languages.${text}`,
      role: `ui.roles.${text}`,
      permissions: `ui.activity.permissions.${text}`,
      status: `ui.activity.statuses.${text}`,
      state: `ui.activity.statuses.${text}`,
    }[field];
    return (known && first(known)) ?? text;
  }

  function fieldName(key: string, refs: Record<string, string>): string {
    return refs[key] ?? first(`ui.activity.fields.${key}`, `licences.features.${key}`, `people.features.${key}`) ?? humanize(key);
  }

  return {
    action: (action: string) => first(`ui.audit.${action}`, `people.audit.${action}`, `licences.audit.${action}`, `queues.audit.${action}`) ?? action,
    kind,
    targetType: (type: string) => first(`ui.activity.targetTypes.${type}`) ?? humanize(type),
    template: (template: string) => first(`ui.activity.templates.${template}`) ?? humanize(template),
    actor: (entry: { actorId: string | null; actorName: string }) => (entry.actorId ? entry.actorName : t('ui.activity.system')),
    /** A path of field names and item ids, e.g. "Products › Remote Support › Session recording". */
    path: (path: Step[], refs: Record<string, string>) => path.map((s) => (s.kind === 'item' ? (refs[s.text] ?? s.text) : fieldName(s.text, refs))).join(' › '),
    value,
  };
}

export type AuditLabels = ReturnType<typeof useAuditLabels>;
