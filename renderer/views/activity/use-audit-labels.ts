/**
 * An audit entry in words of the user's language: its action, kind, target type, the names of its
 * fields, and its values through the one audit-value formatter. Actions and fields this file does not
 * know yet show as they are, readably.
 */
import { useTranslation } from 'react-i18next';
import { auditLabelKeys } from '../../../core/i18n/resources.ts';
import { formatAuditValue, humanize, type AuditValue, type ValueContext } from '../../app/audit-value.ts';
import { useLanguage, useTimeZone } from '../../app/selectors.ts';

export { humanize, NONE } from '../../app/audit-value.ts';

export function useAuditLabels() {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const timeZone = useTimeZone();
  const has = (key: string) => typeof i18n.getResource(i18n.language, 'translation', key) === 'string' || typeof i18n.getResource('en', 'translation', key) === 'string';
  /** The first of these keys that holds a string in the current language (or English). */
  const first = (...keys: string[]): string | undefined => {
    const key = keys.find(has);
    return key === undefined ? undefined : t(key);
  };
  const context: ValueContext = { language, timeZone, translate: (key, params) => (has(key) ? t(key, params) : undefined) };

  /** A kind as its path of labels: "user." → "Users", "user.products." → "Users › Products and licences". */
  function kind(prefix: string): string {
    const path = prefix.replace(/\.$/, '');
    const cut = path.lastIndexOf('.');
    const own = first(`ui.activity.kinds.${path.replace(/\./g, '_')}`) ?? humanize(path.slice(cut + 1));
    return cut < 0 ? own : `${kind(path.slice(0, cut + 1))} › ${own}`;
  }

  return {
    action: (action: string) => first(...auditLabelKeys(action)) ?? action,
    kind,
    targetType: (type: string) => first(`ui.activity.targetTypes.${type}`) ?? humanize(type),
    template: (template: string) => first(`ui.activity.templates.${template}`) ?? humanize(template),
    actor: (entry: { actorId: string | null; actorName: string }) => (entry.actorId ? entry.actorName : t('ui.activity.system')),
    field: (key: string) => first(`ui.activity.fields.${key}`) ?? humanize(key),
    value: (value: AuditValue | null | undefined) => formatAuditValue(value, context),
  };
}

export type AuditLabels = ReturnType<typeof useAuditLabels>;
