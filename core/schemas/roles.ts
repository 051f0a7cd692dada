import { z } from 'zod';
import { idSchema, permissionSchema } from './common.ts';

/** A custom role: its permissions, and how many users (active or not) hold it. */
export const customRoleViewSchema = z.object({
  id: idSchema,
  name: z.string(),
  permissions: z.array(permissionSchema),
  userCount: z.number().int().min(0),
});
export type CustomRoleView = z.infer<typeof customRoleViewSchema>;

export const rolesListOutput = z.object({ roles: z.array(customRoleViewSchema) });

/** Creates a role (no id) or replaces one's name and permissions. Name 1–60 characters, one permission at least. */
export const roleSaveInput = z.object({
  id: idSchema.optional(),
  name: z.string().max(200),
  permissions: z.array(permissionSchema).max(10),
});

export const roleDeleteInput = z.object({ id: idSchema });
