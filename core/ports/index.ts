import type { Clock } from './clock.ts';
import type { Ids } from './ids.ts';
import type { Mailer } from './mailer.ts';
import type { PasswordHasher } from './password-hasher.ts';
import type { PaymentGateway } from './payment-gateway.ts';
import type { Sealer } from './sealer.ts';
import type { Secrets } from './secrets.ts';
import type { Store } from './store.ts';

export type { Clock, Ids, Mailer, PasswordHasher, PaymentGateway, Sealer, Secrets, Store };
export type { StoreProblem } from './store.ts';

export interface Ports {
  store: Store;
  clock: Clock;
  ids: Ids;
  hasher: PasswordHasher;
  mailer: Mailer;
  gateway: PaymentGateway;
  /** One-time codes: invitations, password resets. */
  secrets: Secrets;
  /** Secrets read back (a TOTP key): sealed with the host's data key. */
  sealer: Sealer;
}
