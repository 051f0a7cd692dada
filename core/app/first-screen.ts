/**
 * The reads of the first screen after sign-in (the shell and the Overview): which channel answers each
 * part of `firstScreen` (core/schemas/first-screen.ts), with the input the renderer would send. The
 * dispatcher runs them as the newly signed-in session, through the same parse, permission, enrolment
 * and cancelled-account checks as a call from the renderer: a part this user may not read is null.
 */
import type { Channel } from '../contract.ts';
import type { FirstScreen } from '../schemas/first-screen.ts';

export const FIRST_SCREEN_READS = {
  overview: { channel: 'overview.get', input: { months: 12 } },
  notifications: { channel: 'notifications.list', input: undefined },
  pending: { channel: 'payments.pending', input: undefined },
  cart: { channel: 'cart.get', input: undefined },
} as const satisfies Record<keyof FirstScreen, { channel: Channel; input: unknown }>;

/** Builds the first screen with `read`, which answers a channel as the signed-in session would. */
export async function firstScreen(read: (channel: Channel, input: unknown) => Promise<{ ok: boolean; value?: unknown }>): Promise<FirstScreen> {
  const parts: Record<string, unknown> = {};
  for (const [part, { channel, input }] of Object.entries(FIRST_SCREEN_READS)) {
    const result = await read(channel, input);
    parts[part] = result.ok ? result.value : null;
  }
  return parts as FirstScreen;
}
