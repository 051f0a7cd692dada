import { z } from 'zod';
import { auditEntrySchema } from './activity.ts';
import { idSchema, languageSchema, roleSchema } from './common.ts';
import { queuePlaceSchema } from './licences.ts';

import { USER_STATUSES } from '../model/records.ts';

export { USER_STATUSES };
export const userStatusSchema = z.enum(USER_STATUSES);

export const userSummarySchema = z.object({
  id: idSchema,
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  role: roleSchema,
  customRoleId: z.string().optional(),
  customRoleName: z.string().optional(),
  billingContact: z.boolean(),
  status: userStatusSchema,
  products: z.array(z.string()),
  updatedAt: z.string(),
});
export type UserSummary = z.infer<typeof userSummarySchema>;

/**
 * `since`: the revision of the list the caller holds. When the list is still that one, the answer
 * says so and carries no users (a re-visit of People costs a few bytes instead of every user).
 */
export const usersListInput = z.object({ since: z.string().max(100).optional() }).strict().optional();

/** Every user and the list's revision; or, when `since` names the list as it is, only that it is unchanged. */
export const usersListOutput = z.union([
  z.object({ revision: z.string(), users: z.array(userSummarySchema) }).strict(),
  z.object({ revision: z.string(), unchanged: z.literal(true) }).strict(),
]);
export type UsersList = z.infer<typeof usersListOutput>;

export const updateDetailsInput = z.object({
  userId: idSchema,
  firstName: z.string().max(200),
  lastName: z.string().max(200),
  email: z.string().max(320),
});

/** The users a bulk command acts on: one from a user's menu, up to 5,000 from the selection. */
const userIdsSchema = z.array(idSchema).min(1).max(5000);

export const userGetInput = z.object({ userId: idSchema });

/** The side panel: the summary, with each product's features, the queues that hold the user, and their history. */
export const userDetailSchema = userSummarySchema.extend({
  /** What the user holds, directly (with when it was given) or through the groups named in `via`. */
  products: z.array(
    z.object({
      productId: z.string(),
      features: z.record(z.string(), z.boolean()),
      assignedAt: z.string().optional(),
      direct: z.boolean(),
      via: z.array(z.object({ id: z.string(), name: z.string() })),
    }),
  ),
  groups: z.array(z.object({ id: z.string(), name: z.string() })),
  queues: z.array(queuePlaceSchema),
  /** Audit entries about the user, newest first (at most 50). */
  history: z.array(auditEntrySchema),
  createdAt: z.string(),
  /** An invited user's invitation: when its code stops working (ISO instant). */
  invitationExpiresAt: z.string().optional(),
  /** Whether the user signs in in two steps (whoever manages users may reset it); never the key. */
  twoStep: z.boolean(),
});
export type UserDetail = z.infer<typeof userDetailSchema>;

export const userCreateInput = z.object({
  firstName: z.string().max(200),
  lastName: z.string().max(200),
  email: z.string().max(320),
  role: roleSchema,
  customRoleId: idSchema.optional(),
  billingContact: z.boolean(),
  language: languageSchema.optional(),
});

/** Invited is not set by hand: a user is invited when created and active once they accept. */
export const userSetStatusInput = z.object({ userIds: userIdsSchema, status: z.enum(['active', 'deactivated']) });

/** Invitations and resets an administrator sends, for one user or the selection. */
export const userIdsInput = z.object({ userIds: userIdsSchema });

export const userDeleteInput = z.object({ userIds: userIdsSchema });

/** A role for the users; `billingContact` left out keeps each user's flag as it is. */
export const userSetRoleInput = z.object({
  userIds: userIdsSchema,
  role: roleSchema,
  customRoleId: idSchema.optional(),
  billingContact: z.boolean().optional(),
});

/** The users as they are after the change (only those that changed). */
export const usersChangedOutput = z.object({ users: z.array(userSummarySchema) });

export const usersDeletedOutput = z.object({ deleted: z.array(idSchema) });
