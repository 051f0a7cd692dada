/** `licences list` (one row per user and product, with its features) and `licences import`. */
import { listUsers } from '../session.ts';
import { formatOption } from '../args.ts';
import type { CommandGroup } from '../command.ts';
import { emit, toCsv, toJson } from '../output.ts';
import { importCommand } from './licences-import.ts';

/** Features as the import's features cell writes them: `name=on; other=off`. */
const featuresCell = (features: Record<string, boolean>) =>
  Object.entries(features)
    .map(([name, on]) => `${name}=${on ? 'on' : 'off'}`)
    .join('; ');

export const licencesCommands: CommandGroup = {
  name: 'licences',
  summary: 'list licences (JSON or CSV); import a licence CSV (with --dry-run)',
  subcommands: {
    list: {
      options: { format: { type: 'string' }, out: { type: 'string' } },
      help: `Usage: account-admin licences list [--format json|csv] [--out <file>]

One row per user and product, with the licence's features. The CSV has the import's columns
(email, product, features, action), so it can be edited and fed back to \`licences import\`.
Needs the Manage users permission.`,
      async run(cli, values) {
        const format = formatOption(values, ['json', 'csv'] as const);
        const users = (await listUsers(cli)).sort((a, b) => a.email.localeCompare(b.email));
        type Row = { email: string; userId: string; product: string; features: Record<string, boolean>; assignedAt: string | null; direct: boolean; via: string[] };
        const rows: Row[] = [];
        for (const user of users.filter((u) => u.products.length > 0)) {
          const detail = await cli.call('users.get', { userId: user.id });
          for (const p of detail.products) rows.push({ email: user.email, userId: user.id, product: p.productId, features: p.features, assignedAt: p.assignedAt ?? null, direct: p.direct, via: p.via.map((g) => g.name) });
        }
        if (format === 'json') return emit(values, toJson(rows), 'json');
        // The CSV feeds \`licences import\`, which gives licences directly: a licence only a group gives is left out.
        const direct = rows.filter((r) => r.direct);
        emit(values, toCsv(['email', 'product', 'features', 'action'], direct.map((r) => [r.email, r.product, featuresCell(r.features), 'assign'])), 'csv');
      },
    },
    import: importCommand,
  },
};
