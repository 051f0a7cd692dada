import { z } from 'zod';
import { languageSchema } from './common.ts';

/** Shapes only: the rules (format, uniqueness, policy) live in core and answer with field errors. */
export const updatePersonalInput = z.object({
  firstName: z.string().max(200),
  lastName: z.string().max(200),
  phone: z.string().max(50),
  language: languageSchema,
  timeZone: z.string().max(100),
});

export const updateEmailInput = z.object({
  email: z.string().max(320),
  currentPassword: z.string().max(1024),
});

export const changePasswordInput = z.object({
  currentPassword: z.string().max(1024),
  newPassword: z.string().max(1024),
  confirmPassword: z.string().max(1024),
});
