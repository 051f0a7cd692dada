import type { OutboxEmail } from '../model/records.ts';

/**
 * Delivers the emails the vendor would send. The default keeps them in the store's outbox only
 * (offline app); a real transport would be another adapter.
 */
export interface Mailer {
  deliver(email: OutboxEmail): void;
}
