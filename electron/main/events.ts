/** Host → renderer events: every payload is checked against the contract before it is sent. */
import type { WebContents } from 'electron';
import { eventIpcName, events, type EventName, type EventOf } from '../../core/contract.ts';

export function sendEvent<E extends EventName>(contents: WebContents, event: E, payload: EventOf<E>): boolean {
  const parsed = events[event].safeParse(payload);
  if (!parsed.success) {
    console.error(`[events] ${event} payload breaks the contract; not sent`);
    return false;
  }
  if (contents.isDestroyed()) return false;
  contents.send(eventIpcName(event), parsed.data);
  return true;
}
