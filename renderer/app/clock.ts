/**
 * "Now" in the renderer is the core's clock: the instant the core sent with its last status, carried
 * forward by the monotonic `performance.now()`. The screen and the core can never disagree about which
 * day it is, and a fixed test clock fixes both. Lint refuses reading the wall clock anywhere else in renderer/.
 */
let coreMs = Number.NaN;
let at = 0;

/** Takes the core's instant (`app.status`'s `now`). */
export function syncClock(iso: string): void {
  coreMs = Date.parse(iso);
  at = performance.now();
}

/** The core's now, as last told, plus the time elapsed since. Before the first status: the epoch is not guessed — NaN dates are refused. */
export function now(): Date {
  if (Number.isNaN(coreMs)) throw new Error('renderer clock read before the core sent its time (app.status)');
  return new Date(coreMs + (performance.now() - at));
}
