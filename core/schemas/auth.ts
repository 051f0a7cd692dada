import { z } from 'zod';
import { idSchema, languageSchema, permissionSchema, roleSchema } from './common.ts';
import { firstScreenSchema } from './first-screen.ts';

export const signInInput = z.object({
  email: z.string().max(320),
  password: z.string().max(1024),
});

/** A one-time code (invitation or reset) with the password its holder chooses. */
export const codeSignInInput = z.object({
  email: z.string().max(320),
  code: z.string().max(64),
  newPassword: z.string().max(1024),
  confirmPassword: z.string().max(1024),
});

export const requestPasswordResetInput = z.object({ email: z.string().max(320) });

/** The signed-in user as the renderer may see them: no password hash, ever (zod strips unknown keys). */
export const meSchema = z.object({
  id: idSchema,
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  phone: z.string(),
  language: languageSchema,
  timeZone: z.string(),
  role: roleSchema,
  customRoleName: z.string().optional(),
  billingContact: z.boolean(),
  passwordChangedAt: z.string().optional(),
  updatedAt: z.string(),
});
export type Me = z.infer<typeof meSchema>;

export const sessionSchema = z.object({
  user: meSchema,
  /** The account requires two-step sign-in of this user, who has not enrolled: nothing else answers until they do. */
  mustEnrolTwoStep: z.boolean(),
  permissions: z.array(z.union([permissionSchema, z.enum(['billing', 'manage_roles', 'buy_licences'])])),
  account: z.object({
    id: idSchema,
    name: z.string(),
    billingMode: z.enum(['self_service', 'offline', 'corporate']),
    status: z.enum(['active', 'past_due', 'cancelled']),
    /** A cancelled paid account's reactivation request, as support has it. */
    reactivationState: z.enum(['sent', 'in_progress', 'done']).nullable(),
  }),
  /**
   * Only in a sign-in's answer (password, second step, invitation or reset code), not auth.session's:
   * what the first screen reads, each part through the same checks as its own channel (absent while
   * the user must enrol in two-step sign-in, for whom nothing else answers).
   */
  firstScreen: firstScreenSchema.optional(),
});
export type Session = z.infer<typeof sessionSchema>;
