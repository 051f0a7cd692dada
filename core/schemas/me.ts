import { z } from 'zod';
import { meSchema } from './auth.ts';
import { languageSchema } from './common.ts';

/** Shapes only: the rules (format, uniqueness, policy) live in core and answer with field errors. */
export const updatePersonalInput = z.object({
  firstName: z.string().max(200),
  lastName: z.string().max(200),
  phone: z.string().max(50),
  language: languageSchema,
  timeZone: z.string().max(100),
});

/** The login info panel's one save: the email, and a new password (both empty: keep it). */
export const updateLoginInput = z.object({
  email: z.string().max(320),
  currentPassword: z.string().max(1024),
  newPassword: z.string().max(1024),
  confirmPassword: z.string().max(1024),
});

/** What a save did: `unchanged` when the form held nothing new (nothing written, nothing audited). */
export const meSavedSchema = z.object({ me: meSchema, outcome: z.enum(['saved', 'unchanged']) });
