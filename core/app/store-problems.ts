/** The store's problems as the banner shows them: what data is missing, in words the UI translates. */
import type { StoreProblem } from '../ports/store.ts';
import type { STORE_PARTS } from '../schemas/app.ts';

type Part = (typeof STORE_PARTS)[number];

const SIMPLE: readonly Part[] = ['account', 'carts', 'notices', 'views', 'subscriptions', 'queues', 'groups'];

/** `users-03.json` → users; `billing-2026.json` → billing 2026; `audit-2026-11.2.json` → audit 2026-11. */
export function missingPart(problem: StoreProblem): { part: Part; period?: string } | undefined {
  if (problem.kind === 'corrupt_journal') return { part: 'journal' };
  if (problem.kind !== 'corrupt_file') return undefined;
  const name = (problem.file.split(/[\\/]/).pop() ?? '').replace(/\.json$/, '');
  if (name === 'problems') return { part: 'record' };
  if ((SIMPLE as readonly string[]).includes(name)) return { part: name as Part };
  if (/^users-\d{2}$/.test(name)) return { part: 'users' };
  const dated = /^(billing|audit|outbox)-(\d{4}(?:-\d{2})?)(?:\.\d+)?$/.exec(name);
  if (dated) return { part: dated[1] as Part, period: dated[2]! };
  return { part: 'other' };
}

export function problemView(problem: StoreProblem) {
  const missing = missingPart(problem);
  return { ...problem, ...(missing ? { missing } : {}) };
}
