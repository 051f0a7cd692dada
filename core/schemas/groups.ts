import { z } from 'zod';
import { idSchema } from './common.ts';
import { featuresSchema, licencePlanSchema } from './licences.ts';

export const GROUP_NAME_MAX = 60;

/** A member as the Groups view lists them. */
export const groupMemberSchema = z.object({ userId: idSchema, name: z.string(), email: z.string(), status: z.enum(['active', 'invited', 'deactivated']) });

/** A group with its members and the products (with features) it gives them. */
export const groupViewSchema = z.object({
  id: idSchema,
  name: z.string(),
  members: z.array(groupMemberSchema),
  products: z.array(z.object({ productId: z.string(), name: z.string(), features: z.record(z.string(), z.boolean()) })),
  createdAt: z.string(),
});
export type GroupView = z.infer<typeof groupViewSchema>;

export const groupsListOutput = z.object({ groups: z.array(groupViewSchema) });

export const groupCreateInput = z.object({ name: z.string().max(200) });
export const groupRenameInput = z.object({ groupId: idSchema, name: z.string().max(200) });

/**
 * Options of a change to what members hold: `dryRun` answers with the plan and writes nothing; losing
 * Business Phone (or Contact Center) from a queued member may also take them out of their queues.
 */
const changeOptions = {
  dryRun: z.boolean().optional(),
  alsoRemoveFromQueues: z.boolean().optional(),
};

export const groupDeleteInput = z.object({ groupId: idSchema, ...changeOptions });
export const groupMembersInput = z.object({ groupId: idSchema, userIds: z.array(idSchema).min(1).max(5000), ...changeOptions });
export const groupSetProductsInput = z.object({
  groupId: idSchema,
  products: z.array(z.object({ productId: idSchema, features: featuresSchema })).max(20),
  ...changeOptions,
});

/** The group after the change (null once deleted) and what the change does to seats and queues. */
export const groupChangeOutput = z.object({ group: groupViewSchema.nullable(), plan: licencePlanSchema });

/** Who holds a product: directly, through groups, or both. */
export const productHoldersInput = z.object({ productId: idSchema });
export const productHolderSchema = z.object({
  userId: idSchema,
  name: z.string(),
  email: z.string(),
  direct: z.boolean(),
  via: z.array(z.object({ id: idSchema, name: z.string() })),
  features: z.record(z.string(), z.boolean()),
});
export const productHoldersOutput = z.object({ productId: z.string(), name: z.string(), holders: z.array(productHolderSchema) });
export type ProductHolder = z.infer<typeof productHolderSchema>;
