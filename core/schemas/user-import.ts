import { z } from 'zod';

/** The longest cell the users' CSV takes per column, and the most rows at once. */
export const USER_CELL_MAX = { email: 320, firstName: 200, lastName: 200, role: 100, products: 500, features: 1000 } as const;
export const USER_IMPORT_MAX_ROWS = 5000;

/** One row of a users' CSV as read from the file (email, first name, last name, role, products, features). */
export const userImportRowSchema = z
  .object({
    line: z.number().int().min(1).max(100_000_000),
    email: z.string().max(USER_CELL_MAX.email),
    firstName: z.string().max(USER_CELL_MAX.firstName),
    lastName: z.string().max(USER_CELL_MAX.lastName),
    role: z.string().max(USER_CELL_MAX.role),
    products: z.string().max(USER_CELL_MAX.products),
    features: z.string().max(USER_CELL_MAX.features),
  })
  .strict();
export type UserImportRow = z.infer<typeof userImportRowSchema>;

const rowsSchema = z.array(userImportRowSchema).min(1).max(USER_IMPORT_MAX_ROWS);

export const userImportCheckInput = z.object({ rows: rowsSchema });
/** With the digest of the report the admin saw: refused when the check now says otherwise. */
export const userImportApplyInput = z.object({ rows: rowsSchema, digest: z.string().min(1).max(64) });

export const USER_IMPORT_STATUSES = ['ok', 'invalid', 'exists', 'duplicate', 'no_seats'] as const;
export type UserImportStatus = (typeof USER_IMPORT_STATUSES)[number];

const paramsSchema = z.record(z.string(), z.union([z.string(), z.number()]));

export const userImportReportSchema = z.object({
  rows: z.array(
    z.object({
      line: z.number().int(),
      email: z.string(),
      name: z.string(),
      status: z.enum(USER_IMPORT_STATUSES),
      key: z.string(),
      params: paramsSchema.optional(),
      message: z.string(),
    }),
  ),
  totals: z.object(Object.fromEntries(USER_IMPORT_STATUSES.map((s) => [s, z.number().int()])) as Record<UserImportStatus, z.ZodNumber>),
  /** Per product the file gives: seats needed by the new users and seats free now. */
  seats: z.array(z.object({ productId: z.string(), name: z.string(), needed: z.number().int(), free: z.number().int() })),
  digest: z.string(),
});
export type UserImportReport = z.infer<typeof userImportReportSchema>;

export const userImportApplyOutput = z.object({ invited: z.number().int() });
