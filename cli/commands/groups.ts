/** `groups list|create|add-members|remove-members`: groups of people and the licences they give (needs Manage users). */
import { formatOption, UsageError, type Values } from '../args.ts';
import type { CommandGroup, Subcommand } from '../command.ts';
import { emit, toCsv, toJson } from '../output.ts';
import { listUsers, type Cli } from '../session.ts';

/** The group named (any case, spaces aside), or a usage error naming what exists. */
async function groupNamed(cli: Cli, name: string | undefined) {
  if (!name) throw new UsageError('name the group first');
  const { groups } = await cli.call('groups.list', {});
  const wanted = name.trim().toLocaleLowerCase('en');
  const group = groups.find((g) => g.name.trim().toLocaleLowerCase('en') === wanted);
  if (!group) throw new UsageError(`no group is called "${name}" (groups: ${groups.map((g) => g.name).join(', ') || 'none'})`);
  return group;
}

/** The users with these emails, each found, or a usage error naming the first one that is not. */
export async function usersByEmail(cli: Cli, emails: string[]): Promise<string[]> {
  if (!emails.length) throw new UsageError('give at least one email');
  const users = await listUsers(cli);
  return emails.map((email) => {
    const user = users.find((u) => u.email.toLowerCase() === email.trim().toLowerCase());
    if (!user) throw new UsageError(`no user has the email "${email}"`);
    return user.id;
  });
}

function members(action: 'add' | 'remove'): Subcommand {
  const channel = action === 'add' ? 'groups.addMembers' : 'groups.removeMembers';
  return {
    options: { 'remove-from-queues': { type: 'boolean' } },
    help: `Usage: account-admin groups ${action}-members <group> <email>... ${action === 'remove' ? '[--remove-from-queues]' : ''}

${action === 'add' ? 'Adds the people to the group: each then holds the group’s products. All or nothing: refused when the seats do not cover it.' : 'Takes the people out of the group: they lose what it gave them, unless they hold it directly or through another group.\n--remove-from-queues also takes anyone losing Business Phone out of their Contact Center queues.'}
Needs the Manage users permission.`,
    async run(cli: Cli, values: Values, positionals: string[]) {
      const [name, ...emails] = positionals;
      const group = await groupNamed(cli, name);
      const userIds = await usersByEmail(cli, emails);
      const result = await cli.call(channel, { groupId: group.id, userIds, alsoRemoveFromQueues: values['remove-from-queues'] === true });
      const seats = result.plan.products.map((p) => `  ${p.name}: ${p.assignedBefore} → ${p.assignedAfter} of ${p.seats} seats`);
      emit(values, [`${result.group?.name ?? group.name}: ${result.group?.members.length ?? 0} member(s)`, ...seats].join('\n') + '\n');
    },
  };
}

export const groupsCommands: CommandGroup = {
  name: 'groups',
  summary: 'list, create and fill groups of people (their products go to every member)',
  subcommands: {
    list: {
      options: { format: { type: 'string' }, out: { type: 'string' } },
      help: `Usage: account-admin groups list [--format json|csv] [--out <file>]

Every group: its name, members (by email) and products. Needs the Manage users permission.`,
      async run(cli, values) {
        const format = formatOption(values, ['json', 'csv'] as const);
        const { groups } = await cli.call('groups.list', {});
        if (format === 'json') return emit(values, toJson(groups), 'json');
        const rows = groups.map((g) => [g.name, g.members.map((m) => m.email).join('; '), g.products.map((p) => p.productId).join('; ')]);
        emit(values, toCsv(['name', 'members', 'products'], rows), 'csv');
      },
    },
    create: {
      options: {},
      help: `Usage: account-admin groups create <name>

Creates an empty group (1–60 characters, a name no other group has). Needs the Manage users permission.`,
      async run(cli, values, positionals) {
        const name = positionals.join(' ');
        if (!name.trim()) throw new UsageError('name the group');
        const group = await cli.call('groups.create', { name });
        emit(values, `created ${group.name}\n`);
      },
    },
    'add-members': members('add'),
    'remove-members': members('remove'),
  },
};
