/** The default clock, ids and mailer for the running app. */
import { randomUUID } from 'node:crypto';
import type { Clock } from '../ports/clock.ts';
import type { Ids } from '../ports/ids.ts';
import type { Mailer } from '../ports/mailer.ts';

export const systemClock: Clock = { now: () => new Date() };

export const randomIds: Ids = { next: (prefix) => `${prefix}_${randomUUID().replace(/-/g, '').slice(0, 20)}` };

/** Offline: the store's outbox is the delivery; nothing leaves the machine. */
export const outboxOnlyMailer: Mailer = { deliver: () => undefined };
