/**
 * A desktop's calls to the server, one at a time: the commands connection answers one query after
 * another, and a command's catch-up, commit and flush must not interleave with a flush or close that
 * comes from outside the core's command mutex.
 *
 * The core's Mutex (a promise chain), plus `hold`: a turn kept until released, which queue
 * libraries (p-queue) do not offer.
 */
import { Mutex } from '../../app/mutex.ts';

export class ServerQueue extends Mutex {
  /**
   * Runs `start` in its turn; when it answers true, keeps the turn until the returned function is
   * called (what is queued meanwhile waits). Undefined when `start` answered false or failed.
   */
  hold(start: () => Promise<boolean>): Promise<(() => void) | undefined> {
    return new Promise((resolve) => {
      void this.run(async () => {
        let held = false;
        try {
          held = await start();
        } finally {
          if (!held) resolve(undefined);
        }
        if (held) await new Promise<void>((release) => resolve(release));
      });
    });
  }
}
