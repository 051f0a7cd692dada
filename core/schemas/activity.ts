import { z } from 'zod';
import { idSchema } from './common.ts';

const jsonRecord = z.record(z.string(), z.unknown()).nullable();

export const auditEntrySchema = z.object({
  id: idSchema,
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  before: jsonRecord,
  after: jsonRecord,
});
export type AuditEntryView = z.infer<typeof auditEntrySchema>;

export const listInput = z
  .object({ limit: z.number().int().min(1).max(500).optional(), before: z.string().max(40).optional() })
  .optional();

export const auditListOutput = z.object({ entries: z.array(auditEntrySchema), hasMore: z.boolean() });

export const outboxEmailSchema = z.object({
  id: idSchema,
  at: z.string(),
  to: z.string(),
  template: z.string(),
  subject: z.string(),
  body: z.string(),
});
export type OutboxEmailView = z.infer<typeof outboxEmailSchema>;

export const outboxListOutput = z.object({ emails: z.array(outboxEmailSchema), hasMore: z.boolean() });
