/**
 * What another desktop did, as the renderer shows it in words: who (a user reference), what (an
 * action), to whom or what (a target reference) and, for a licence, which product. The renderer
 * formats it in the viewer's language ("Marco Rossi gave Jan de Vries a Contact Center licence").
 */
import { z } from 'zod';

export const REMOTE_ACTIONS = ['licence_given', 'licence_taken', 'changed', 'created', 'deleted'] as const;

export const remoteChangeSchema = z.object({
  /** Who did it (null: the system, e.g. a renewal). */
  actor: z.object({ id: z.string(), name: z.string() }).nullable(),
  action: z.enum(REMOTE_ACTIONS),
  /** The audit action it comes from ("user.products.changed"), for the audit's own label. */
  auditAction: z.string(),
  target: z.object({ type: z.string(), id: z.string(), name: z.string() }),
  /** A licence given or taken: the product's id (its name is the renderer's to translate). */
  productId: z.string().optional(),
  at: z.string(),
});
export type RemoteChange = z.infer<typeof remoteChangeSchema>;
