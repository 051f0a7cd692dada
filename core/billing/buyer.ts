/**
 * Buying licences without billing rights (SPEC §1, §5): administrators and licence managers hold
 * `buy_licences` but not `billing`, so they may add seats to what the account already has — a
 * subscription's own seats or an add-on it holds — and nothing else: seat removal, plans, billing
 * frequency, new add-ons and new subscriptions stay billing's.
 */
import type { Tables } from '../model/changes.ts';
import type { CartChange } from '../model/records.ts';
import type { Capability } from '../permissions/matrix.ts';
import { failure, type Outcome } from '../result.ts';

const SEATS_ONLY = 'errors.billing.seatsOnly';

/** More seats of a subscription, or of an add-on the subscription already holds. */
function addsSeats(tables: Tables, change: CartChange): boolean {
  if (change.kind === 'add_seats') return true;
  return change.kind === 'add_addon' && !!tables.subscriptions.get(change.subscriptionId)?.addOns.some((a) => a.planId === change.planId);
}

/** Refuses, as `forbidden`, any change but added seats from a buyer without billing rights. */
export function mayOrder(caps: ReadonlySet<Capability>, tables: Tables, changes: readonly CartChange[]): Outcome<true> {
  if (caps.has('billing') || changes.every((c) => addsSeats(tables, c))) return { ok: true, value: true };
  return failure('forbidden', SEATS_ONLY);
}

/** Offline and corporate accounts buy through their representative or portal (the notices name them). */
const ELSEWHERE = { offline: 'ui.billing.offlineNotice', corporate: 'ui.billing.corporateNotice' } as const;

/** Why the actor can't add licences of the product (an i18n key), or null when they can. */
export function addLicencesBlocker(caps: ReadonlySet<Capability>, tables: Tables, productId: string): string | null {
  const mode = tables.account.get('account')?.billingMode ?? 'self_service';
  if (mode !== 'self_service') return ELSEWHERE[mode];
  if (!caps.has('buy_licences')) return 'errors.licences.addNeedsPermission';
  if (caps.has('billing')) return null;
  // Seats only: the account must already have the product, on its own or as an add-on.
  const has = [...tables.subscriptions.values()].some((s) => s.productId === productId || s.addOns.some((a) => a.productId === productId));
  return has ? null : SEATS_ONLY;
}
