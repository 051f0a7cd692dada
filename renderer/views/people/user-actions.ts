/**
 * Which actions of the user menu and the bulk toolbar the signed-in admin may take, and, for those
 * they may not, why (SPEC §1: absent in the UI, with the reason shown where they would be).
 */
import { useMe, useCan } from '../../app/selectors.ts';
import { usePeopleStore, type UserRow } from './store.ts';

export interface UserActions {
  addProducts: boolean;
  changeRole: boolean;
  /** Deactivate, reactivate and delete go together: the same rules allow them. */
  changeStatus: boolean;
  /** i18n keys of the reasons for what is absent, each once. */
  reasons: string[];
}

export interface Actor {
  id: string | undefined;
  managesRoles: boolean;
  activeSuperAdmins: number;
}

const superAdminCounts = new WeakMap<readonly UserRow[], number>();

/** Active super administrators in the list, counted once per list (every row's menu asks). */
function activeSuperAdmins(users: readonly UserRow[]): number {
  let count = superAdminCounts.get(users);
  if (count === undefined) {
    count = 0;
    for (const u of users) if (u.role === 'super_admin' && u.status === 'active') count++;
    superAdminCounts.set(users, count);
  }
  return count;
}

/** The signed-in admin, as the rules need them. */
export function useActor(): Actor {
  const me = useMe();
  const managesRoles = useCan('manage_roles');
  const supers = usePeopleStore((s) => activeSuperAdmins(s.users));
  return { id: me?.id, managesRoles, activeSuperAdmins: supers };
}

/** What the actor may do to one user (the user's menu). */
export function actionsFor(user: UserRow, actor: Actor): UserActions {
  const reasons: string[] = [];
  const self = user.id === actor.id;
  let changeRole = actor.managesRoles && !self;
  if (!actor.managesRoles) reasons.push('people.ui.reasons.rolesNeedSuperAdmin');
  else if (self) reasons.push(actor.activeSuperAdmins <= 1 ? 'people.errors.lastSuperAdmin' : 'people.ui.reasons.ownRole');
  let changeStatus = true;
  if (self) {
    changeStatus = false;
    reasons.push('people.ui.reasons.notYourself');
  } else if (user.role === 'super_admin' && !actor.managesRoles) {
    changeStatus = false;
    changeRole = false;
    reasons.push('people.ui.reasons.superAdminOnly');
  }
  // Invited users hold licences like active ones (they count as seats); deactivated ones hold none.
  const addProducts = user.status !== 'deactivated';
  if (!addProducts) reasons.push('people.ui.reasons.reactivateFirst');
  return { addProducts, changeRole, changeStatus, reasons };
}

/** What the actor may do to the ticked users at once (the bulk toolbar); the core checks each user. */
export function bulkActions(count: number, actor: Actor, limit: number): UserActions {
  const reasons: string[] = [];
  const withinLimit = count <= limit;
  if (!withinLimit) reasons.push('people.ui.reasons.tooMany');
  if (!actor.managesRoles) reasons.push('people.ui.reasons.rolesNeedSuperAdmin');
  return { addProducts: true, changeRole: actor.managesRoles && withinLimit, changeStatus: withinLimit, reasons };
}
