/**
 * What the first screen after sign-in shows (the shell and the Overview), carried by the sign-in's own
 * answer so that the renderer paints it without six more round trips. Each part is exactly the answer
 * of its channel (core/app/first-screen.ts), or null where that channel refused this user.
 */
import { z } from 'zod';
import { pendingSchema } from './account.ts';
import { cartSchema } from './billing.ts';
import { notificationsListOutput } from './notifications.ts';
import { overviewOutput } from './overview.ts';

export const firstScreenSchema = z.object({
  /** overview.get for 12 months. */
  overview: overviewOutput.nullable(),
  notifications: notificationsListOutput.nullable(),
  /** payments.pending: billing viewers only. */
  pending: pendingSchema.nullable(),
  /** cart.get: licence buyers only. */
  cart: cartSchema.nullable(),
});
export type FirstScreen = z.infer<typeof firstScreenSchema>;
