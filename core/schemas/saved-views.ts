/**
 * A user's saved table views (People for now): a name, and the table's state as it was saved —
 * filters and search, sort, and the columns in order with their visibility and width. They are the
 * user's own preferences, kept in the store so they follow the user to any desktop of the account.
 * The core keeps their shape and bounds; which roles, products and columns exist today is the
 * renderer's to check when it applies one (a saved role may have been deleted since).
 */
import { z } from 'zod';
import { idSchema } from './common.ts';

export const SAVED_VIEW_TABLES = ['people'] as const;
export type SavedViewTable = (typeof SAVED_VIEW_TABLES)[number];
export const VIEW_NAME_MAX = 60;
/** Per user and table. */
export const VIEWS_MAX = 20;
export const COLUMN_WIDTH_MIN = 40;
export const COLUMN_WIDTH_MAX = 800;

export const savedViewTableSchema = z.enum(SAVED_VIEW_TABLES);

export const savedViewStateSchema = z
  .object({
    filters: z
      .object({
        query: z.string().max(200),
        /** '' any; a built-in role; or `custom:<id>`. */
        role: z.string().max(100),
        productId: z.string().max(64),
        noLicence: z.boolean(),
        status: z.enum(['', 'invited', 'active', 'deactivated']),
      })
      .strict(),
    sort: z.object({ column: z.string().min(1).max(40), desc: z.boolean() }).strict(),
    /** In display order. */
    columns: z
      .array(z.object({ id: z.string().min(1).max(40), visible: z.boolean(), width: z.number().int().min(COLUMN_WIDTH_MIN).max(COLUMN_WIDTH_MAX) }).strict())
      .max(30),
  })
  .strict();
export type SavedViewState = z.infer<typeof savedViewStateSchema>;

export const savedViewSchema = z.object({ id: idSchema, name: z.string(), state: savedViewStateSchema, createdAt: z.string(), updatedAt: z.string() });
export type SavedViewOutput = z.infer<typeof savedViewSchema>;

/** A table's views, by name, and the one that opens by default (null: none). */
export const savedViewsOutput = z.object({ views: z.array(savedViewSchema), defaultId: idSchema.nullable() });

export const savedViewsListInput = z.object({ table: savedViewTableSchema }).strict();
export const savedViewSaveInput = z.object({ table: savedViewTableSchema, name: z.string().max(200), state: savedViewStateSchema, makeDefault: z.boolean().optional() }).strict();
export const savedViewRenameInput = z.object({ id: idSchema, name: z.string().max(200) }).strict();
export const savedViewDeleteInput = z.object({ id: idSchema }).strict();
export const savedViewSetDefaultInput = z.object({ table: savedViewTableSchema, id: idSchema, isDefault: z.boolean() }).strict();
