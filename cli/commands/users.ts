/** `users list`: every user, as the People table has them; invitations and resets (needs Manage users). */
import { listUsers } from '../session.ts';
import { formatOption } from '../args.ts';
import type { CommandGroup } from '../command.ts';
import { emit, toCsv, toJson } from '../output.ts';
import { accessSubcommands } from './users-access.ts';

export const usersCommands: CommandGroup = {
  name: 'users',
  summary: 'list users (JSON or CSV), invite, resend an invitation, send a password reset',
  subcommands: {
    list: {
      options: { format: { type: 'string' }, out: { type: 'string' } },
      help: `Usage: account-admin users list [--format json|csv] [--out <file>]

Every user of the account, by email: email, names, role, billing contact, status and products.
Needs the Manage users permission.`,
      async run(cli, values) {
        const format = formatOption(values, ['json', 'csv'] as const);
        const users = (await listUsers(cli)).sort((a, b) => a.email.localeCompare(b.email));
        if (format === 'json') return emit(values, toJson(users), 'json');
        const rows = users.map((u) => [u.email, u.firstName, u.lastName, u.role, u.customRoleName ?? '', u.billingContact, u.status, u.products.join('; ')]);
        emit(values, toCsv(['email', 'firstName', 'lastName', 'role', 'customRole', 'billingContact', 'status', 'products'], rows), 'csv');
      },
    },
    ...accessSubcommands,
  },
};
