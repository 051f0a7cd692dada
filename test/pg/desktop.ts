/** A "desktop" for the shared-store tests: a core on its own PgStore and local copy, demo people signed in by first name. */
import path from 'node:path';
import { createOfflineGateway } from '../../core/adapters/offline-gateway.ts';
import type { Ids } from '../../core/ports/ids.ts';
import type { PaymentGateway } from '../../core/ports/payment-gateway.ts';
import type { StoreEvent } from '../../core/ports/store.ts';
import { PgStore } from '../../core/store/pg/pg-store.ts';
import { demoFixture, type Fixture } from '../../core/testing/fixture.ts';

/** Ids unique across desktops: each desktop has its own tag, as random ids would be in the app. */
export function taggedIds(tag: string): Ids {
  let n = 0;
  return { next: (prefix) => `${prefix}_${tag}${String(++n).padStart(6, '0')}` };
}

export interface Desktop extends Fixture {
  pg: PgStore;
  events: StoreEvent[];
  /** Resolves when an event matching `test` was seen (already, or within `ms`). */
  waitFor(test: (event: StoreEvent) => boolean, ms?: number): Promise<StoreEvent>;
}

export async function openDesktop(url: string, root: string, tag: string, options: { gateway?: PaymentGateway; ids?: Ids } = {}): Promise<Desktop> {
  const pg = await PgStore.open({ url, localCopyDir: path.join(root, `copy-${tag}`), log: () => undefined, retryMs: { min: 100, max: 500 } });
  const events: StoreEvent[] = [];
  const waiters = new Set<{ test: (e: StoreEvent) => boolean; resolve: (e: StoreEvent) => void }>();
  pg.subscribe((event) => {
    events.push(event);
    for (const waiter of waiters) if (waiter.test(event)) waiter.resolve(event);
  });
  const fixture = await demoFixture(pg, { ids: options.ids ?? taggedIds(tag), gateway: options.gateway ?? createOfflineGateway() });
  return {
    ...fixture,
    pg,
    events,
    waitFor(test, ms = 2000) {
      const seen = events.find(test);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const waiter = {
          test,
          resolve: (event: StoreEvent) => {
            clearTimeout(timer);
            waiters.delete(waiter);
            resolve(event);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`no matching store event within ${ms} ms (seen: ${JSON.stringify(events)})`));
        }, ms);
        waiters.add(waiter);
      });
    },
  };
}

/** A gateway whose next charge waits until released: lets a test commit on another desktop in between. */
export function gatedGateway(): { gateway: PaymentGateway; hold(): { reached: Promise<void>; release(): void } } {
  const inner = createOfflineGateway();
  let gate: { reached: () => void; wait: Promise<void> } | undefined;
  return {
    gateway: {
      attach: (card) => inner.attach(card),
      refund: (request) => inner.refund(request),
      async charge(request) {
        const current = gate;
        gate = undefined;
        if (current) {
          current.reached();
          await current.wait;
        }
        return inner.charge(request);
      },
    },
    hold() {
      let reached!: () => void;
      let release!: () => void;
      const reachedPromise = new Promise<void>((r) => (reached = r));
      const wait = new Promise<void>((r) => (release = r));
      gate = { reached, wait };
      return { reached: reachedPromise, release };
    },
  };
}
