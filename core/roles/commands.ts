/**
 * Custom roles (SPEC §1): named sets of the permissions manage_users, manage_licenses and
 * view_billing. Anyone who manages users sees them; only a super administrator changes them.
 */
import type { CommandContext, HandlerMap } from '../app/handler.ts';
import { auditChange, diff } from '../audit/record.ts';
import { permissionsValue, text } from '../audit/values.ts';
import { del, put } from '../model/changes.ts';
import type { CustomRole } from '../model/records.ts';
import { failure } from '../result.ts';
import type { CustomRoleView } from '../schemas/roles.ts';
import { fullName } from '../users/views.ts';
import { checkRoleName, normalizePermissions } from './rules.ts';

const NAMES_SHOWN = 5;
const collator = new Intl.Collator('en', { sensitivity: 'base' });

/** How many users (active or not) hold each role, in one pass. */
function holderCounts(ctx: CommandContext): Map<string, number> {
  const counts = new Map<string, number>();
  for (const user of ctx.tables.users.values()) if (user.customRoleId) counts.set(user.customRoleId, (counts.get(user.customRoleId) ?? 0) + 1);
  return counts;
}

const toView = (role: CustomRole, userCount: number): CustomRoleView => ({ id: role.id, name: role.name, permissions: [...role.permissions], userCount });

/** What a role is, for the audit log. */
const facts = (r: CustomRole) => ({ name: text(r.name), permissions: permissionsValue(r.permissions) });

export const rolesHandlers: HandlerMap<'roles.list' | 'roles.save' | 'roles.delete'> = {
  'roles.list'(_input, ctx) {
    const counts = holderCounts(ctx);
    const roles = [...ctx.tables.roles.values()].sort((a, b) => collator.compare(a.name, b.name)).map((r) => toView(r, counts.get(r.id) ?? 0));
    return { ok: true, value: { roles } };
  },

  'roles.save'(input, ctx) {
    const existing = input.id === undefined ? undefined : ctx.tables.roles.get(input.id);
    if (input.id !== undefined && !existing) return failure('not_found', 'people.errors.roleNotFound');
    const checked = normalizePermissions(input.permissions);
    const errors = { ...checkRoleName(input.name, ctx.tables.roles, input.id), ...('errors' in checked ? checked.errors : {}) };
    if (Object.keys(errors).length || 'errors' in checked) return failure('invalid_input', 'errors.invalidInput', undefined, errors);
    const role: CustomRole = { id: existing?.id ?? ctx.ports.ids.next('role'), name: input.name.trim(), permissions: checked.permissions };
    const view = toView(role, holderCounts(ctx).get(role.id) ?? 0);
    if (!existing) return { ok: true, value: view, changes: [put('roles', role.id, role), auditChange(ctx, 'role.created', { type: 'role', id: role.id }, null, facts(role))] };
    const { before, after } = diff(facts(existing), facts(role));
    if (!Object.keys(after).length) return { ok: true, value: view };
    return { ok: true, value: view, changes: [put('roles', role.id, role), auditChange(ctx, 'role.updated', { type: 'role', id: role.id }, before, after)] };
  },

  /** Refused while users hold the role: the admin is told who, to move them first. */
  'roles.delete'(input, ctx) {
    const role = ctx.tables.roles.get(input.id);
    if (!role) return failure('not_found', 'people.errors.roleNotFound');
    const holders = [...ctx.tables.users.values()].filter((u) => u.customRoleId === role.id);
    if (holders.length) {
      const names = holders.slice(0, NAMES_SHOWN).map(fullName).join(', ') + (holders.length > NAMES_SHOWN ? ` +${holders.length - NAMES_SHOWN}` : '');
      return failure('conflict', 'people.errors.roleInUse', { role: role.name, holders: holders.length, names });
    }
    return { ok: true, value: { done: true }, changes: [del('roles', role.id), auditChange(ctx, 'role.deleted', { type: 'role', id: role.id }, facts(role), null)] };
  },
};
