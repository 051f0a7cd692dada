/** The sign-in log (core/sign-ins/): filters, paging and entries, like the audit log's. */
import { z } from 'zod';
import { SIGN_IN_METHODS, SIGN_IN_REASONS } from '../model/records.ts';
import { daySchema, pageOutput, paging } from './activity.ts';
import { idSchema } from './common.ts';

export const signInOutcomeSchema = z.enum(['succeeded', 'failed']);
export const signInReasonSchema = z.enum(SIGN_IN_REASONS);
export const signInMethodSchema = z.enum(SIGN_IN_METHODS);

export const signInListInput = z
  .object({
    ...paging,
    /** One user's attempts. */
    userId: idSchema.optional(),
    /** Text found in the email typed or in the name of the user it belongs to. */
    user: z.string().max(320).optional(),
    outcome: signInOutcomeSchema.optional(),
    /** Failed attempts of this reason. */
    reason: signInReasonSchema.optional(),
    method: signInMethodSchema.optional(),
    /** Days (YYYY-MM-DD) in the viewer's time zone, both included. */
    from: daySchema.optional(),
    to: daySchema.optional(),
  })
  .optional();
export type SignInListInput = z.output<typeof signInListInput>;

export const signInEntrySchema = z.object({
  id: idSchema,
  /** The instant of the attempt. */
  at: z.string(),
  /** The user the email belongs to, by name; null for an unknown email (or a user since deleted). */
  user: z.object({ id: idSchema, name: z.string(), email: z.string() }).nullable(),
  /** The email as typed. */
  email: z.string(),
  method: signInMethodSchema,
  outcome: signInOutcomeSchema,
  /** Why it failed; null for a success. */
  reason: signInReasonSchema.nullable(),
});
export type SignInEntryView = z.infer<typeof signInEntrySchema>;

export const signInListOutput = z.object({ entries: z.array(signInEntrySchema), ...pageOutput });
