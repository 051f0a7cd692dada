/**
 * Tries again, later and later: after a failed attempt the wait doubles, from `min` up to `max`; a
 * success starts the next series at `min` again. Used to reach a server that went away.
 */
export class Backoff {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private delay: number;
  private stopped = false;

  constructor(
    private readonly range: { min: number; max: number },
    /** True when it worked; a failure (false or an error) schedules the next attempt. */
    private readonly attempt: () => Promise<boolean>,
  ) {
    this.delay = range.min;
  }

  /** Attempts after the current wait, unless an attempt is already scheduled. */
  schedule(): void {
    if (this.stopped || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.attempt()
        .catch(() => false)
        .then((worked) => {
          if (worked) {
            this.delay = this.range.min;
            return;
          }
          this.delay = Math.min(this.delay * 2, this.range.max);
          this.schedule();
        });
    }, this.delay);
    this.timer.unref?.();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }
}
