import { z } from 'zod';
import { idSchema, roleSchema } from './common.ts';

export const userSummarySchema = z.object({
  id: idSchema,
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  role: roleSchema,
  customRoleName: z.string().optional(),
  billingContact: z.boolean(),
  status: z.enum(['active', 'deactivated']),
  products: z.array(z.string()),
  updatedAt: z.string(),
});
export type UserSummary = z.infer<typeof userSummarySchema>;

export const usersListOutput = z.object({ users: z.array(userSummarySchema) });

export const updateDetailsInput = z.object({
  userId: idSchema,
  firstName: z.string().max(200),
  lastName: z.string().max(200),
  email: z.string().max(320),
});
