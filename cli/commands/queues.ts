/** `queues list|create|rename|delete|add-member|remove-member`: Contact Center queues (needs Manage users). */
import { formatOption, stringOption, UsageError, type Values } from '../args.ts';
import type { CommandGroup } from '../command.ts';
import { emit, toCsv, toJson } from '../output.ts';
import type { Cli } from '../session.ts';
import { queuesOf } from '../../core/schemas/queues.ts';
import { usersByEmail } from './groups.ts';

const KINDS = ['call', 'inbound', 'outbound'] as const;
const ROLES = ['agent', 'supervisor'] as const;

/** The queue named (any case, spaces aside), or a usage error naming what exists. */
async function queueNamed(cli: Cli, name: string | undefined) {
  if (!name) throw new UsageError('name the queue first');
  const queues = queuesOf(await cli.call('queues.list', {}));
  const wanted = name.trim().toLocaleLowerCase('en');
  const queue = queues.find((q) => q.name.trim().toLocaleLowerCase('en') === wanted);
  if (!queue) throw new UsageError(`no queue is called "${name}" (queues: ${queues.map((q) => q.name).join(', ') || 'none'})`);
  return queue;
}

function choice<C extends string>(values: Values, option: string, allowed: readonly C[]): C {
  const value = stringOption(values, option) ?? allowed[0]!;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${option} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as C;
}

const members = (q: { supervisors: unknown[]; agents: unknown[] }) => `${q.supervisors.length} supervisor(s), ${q.agents.length} agent(s)`;

export const queuesCommands: CommandGroup = {
  name: 'queues',
  summary: 'list, create, rename and delete Contact Center queues; add and remove their members',
  subcommands: {
    list: {
      options: { format: { type: 'string' }, out: { type: 'string' } },
      help: `Usage: account-admin queues list [--format json|csv] [--out <file>]

Every queue: its kind, name, supervisors and agents (by email). Needs the Manage users permission.`,
      async run(cli, values) {
        const format = formatOption(values, ['json', 'csv'] as const);
        const queues = queuesOf(await cli.call('queues.list', {}));
        if (format === 'json') return emit(values, toJson(queues), 'json');
        const rows = queues.map((q) => [q.kind, q.name, q.supervisors.map((m) => m.email).join('; '), q.agents.map((m) => m.email).join('; ')]);
        emit(values, toCsv(['kind', 'name', 'supervisors', 'agents'], rows), 'csv');
      },
    },
    create: {
      options: { kind: { type: 'string' } },
      help: `Usage: account-admin queues create <name> [--kind call|inbound|outbound]

Creates an empty queue (call by default; 1–60 characters, a name no other queue has). Needs the Manage users permission.`,
      async run(cli, values, positionals) {
        const name = positionals.join(' ');
        if (!name.trim()) throw new UsageError('name the queue');
        const queue = await cli.call('queues.create', { kind: choice(values, 'kind', KINDS), name });
        emit(values, `created ${queue.name} (${queue.kind})\n`);
      },
    },
    rename: {
      options: {},
      help: `Usage: account-admin queues rename <queue> <new name>

Renames a queue (quote a name with spaces). Needs the Manage users permission.`,
      async run(cli, values, positionals) {
        const [name, ...rest] = positionals;
        const queue = await queueNamed(cli, name);
        if (!rest.join(' ').trim()) throw new UsageError('give the new name');
        const renamed = await cli.call('queues.rename', { queueId: queue.id, name: rest.join(' ') });
        emit(values, `renamed ${queue.name} to ${renamed.name}\n`);
      },
    },
    delete: {
      options: {},
      help: `Usage: account-admin queues delete <queue>

Deletes a queue: its members just leave it; the licences they hold stay. Needs the Manage users permission.`,
      async run(cli, values, positionals) {
        const queue = await queueNamed(cli, positionals.join(' '));
        const deleted = await cli.call('queues.delete', { queueId: queue.id });
        emit(values, `deleted ${deleted.name}: ${deleted.membersLeft} member(s) left it\n`);
      },
    },
    'add-member': {
      options: { role: { type: 'string' } },
      help: `Usage: account-admin queues add-member <queue> <email>... [--role agent|supervisor]

Adds the people to the queue (as agents by default). Each must hold the Contact Center licence, directly
or through a group: all or nothing. Needs the Manage users permission.`,
      async run(cli, values, positionals) {
        const [name, ...emails] = positionals;
        const queue = await queueNamed(cli, name);
        const userIds = await usersByEmail(cli, emails);
        const after = await cli.call('queues.addMembers', { queueId: queue.id, userIds, role: choice(values, 'role', ROLES) });
        emit(values, `${after.name}: ${members(after)}\n`);
      },
    },
    'remove-member': {
      options: {},
      help: `Usage: account-admin queues remove-member <queue> <email>

Takes one person out of the queue. Their last queue going frees their Contact Center licence, unless a
group still gives it. Needs the Manage users permission.`,
      async run(cli, values, positionals) {
        const [name, email, ...rest] = positionals;
        if (rest.length) throw new UsageError('one email at a time');
        const queue = await queueNamed(cli, name);
        const [userId] = await usersByEmail(cli, email ? [email] : []);
        const left = await cli.call('queues.removeMember', { queueId: queue.id, userId: userId! });
        const seat = left.keptThrough.length ? `Contact Center kept through ${left.keptThrough.map((g) => g.name).join(', ')}` : left.licenceFreed ? 'Contact Center licence freed' : 'Contact Center licence kept';
        emit(values, `${left.queue.name}: ${members(left.queue)}; ${seat}\n`);
      },
    },
  },
};
