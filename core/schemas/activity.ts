import { z } from 'zod';
import { appRouteSchema } from './links.ts';
import { auditValuesSchema } from './audit-value.ts';
import { idSchema, languageSchema } from './common.ts';

/** A day (YYYY-MM-DD) in the viewer's time zone, both ends of a range included; the handler checks it is one. */
export const daySchema = z.string().max(10);

/** Paging shared by both lists: newest first, `limit` per page, the next page after `cursor`. */
export const paging = {
  limit: z.number().int().min(1).max(500).optional(),
  /** The previous page's `nextCursor`: this page starts right after that page's last item. */
  cursor: z.string().max(120).optional(),
  /** Only items strictly older than this instant. */
  before: z.string().max(40).optional(),
};

export const auditListInput = z
  .object({
    ...paging,
    /** Who made the change: a user id, or "system" for the app's own changes. */
    actorId: z.string().max(64).optional(),
    targetType: z.string().max(40).optional(),
    targetId: z.string().max(64).optional(),
    /** Text found in the target's label (a user's name or email, a role or queue name, an invoice number…) or id. */
    target: z.string().max(200).optional(),
    /** An action prefix such as "user." or "user.products." (the trailing dot is optional), or a whole action. */
    kind: z.string().max(100).optional(),
    from: daySchema.optional(),
    to: daySchema.optional(),
  })
  .optional();
export type AuditListInput = z.output<typeof auditListInput>;

export const auditEntrySchema = z.object({
  id: idSchema,
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  /** The fields its record type may show, each typed (money, instant, reference…), null for a creation or removal. */
  before: auditValuesSchema,
  after: auditValuesSchema,
});
export type AuditEntryView = z.infer<typeof auditEntrySchema>;

/** An entry of the Audit log view: with its target named as well. */
export const auditListEntrySchema = auditEntrySchema.extend({
  /** What the target is called now (or was, when it is gone): a name, a number, a card. */
  targetLabel: z.string(),
  /** A second line for the target, such as a user's email. */
  targetDetail: z.string().optional(),
});

export const pageOutput = {
  hasMore: z.boolean(),
  /** How many items match the filters in all. */
  total: z.number().int().min(0),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
};

export const auditListOutput = z.object({ entries: z.array(auditListEntrySchema), ...pageOutput });

const countSchema = z.number().int().min(0);

/** What the audit log holds, for the filters: kinds of change, who made them, target types. */
export const auditFacetsOutput = z.object({
  /** Action prefixes ("user.", "user.products.") derived from the actions that exist, with their entry counts. */
  kinds: z.array(z.object({ kind: z.string(), count: countSchema })),
  /** Everyone who made a change ("system" for the app), by name, with the email that tells namesakes apart ('' for the app). */
  actors: z.array(z.object({ id: z.string(), name: z.string(), email: z.string(), count: countSchema })),
  targetTypes: z.array(z.string()),
  total: countSchema,
});

export const outboxListInput = z
  .object({
    ...paging,
    /** Text found in the recipient's email address or name. */
    recipient: z.string().max(320).optional(),
    template: z.string().max(60).optional(),
  })
  .optional();
export type OutboxListInput = z.output<typeof outboxListInput>;

export const outboxEmailSchema = z.object({
  id: idSchema,
  at: z.string(),
  to: z.string(),
  recipientName: z.string(),
  template: z.string(),
  language: languageSchema,
  subject: z.string(),
  body: z.string(),
  /** The view the email is about, for the Outbox to open. */
  link: appRouteSchema.optional(),
});
export type OutboxEmailView = z.infer<typeof outboxEmailSchema>;

export const outboxListOutput = z.object({
  emails: z.array(outboxEmailSchema),
  ...pageOutput,
  /** The templates of every email the viewer may read, for the filter. */
  templates: z.array(z.string()),
});
