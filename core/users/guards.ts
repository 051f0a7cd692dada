/**
 * Who may be changed, by whom, and what the account must keep (SPEC §1): at least one active super
 * administrator, at least one active billing contact on a self-service account, nobody deactivating
 * or deleting themselves, and super administrators touched only by someone who manages roles.
 */
import type { CommandContext } from '../app/handler.ts';
import type { Account, User } from '../model/records.ts';
import { failure, type Failure } from '../result.ts';
import { fullName } from './views.ts';

export type Refusal = { ok: false; failure: Failure };

const activeSuperAdmin = (u: User | null | undefined) => !!u && u.status === 'active' && u.role === 'super_admin';
const activeBillingContact = (u: User | null | undefined) => !!u && u.status === 'active' && u.billingContact;

/**
 * Refuses a change that leaves the account without an active super administrator or (self-service)
 * an active billing contact. `next` holds the changed users as they would be, null when deleted. A
 * change that does not lower a count is let through, so an account already short can be repaired.
 */
export function checkAccountKeeps(users: ReadonlyMap<string, User>, next: ReadonlyMap<string, User | null>, account: Account | undefined): Refusal | null {
  let supers = 0;
  let billing = 0;
  for (const user of users.values()) {
    if (activeSuperAdmin(user)) supers++;
    if (activeBillingContact(user)) billing++;
  }
  let supersAfter = supers;
  let billingAfter = billing;
  for (const [id, after] of next) {
    const before = users.get(id);
    supersAfter += Number(activeSuperAdmin(after)) - Number(activeSuperAdmin(before));
    billingAfter += Number(activeBillingContact(after)) - Number(activeBillingContact(before));
  }
  if (supersAfter < 1 && supersAfter < supers) return failure('conflict', 'people.errors.lastSuperAdmin');
  if (account?.billingMode === 'self_service' && billingAfter < 1 && billingAfter < billing) {
    return failure('conflict', 'people.errors.lastBillingContact');
  }
  return null;
}

/** Nobody deactivates or deletes themselves. */
export function refuseSelf(ctx: CommandContext, users: readonly User[], key: 'people.errors.notYourselfStatus' | 'people.errors.notYourselfDelete'): Refusal | null {
  return ctx.actor && users.some((u) => u.id === ctx.actor!.id) ? failure('forbidden', key) : null;
}

/** Only someone who manages roles deactivates or deletes a super administrator. */
export function refuseSuperAdminTargets(ctx: CommandContext, users: readonly User[]): Refusal | null {
  if (ctx.caps.has('manage_roles')) return null;
  const target = users.find((u) => u.role === 'super_admin');
  return target ? failure('forbidden', 'people.errors.superAdminOnly', { name: fullName(target) }) : null;
}
