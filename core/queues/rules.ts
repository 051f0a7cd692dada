/**
 * Pure rules for a queue's name: 1–60 characters once trimmed, no other queue of the account with it
 * (case and spaces aside: the same comparison as a group's, groups/rules.ts), and no control
 * characters or bidirectional overrides that would make the name read other than it is.
 */
import { sameName } from '../groups/rules.ts';
import type { Queue } from '../model/records.ts';
import { QUEUE_NAME_MAX } from '../schemas/queues.ts';
import type { FieldErrors } from '../users/rules.ts';

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u;

export function checkQueueName(name: string, queues: ReadonlyMap<string, Queue>, selfId: string | undefined): FieldErrors {
  const trimmed = name.trim();
  if (!trimmed) return { name: { key: 'errors.field.required' } };
  if (trimmed.length > QUEUE_NAME_MAX) return { name: { key: 'queues.errors.nameLength', params: { max: QUEUE_NAME_MAX } } };
  if (CONTROL.test(trimmed)) return { name: { key: 'queues.errors.nameInvalid' } };
  for (const queue of queues.values()) if (queue.id !== selfId && sameName(queue.name, trimmed)) return { name: { key: 'queues.errors.nameTaken' } };
  return {};
}
