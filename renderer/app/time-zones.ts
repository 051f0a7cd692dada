/**
 * The time-zone picker's options, pure: each IANA zone with its UTC offset at a given instant (the core's
 * "now", so that DST is the one in force that day), its city, its region and the name the language gives
 * it ("heure d’Europe centrale"), sorted by offset then city, and searched by any of these.
 * Offsets come from @date-fns/tz (Intl's own data); Intl has no list of zones by offset nor a search,
 * hence this module.
 */
import { tzOffset } from '@date-fns/tz';

export interface TimeZoneOption {
  /** The IANA name: the value saved. */
  id: string;
  /** Minutes east of UTC at the instant given (NaN if the runtime does not know the zone). */
  offsetMinutes: number;
  /** "UTC+01:00". */
  offset: string;
  /** The last part of the IANA name, underscores as spaces ("Buenos Aires"). */
  city: string;
  /** The parts before it ("America/Argentina"), '' for a zone like "UTC". */
  region: string;
  /** The language's name for the zone ("heure d’Europe centrale", "Mitteleuropäische Zeit"), '' if none. */
  localName: string;
  /** What the field shows: "(UTC+01:00) Paris — Europe/Paris". */
  label: string;
  /** Everything a search may match, folded (lower case, no accents). */
  haystack: string;
}

/** "UTC+01:00", "UTC-03:30", "UTC+00:00". */
export function formatOffset(minutes: number): string {
  if (!Number.isFinite(minutes)) return 'UTC';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Lower case, accents and typographic apostrophes and minus signs folded, so that "heure d'europe" finds "heure d’Europe". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[−–]/g, '-')
    .toLowerCase();
}

const nameFormats = new Map<string, Intl.DateTimeFormat | null>();

/** Intl's name for the zone in the language: the generic one, else the long one; '' when it only repeats the offset. */
function localName(zone: string, at: Date, locale: string): string {
  const key = `${locale}|${zone}`;
  let generic = nameFormats.get(key);
  if (generic === undefined) {
    try {
      generic = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'longGeneric' });
    } catch {
      generic = null; // a zone this runtime does not know: no name, the IANA name stays
    }
    nameFormats.set(key, generic);
  }
  if (!generic) return '';
  const pick = (format: Intl.DateTimeFormat) => format.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? '';
  let name = pick(generic);
  // "GMT+00:00" or "UTC+01:00" is the offset again, not a name: the long form names UTC ("temps universel coordonné").
  if (/^(GMT|UTC)([+−-]|$)/.test(name)) name = pick(new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'long' }));
  return /^(GMT|UTC)([+−-]|$)/.test(name) ? '' : name;
}

export function timeZoneOption(zone: string, at: Date, locale: string): TimeZoneOption {
  const offsetMinutes = tzOffset(zone, at);
  const offset = formatOffset(offsetMinutes);
  const parts = zone.split('/');
  const city = parts[parts.length - 1]!.replace(/_/g, ' ');
  const region = parts.slice(0, -1).join('/').replace(/_/g, ' ');
  const name = localName(zone, at, locale);
  const label = zone.includes('/') ? `(${offset}) ${city} — ${zone}` : `(${offset}) ${zone}`;
  const haystack = fold([city, region, zone, name, offset, offset.replace('UTC', 'GMT')].join(' | '));
  return { id: zone, offsetMinutes, offset, city, region, localName: name, label, haystack };
}

/** Every zone, sorted by offset (west to east, unknown last) then by city in the language's order. */
export function timeZoneOptions(zones: readonly string[], at: Date, locale: string): TimeZoneOption[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const rank = (o: TimeZoneOption) => (Number.isFinite(o.offsetMinutes) ? o.offsetMinutes : Number.POSITIVE_INFINITY);
  return zones
    .map((zone) => timeZoneOption(zone, at, locale))
    .sort((a, b) => rank(a) - rank(b) || collator.compare(a.city, b.city) || collator.compare(a.id, b.id));
}

/** An offset as typed ("+1", "utc+01:00", "GMT-3", "+0530", "+5:30") → minutes east of UTC; null if the word is not one. */
export function parseOffset(word: string): number | null {
  const m = /^(?:utc|gmt)?([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(fold(word));
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

/**
 * The options matching a query: every word of it must be the zone's offset ("+1", "utc+01:00", "-3:30")
 * or appear in its city, region, IANA name or localized name ("paris", "europe", "centrale"), ignoring
 * case and accents. Order is kept.
 */
export function searchTimeZones(options: readonly TimeZoneOption[], query: string): TimeZoneOption[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [...options];
  const tests = words.map((w) => {
    const minutes = parseOffset(w);
    return minutes === null ? (o: TimeZoneOption) => o.haystack.includes(w) : (o: TimeZoneOption) => o.offsetMinutes === minutes;
  });
  return options.filter((o) => tests.every((test) => test(o)));
}
