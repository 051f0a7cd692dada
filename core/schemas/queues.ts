import { z } from 'zod';
import { QUEUE_KINDS } from '../model/records.ts';
import { idSchema } from './common.ts';

export const QUEUE_NAME_MAX = 60;

export const queueRoleSchema = z.enum(['supervisor', 'agent']);

/** A group that gives someone a licence, by name. */
const groupRefSchema = z.object({ id: z.string(), name: z.string() });

export const queueMemberSchema = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: queueRoleSchema,
  /** The groups giving them Contact Center: out of every queue, they keep the licence (and its seat). */
  contactCenterVia: z.array(groupRefSchema),
});

export const queueViewSchema = z.object({
  id: z.string(),
  kind: z.enum(QUEUE_KINDS),
  name: z.string(),
  supervisors: z.array(queueMemberSchema),
  agents: z.array(queueMemberSchema),
});
export type QueueView = z.infer<typeof queueViewSchema>;

/** queues.list takes the revision the caller holds (optional): the queues are sent again only when they changed. */
export const queuesListInput = z.object({ since: z.string().max(100).optional() }).strict().optional();

/** Every queue and the list's revision; or, when `since` names the list as it is, only that it is unchanged. */
export const queuesListOutput = z.union([
  z.object({ revision: z.string(), queues: z.array(queueViewSchema) }).strict(),
  z.object({ revision: z.string(), unchanged: z.literal(true) }).strict(),
]);
export type QueuesList = z.infer<typeof queuesListOutput>;

/** The queues of an answer (one asked for without `since` is always the whole list). */
export const queuesOf = (answer: QueuesList): QueueView[] => ('queues' in answer ? answer.queues : []);

export const queueUnassignInput = z.object({ queueId: idSchema, userId: idSchema });

/**
 * The queue after the change; whether the user's Contact Center seat was freed (no queue left and no
 * other source of the licence); and the groups that still give them Contact Center (the seat stays).
 */
export const queueUnassignOutput = z.object({ queue: queueViewSchema, licenceFreed: z.boolean(), keptThrough: z.array(groupRefSchema) });

export const queueCreateInput = z.object({ kind: z.enum(QUEUE_KINDS), name: z.string().max(200) });
export const queueRenameInput = z.object({ queueId: idSchema, name: z.string().max(200) });
export const queueDeleteInput = z.object({ queueId: idSchema });
/** People who join a queue in one role; each must hold Contact Center (all or nothing). */
export const queueAddMembersInput = z.object({ queueId: idSchema, userIds: z.array(idSchema).min(1).max(500), role: queueRoleSchema });
export const queueMemberInput = z.object({ queueId: idSchema, userId: idSchema });
export const queueSetMemberRoleInput = z.object({ queueId: idSchema, userId: idSchema, role: queueRoleSchema });

/** A deleted queue: who left it with it. */
export const queueDeleteOutput = z.object({ id: z.string(), name: z.string(), membersLeft: z.number().int() });
