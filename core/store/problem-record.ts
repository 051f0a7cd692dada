/**
 * Damage found on start stays reported until an administrator has seen it: the problems are kept in
 * a record file in the data folder (`problems.json`, written atomically, owner-only) and cleared only
 * by an explicit acknowledgement (the `store.acknowledgeProblems` channel). Without it, the next start
 * would find the damaged file already moved aside and show nothing while the data is still missing.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { StoreProblem } from '../ports/store.ts';
import { syncDir } from './journal.ts';
import { FILE_MODE } from './modes.ts';

export const PROBLEM_RECORD = 'problems.json';

/** Damage is persistent; a lock or a newer file is found again on each start. */
export const persists = (problem: StoreProblem) => problem.kind === 'corrupt_file' || problem.kind === 'corrupt_journal';

function isProblem(value: unknown): value is StoreProblem {
  const p = value as Partial<StoreProblem> | null;
  return !!p && typeof p.file === 'string' && typeof p.detail === 'string' && (p.kind === 'corrupt_file' || p.kind === 'corrupt_journal');
}

/** The problems recorded by earlier starts; an unreadable record is itself reported, never dropped. */
export function readProblemRecord(dir: string): StoreProblem[] {
  const file = path.join(dir, PROBLEM_RECORD);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  try {
    const parsed = JSON.parse(text) as { problems?: unknown };
    if (Array.isArray(parsed.problems) && parsed.problems.every(isProblem)) return parsed.problems;
  } catch {
    // reported below
  }
  return [{ kind: 'corrupt_file', file, detail: 'the record of earlier problems is unreadable; it was left as it is' }];
}

/** Writes the record atomically (temp file, fsync, rename); an empty list removes it. */
export function writeProblemRecord(dir: string, problems: readonly StoreProblem[]): void {
  const file = path.join(dir, PROBLEM_RECORD);
  if (problems.length === 0) {
    fs.rmSync(file, { force: true });
  } else {
    const temp = `${file}.tmp`;
    const fd = fs.openSync(temp, 'w', FILE_MODE);
    try {
      fs.writeSync(fd, `${JSON.stringify({ problems }, null, 2)}\n`);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, file);
  }
  syncDir(dir);
}
