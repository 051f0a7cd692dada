/** Users from a CSV: the dry run, then every row at once — one invitation per new user — or nothing. */
import type { CommandContext, HandlerMap } from '../app/handler.ts';
import { auditChange } from '../audit/record.ts';
import { enumOf, productsValue, text } from '../audit/values.ts';
import type { Change } from '../model/changes.ts';
import type { User } from '../model/records.ts';
import { failure } from '../result.ts';
import { checkUserImport, type NewUser } from './import-check.ts';
import { invite } from './invitations.ts';
import { roleFacts } from './role-rules.ts';

function created(ctx: CommandContext, n: NewUser): User {
  const at = ctx.now.toISOString();
  return {
    id: ctx.ports.ids.next('usr'),
    email: n.row.email.trim(),
    firstName: n.row.firstName.trim(),
    lastName: n.row.lastName.trim(),
    phone: '',
    language: ctx.actor?.language ?? 'en',
    timeZone: ctx.account?.timeZone ?? 'UTC',
    role: n.role,
    ...(n.customRoleId ? { customRoleId: n.customRoleId } : {}),
    billingContact: false,
    status: 'invited',
    products: n.products,
    createdAt: at,
    updatedAt: at,
  };
}

export const userImportHandlers: HandlerMap<'users.importCheck' | 'users.importApply'> = {
  /** Changes nothing. */
  'users.importCheck'(input, ctx) {
    return { ok: true, value: checkUserImport(ctx, input.rows).report };
  },

  /** Refused unless every row is `ok` and the account still gives the report the admin saw. */
  'users.importApply'(input, ctx) {
    const { report, users } = checkUserImport(ctx, input.rows);
    if (report.digest !== input.digest) return failure('conflict', 'imports.errors.changedSinceCheck');
    if (users.length !== input.rows.length) return failure('conflict', 'access.errors.importNotClean', { count: input.rows.length - users.length });
    const changes: Change[] = [];
    for (const n of users) {
      const user = created(ctx, n);
      const facts = { firstName: text(user.firstName), lastName: text(user.lastName), email: text(user.email), ...roleFacts(ctx.tables.roles, user), status: enumOf('status', user.status), products: productsValue(user.products) };
      changes.push(auditChange(ctx, 'user.created', { type: 'user', id: user.id }, null, facts), ...invite(ctx, user, 'user.invitation.sent').changes);
    }
    return { ok: true, value: { invited: users.length }, changes };
  },
};
