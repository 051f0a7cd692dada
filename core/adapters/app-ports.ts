/** The running app's ports around a store and a data key: system clock, random ids, Argon2id, outbox mailer, offline gateway, AES-GCM sealing. */
import type { Ports } from '../ports/index.ts';
import type { Store } from '../ports/store.ts';
import { createOfflineGateway } from './offline-gateway.ts';
import { createArgon2Hasher } from './password-hasher.ts';
import { outboxOnlyMailer, randomIds, systemClock } from './system.ts';
import { randomSecrets } from './secrets.ts';
import { createSealer, type DataKeySource } from './sealer.ts';

export function appPorts(store: Store, dataKey: DataKeySource, overrides: Partial<Omit<Ports, 'store'>> = {}): Ports {
  return { store, clock: systemClock, ids: randomIds, hasher: createArgon2Hasher(), mailer: outboxOnlyMailer, gateway: createOfflineGateway(), secrets: randomSecrets, sealer: createSealer(dataKey), ...overrides };
}
