/**
 * The one formatter of audit values: each kind the core recorded (money, instant, date, card expiry,
 * reference, products with features, enum, text…) in the viewer's language and time zone. The audit
 * table, the details drawer, a user's history and the audit CSV all read values through it. Pure.
 */
import type { OutputOf } from '../../core/contract.ts';
import { cardBrand, formatDate, formatDateTime, formatMoney, formatNumber } from './format.ts';
import type { Language } from './i18n.ts';

type Values = NonNullable<OutputOf<'audit.list'>['entries'][number]['after']>;
export type AuditValue = NonNullable<Values[string]>;
type EnumValue = Extract<AuditValue, { kind: 'enum' }>;

export const NONE = '—';

export interface ValueContext {
  language: Language;
  timeZone: string;
  /** The translation of a key, or undefined where no language has it. */
  translate: (key: string, params?: Record<string, string>) => string | undefined;
}

/** "session_recording" → "Session recording": how a value nobody translated yet still reads. */
export function humanize(key: string): string {
  const words = key.replace(/[_.-]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Where each set of enum values is translated; a set that is not (time zones) shows as recorded. */
const ENUM_KEYS: Partial<Record<EnumValue['of'], string>> = {
  status: 'ui.activity.statuses',
  requestState: 'ui.activity.statuses',
  role: 'ui.roles',
  language: 'ui.languages',
  permission: 'ui.activity.permissions',
  cancelReason: 'ui.cancel.reasons',
  paymentFailure: 'ui.transactions.failures',
  queueRole: 'people.queueRoles',
};

const TAGS: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR', it: 'it-IT', de: 'de-DE', es: 'es-ES', pt: 'pt-PT', nl: 'nl-NL' };

function enumText(value: EnumValue, c: ValueContext): string {
  if (value.of === 'cardBrand') return cardBrand(value.value);
  if (value.of === 'timeZone') return value.value;
  if (value.of === 'country') return new Intl.DisplayNames([TAGS[c.language]], { type: 'region' }).of(value.value) ?? value.value;
  const prefix = ENUM_KEYS[value.of];
  return (prefix && c.translate(`${prefix}.${value.value}`)) ?? humanize(value.value);
}

/** A card's expiry as the language writes a month of a year ("03/2028", "03.2028") — never "2,028". */
function expiryText(month: number, year: number, language: Language): string {
  return new Intl.DateTimeFormat(TAGS[language], { month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)));
}

function feature(key: string, c: ValueContext): string {
  return c.translate(`licences.features.${key}`) ?? humanize(key);
}

export function formatAuditValue(value: AuditValue | null | undefined, c: ValueContext): string {
  if (value === null || value === undefined) return NONE;
  switch (value.kind) {
    case 'money':
      return formatMoney(value.amount, value.currency, c.language);
    case 'instant':
      return formatDateTime(value.at, c.language, c.timeZone);
    case 'date':
      // A calendar day has no zone: read it at noon UTC so that no zone moves it to another day.
      return formatDate(`${value.date}T12:00:00.000Z`, c.language, 'UTC');
    case 'expiry':
      return expiryText(value.month, value.year, c.language);
    case 'ref': {
      const name = value.name || (c.translate('ui.activity.gone') ?? NONE);
      const role = value.as ? c.translate(`people.queueRoles.${value.as}`) : undefined;
      return role ? (c.translate('ui.activity.withRole', { name, role }) ?? `${name} (${role})`) : name;
    }
    case 'products':
      return value.items.length ? value.items.map((p) => (p.features.length ? `${p.name} (${p.features.map((f) => feature(f, c)).join(', ')})` : p.name)).join(', ') : NONE;
    case 'enum':
      return enumText(value, c);
    case 'text':
      return value.text || NONE;
    case 'number':
      return formatNumber(value.value, c.language);
    case 'flag':
      return (value.value ? c.translate('ui.activity.yes') : c.translate('ui.activity.no')) ?? String(value.value);
    case 'list':
      return value.items.length ? value.items.map((item) => formatAuditValue(item, c)).join(', ') : NONE;
  }
}
