/** The queue kinds in the order the view groups them (the core lists them the same way). */
export const QUEUE_KINDS = ['call', 'inbound', 'outbound'] as const;
export type QueueKind = (typeof QUEUE_KINDS)[number];
