/** The default clock, ids and mailer for the running app. */
import { randomUUID } from 'node:crypto';
import type { Clock } from '../ports/clock.ts';
import type { Ids } from '../ports/ids.ts';
import type { Mailer } from '../ports/mailer.ts';

/** The one place in core/ that reads the wall clock (lint refuses `Date.now()` and `new Date()` elsewhere). */
export const systemClock: Clock = { now: () => new Date() };

/** Milliseconds of the wall clock, for naming a damaged file's copy (a file name, not a domain time). */
export const wallStamp = (): number => systemClock.now().getTime();

export const randomIds: Ids = { next: (prefix) => `${prefix}_${randomUUID().replace(/-/g, '').slice(0, 20)}` };

/** Offline: the store's outbox is the delivery; nothing leaves the machine. */
export const outboxOnlyMailer: Mailer = { deliver: () => undefined };
