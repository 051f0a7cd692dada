/**
 * Links in and out: an untrusted string (a command line's argument, macOS's open-url, the URL hash)
 * becomes a typed route or a typed refusal — never an exception — and a route becomes its link.
 * Parsed by hand on purpose: WHATWG's URL parser normalises (`..`, `%2e`, backslashes, case) before
 * anyone can look, which is exactly what a link must not get away with; this grammar is tiny.
 */
import { appRouteSchema, LINK_SCHEME, MAX_LINK_LENGTH, PLAIN_VIEWS, type AppRoute, type LinkParse, type LinkRefusal } from '../schemas/links.ts';

const refuse = (refusal: LinkRefusal): LinkParse => ({ ok: false, refusal });
// C0 and C1 controls, DEL, and the invisible characters that reorder or hide text.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
const PREFIX = `${LINK_SCHEME}://`;
const KNOWN_VIEWS: ReadonlySet<string> = new Set(['invoice', 'people', 'subscriptions', ...PLAIN_VIEWS]);

/** One path segment, decoded once; a segment that still holds an escape, a slash or a dot-dot is refused. */
function decodeSegment(segment: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return null;
  }
  if (decoded === '' || decoded === '.' || decoded.includes('..') || /[%/\\?#\s]/.test(decoded) || CONTROL.test(decoded)) return null;
  return decoded;
}

/**
 * A route's path as it follows the scheme or the hash: `invoice/INV-2027-000012`, with or without a
 * leading `/` and one trailing `/`.
 */
export function parseRoutePath(raw: unknown): LinkParse {
  if (typeof raw !== 'string') return refuse('not_text');
  if (raw.length > MAX_LINK_LENGTH) return refuse('too_long');
  if (CONTROL.test(raw)) return refuse('control_character');
  let path = raw.startsWith('/') ? raw.slice(1) : raw;
  if (path.endsWith('/')) path = path.slice(0, -1);
  const parts = path.split('/');
  if (parts.length > 2 || parts.some((p) => p === '')) return refuse('malformed');
  const decoded = parts.map(decodeSegment);
  if (decoded.some((p) => p === null)) return refuse('malformed');
  const [view, item] = decoded as [string, string | undefined];
  if (!KNOWN_VIEWS.has(view)) return refuse('unknown_view');
  const candidate = view === 'invoice' ? { view, number: item } : view === 'people' ? { view, ...(item === undefined ? {} : { email: item }) } : view === 'subscriptions' ? { view, ...(item === undefined ? {} : { id: item }) } : item === undefined ? { view } : null;
  if (!candidate) return refuse('malformed');
  const parsed = appRouteSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, route: parsed.data };
  return refuse(parsed.error.issues.some((i) => i.path[0] === 'view') ? 'unknown_view' : 'bad_item');
}

/** A whole link: `account-admin://invoice/INV-2027-000012` (the scheme in any case, as URLs allow). */
export function parseLink(raw: unknown): LinkParse {
  if (typeof raw !== 'string') return refuse('not_text');
  if (raw.length > MAX_LINK_LENGTH) return refuse('too_long');
  if (CONTROL.test(raw)) return refuse('control_character');
  if (raw.slice(0, PREFIX.length).toLowerCase() !== PREFIX) return refuse('scheme');
  const rest = raw.slice(PREFIX.length);
  // No query, fragment, user info or port: none of our routes has one.
  if (/[?#@:]/.test(rest.split('/')[0] ?? '') || /[?#]/.test(rest)) return refuse('malformed');
  return parseRoutePath(rest);
}

/** The first argument of a command line that is one of our links (Windows and Linux hand links over so). */
export function linkInArgv(argv: readonly unknown[]): string | null {
  const found = argv.find((a) => typeof a === 'string' && a.slice(0, PREFIX.length).toLowerCase() === PREFIX);
  return typeof found === 'string' ? found : null;
}

/** The route's path: `invoice/INV-2027-000012`, `people/claire%40example.com`. */
export function routePath(route: AppRoute): string {
  const item = route.view === 'invoice' ? route.number : route.view === 'people' ? route.email : route.view === 'subscriptions' ? route.id : undefined;
  return item === undefined ? route.view : `${route.view}/${encodeURIComponent(item)}`;
}

/** The link that opens the app on this route. */
export function routeLink(route: AppRoute): string {
  return `${PREFIX}${routePath(route)}`;
}
