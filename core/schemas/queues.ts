import { z } from 'zod';
import { QUEUE_KINDS } from '../model/records.ts';
import { idSchema } from './common.ts';

export const queueMemberSchema = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(['supervisor', 'agent']),
});

export const queueViewSchema = z.object({
  id: z.string(),
  kind: z.enum(QUEUE_KINDS),
  name: z.string(),
  supervisors: z.array(queueMemberSchema),
  agents: z.array(queueMemberSchema),
});
export type QueueView = z.infer<typeof queueViewSchema>;

export const queuesListOutput = z.object({ queues: z.array(queueViewSchema) });

export const queueUnassignInput = z.object({ queueId: idSchema, userId: idSchema });

/** The queue after the change, and whether the user's Contact Center licence was freed (no queue left). */
export const queueUnassignOutput = z.object({ queue: queueViewSchema, licenceFreed: z.boolean() });
