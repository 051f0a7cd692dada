/**
 * The app's routes: what a link (`account-admin://invoice/INV-2027-000012`), the browser mode's URL
 * hash (`#/invoice/INV-2027-000012`), a notification or an email opens. A link is untrusted input:
 * core/links/parse.ts turns a string into one of these or a typed refusal.
 */
import { z } from 'zod';

export const LINK_SCHEME = 'account-admin';
/** Longer than any route needs (an email is at most 254 characters): a longer string is refused unread. */
export const MAX_LINK_LENGTH = 400;

/** Views a link may open without an item (the top-level views of the navigation but People and Subscriptions). */
export const PLAIN_VIEWS = ['overview', 'my-account', 'roles', 'products', 'queues', 'cart', 'activity', 'billing-info', 'transactions'] as const;

/** An invoice's or credit note's number, as printed on it (INV-2027-000012, CN-2027-000013). */
export const documentNumberSchema = z.string().regex(/^(INV|CN)-\d{4}-\d{6}$/);
/** An internal id (sub_…): letters, digits, `_` and `-` only. */
export const routeIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export const appRouteSchema = z.discriminatedUnion('view', [
  z.object({ view: z.literal('invoice'), number: documentNumberSchema }).strict(),
  /** People, with the side panel of the user with this email open. */
  z.object({ view: z.literal('people'), email: z.email().max(254).optional() }).strict(),
  /** Subscriptions, on one subscription (its id, or its product's id). */
  z.object({ view: z.literal('subscriptions'), id: routeIdSchema.optional() }).strict(),
  z.object({ view: z.enum(PLAIN_VIEWS) }).strict(),
]);
export type AppRoute = z.infer<typeof appRouteSchema>;

export const LINK_REFUSALS = ['too_long', 'not_text', 'control_character', 'scheme', 'unknown_view', 'malformed', 'bad_item'] as const;
export type LinkRefusal = (typeof LINK_REFUSALS)[number];
export type LinkParse = { ok: true; route: AppRoute } | { ok: false; refusal: LinkRefusal };
