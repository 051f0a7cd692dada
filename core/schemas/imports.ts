import { z } from 'zod';
import { CELL_MAX, CSV_PROBLEMS, MAX_ROWS } from '../imports/csv-rows.ts';
import { productImpactSchema, queueHoldSchema } from './licences.ts';

/**
 * One row of a licence CSV, as read from the file (core/imports/csv.ts): the cells as written,
 * trimmed, and what was wrong with the row's shape. What they mean is checked in the core.
 */
export const importRowSchema = z
  .object({
    line: z.number().int().min(1).max(100_000_000),
    email: z.string().max(CELL_MAX.email),
    product: z.string().max(CELL_MAX.product),
    features: z.string().max(CELL_MAX.features),
    action: z.string().max(CELL_MAX.action),
    problem: z.enum(CSV_PROBLEMS).optional(),
  })
  .strict();
export type ImportRow = z.infer<typeof importRowSchema>;

const rowsSchema = z.array(importRowSchema).min(1).max(MAX_ROWS);

export const importCheckInput = z.object({
  rows: rowsSchema,
  /** Removing Business Phone (or Contact Center) from a queued user also takes them out of every queue. */
  alsoRemoveFromQueues: z.boolean(),
});

export const importApplyInput = z.object({
  rows: rowsSchema,
  alsoRemoveFromQueues: z.boolean(),
  /** Send each changed user the product-change email. */
  notify: z.boolean(),
  /** The digest of the report the admin saw: the apply is refused when the check now says otherwise. */
  digest: z.string().min(1).max(64),
});
export type ImportApplyInput = z.infer<typeof importApplyInput>;

/** What the dry run says of a row; only `ok` rows are applied. */
export const IMPORT_STATUSES = ['ok', 'unknown_user', 'unknown_product', 'no_seats', 'already_assigned', 'not_assigned', 'deactivated', 'in_queues', 'duplicate', 'malformed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

const paramsSchema = z.record(z.string(), z.union([z.string(), z.number()]));

export const reportRowSchema = z.object({
  line: z.number().int(),
  email: z.string(),
  product: z.string(),
  features: z.string(),
  action: z.string(),
  status: z.enum(IMPORT_STATUSES),
  /** Why, as an i18n key with its params, and translated in the actor's language. */
  key: z.string(),
  params: paramsSchema.optional(),
  message: z.string(),
});
export type ReportRow = z.infer<typeof reportRowSchema>;

const blockerSchema = z.object({ key: z.string(), params: paramsSchema.optional(), message: z.string() });

/** The dry run: every row's status, the totals, seats after per product and the queue places in the way. */
export const importReportSchema = z.object({
  rows: z.array(reportRowSchema),
  totals: z.object(Object.fromEntries(IMPORT_STATUSES.map((s) => [s, z.number().int()])) as Record<ImportStatus, z.ZodNumber>),
  /** Seats per product touched by the `ok` rows, after applying them. */
  products: z.array(productImpactSchema),
  /** Users losing Business Phone or Contact Center who still sit in queues, and where. */
  queueHolds: z.array(queueHoldSchema),
  queuesCleared: z.boolean(),
  /** Anything that would still stop the `ok` rows from applying (none when the check is sound). */
  blockers: z.array(blockerSchema),
  /** Hands back to imports.apply, which refuses if its own check gives another. */
  digest: z.string(),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export const importApplyOutput = z.object({
  applied: z.number().int(),
  changedUsers: z.number().int(),
  products: z.array(productImpactSchema),
  queuesCleared: z.boolean(),
});
