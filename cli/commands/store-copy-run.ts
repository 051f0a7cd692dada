/** The work of `store copy` (cli/commands/store-copy.ts), loaded only when that command runs. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Store } from '../../core/ports/store.ts';
import { FileStore } from '../../core/store/file-store.ts';
import { MemoryStore } from '../../core/store/memory-store.ts';
import { PgStore } from '../../core/store/pg/pg-store.ts';
import { describeUrl } from '../../core/store/pg/pg-errors.ts';
import { transfer, TransferRefused } from '../../core/store/transfer.ts';
import { stringOption, UsageError, type Values } from '../args.ts';
import { Refused } from '../errors.ts';

const isUrl = (spec: string) => /^postgres(ql)?:\/\//.test(spec);

interface Endpoint {
  store: Store;
  name: string;
  close(): Promise<void>;
}

async function openEndpoint(spec: string, role: 'source' | 'target', dryRun: boolean): Promise<Endpoint> {
  if (isUrl(spec)) {
    // The transfer reads and writes the server itself; a throwaway local copy serves only this run.
    const copyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-store-copy-'));
    const store = await PgStore.open({ url: spec, localCopyDir: copyDir, log: () => undefined });
    return { store, name: describeUrl(spec), close: async () => {
      await store.close();
      fs.rmSync(copyDir, { recursive: true, force: true });
    } };
  }
  const dir = path.resolve(spec);
  if (role === 'source' && !fs.existsSync(dir)) throw new UsageError(`no data folder at ${dir}`);
  // A dry run creates nothing: a folder that does not exist yet is an empty target.
  if (dryRun && !fs.existsSync(dir)) return { store: new MemoryStore(), name: `${dir} (new)`, close: async () => undefined };
  const store = new FileStore({ dir });
  return { store, name: dir, close: () => store.close() };
}

function refuse(message: string): never {
  throw new Refused({ code: 'conflict', key: 'cli.storeCopy.refused', message });
}

export async function storeCopy(values: Values): Promise<void> {
  const from = stringOption(values, 'from');
  const to = stringOption(values, 'to');
  if (!from || !to) throw new UsageError('store copy needs --from and --to (a data folder or a postgres:// URL)');
  const dryRun = values['dry-run'] === true;
  const source = await openEndpoint(from, 'source', dryRun);
  try {
    const target = await openEndpoint(to, 'target', dryRun);
    try {
      const report = await transfer(source.store, target.store, { dryRun }).catch((error: unknown) => {
        if (error instanceof TransferRefused) refuse(error.message);
        throw error;
      });
      const lines = Object.entries(report.counts).map(([coll, n]) => `  ${coll.padEnd(16)} ${String(n).padStart(8)}`);
      const verdict = dryRun ? `dry run: ${report.total} records would be copied; nothing was written` : `copied ${report.total} records`;
      process.stdout.write(`${source.name} → ${target.name}\n${lines.join('\n')}\n${verdict}\n`);
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
}
