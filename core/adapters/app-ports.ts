/** The running app's ports around a store: system clock, random ids, scrypt, outbox mailer, offline gateway. */
import type { Ports } from '../ports/index.ts';
import type { Store } from '../ports/store.ts';
import { createOfflineGateway } from './offline-gateway.ts';
import { createScryptHasher } from './scrypt-hasher.ts';
import { outboxOnlyMailer, randomIds, systemClock } from './system.ts';

export function appPorts(store: Store, overrides: Partial<Omit<Ports, 'store'>> = {}): Ports {
  return { store, clock: systemClock, ids: randomIds, hasher: createScryptHasher(), mailer: outboxOnlyMailer, gateway: createOfflineGateway(), ...overrides };
}
