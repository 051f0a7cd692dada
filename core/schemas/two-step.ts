/** Two-step sign-in (TOTP, RFC 6238) and its recovery codes: shapes only, the rules live in core/auth/two-step.ts. */
import { z } from 'zod';
import { idSchema, instantSchema } from './common.ts';
import { sessionSchema } from './auth.ts';

/** The password was right and the user is enrolled: a short-lived, single-use challenge for the second step, not a session. */
export const secondStepSchema = z.object({
  secondStep: z.object({ challenge: z.string(), expiresAt: instantSchema }),
});
export type SecondStep = z.infer<typeof secondStepSchema>;

/** What a password (or a reset's code) leads to: the session, or the second step still to take. */
export const signInOutput = z.union([sessionSchema, secondStepSchema]);

export const secondStepInput = z.object({
  challenge: z.string().max(64),
  /** A code from the authenticator app, or (kind `recovery`) one of the ten recovery codes. */
  code: z.string().max(64),
  kind: z.enum(['code', 'recovery']),
});

export const twoStepStatusSchema = z.object({
  enrolled: z.boolean(),
  enrolledAt: instantSchema.nullable(),
  recoveryCodesLeft: z.number().int().nonnegative(),
  /** The account requires it of this user (an administrator, when the policy is on). */
  required: z.boolean(),
});

/** An enrolment's key, shown once: the address behind the QR code, and the key as text in groups of four. */
export const twoStepEnrolmentSchema = z.object({
  uri: z.string(),
  key: z.string(),
  keyGrouped: z.string(),
});

export const codeInput = z.object({ code: z.string().max(64) });

/** The ten recovery codes, shown once: only their digests are kept. */
export const recoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()), status: twoStepStatusSchema });

export const resetTwoStepInput = z.object({ userId: idSchema });

export const accountSecuritySchema = z.object({ requireTwoStepForAdmins: z.boolean() });
