/**
 * A user's TOTP key, as the core reads it: opened from its sealed form with the host's data key
 * (ports/sealer.ts). A record written before keys were sealed holds it in plain text under `key`: it is
 * sealed here, at its next use, and the caller writes the record back with whatever else it changes
 * (a code right or wrong). A key that cannot be opened (another data key, a changed value) is null:
 * the check then fails closed, counted like a wrong code.
 */
import type { Sealer } from '../ports/sealer.ts';
import type { LegacyPendingKey, LegacyTwoStep, TwoStep, User } from '../model/records.ts';

type Stored = { sealedKey: string } | { key: string };

const isLegacy = (stored: Stored): stored is { key: string } => !('sealedKey' in stored) && typeof (stored as { key?: unknown }).key === 'string';

/** The key in the clear (null: cannot be opened here) and what to keep in its place (sealed when it was not). */
function opened<T extends Stored>(sealer: Sealer, stored: T): { key: string | null; kept: T | (Omit<T, 'key'> & { sealedKey: string }) } {
  if (!isLegacy(stored)) return { key: sealer.open(stored.sealedKey), kept: stored };
  const sealedKey = sealer.seal(stored.key);
  // No data key on this host: the old record still verifies, and is sealed where one is held.
  if (sealedKey === null) return { key: stored.key, kept: stored };
  const { key, ...rest } = stored;
  return { key, kept: { ...rest, sealedKey } };
}

/** The enrolled user's key, and the user as they are to be kept (a plain key sealed). */
export function openTwoStepKey(sealer: Sealer, user: User & { twoStep: TwoStep | LegacyTwoStep }): { key: string | null; user: User & { twoStep: TwoStep | LegacyTwoStep } } {
  const { key, kept } = opened(sealer, user.twoStep);
  return { key, user: kept === user.twoStep ? user : { ...user, twoStep: kept as TwoStep } };
}

/** The pending enrolment's key, and the user as they are to be kept. */
export function openPendingKey(sealer: Sealer, user: User & { twoStepPending: { sealedKey: string; startedAt: string } | LegacyPendingKey }): { key: string | null; user: User } {
  const { key, kept } = opened(sealer, user.twoStepPending);
  return { key, user: kept === user.twoStepPending ? user : { ...user, twoStepPending: kept as { sealedKey: string; startedAt: string } } };
}
