/**
 * The write-ahead journal: one line per command, appended and fsync'd before the command is
 * acknowledged. A torn last line (a crash mid-append) was never acknowledged and is cut off on start;
 * any other damage is kept and reported (readJournals).
 * Written by hand: no maintained package offers an fsync'd, checksummed NDJSON append log.
 */
import fs from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import type { Change } from '../model/changes.ts';
import { wallStamp } from '../adapters/system.ts';
import { FILE_MODE } from './modes.ts';

export interface JournalEntry {
  seq: number;
  changes: Change[];
}

const JOURNAL_FILE = /^journal-(\d+)\.ndjson$/;

export function journalName(firstSeq: number): string {
  return `journal-${String(firstSeq).padStart(12, '0')}.ndjson`;
}

/** The sequence number a journal file was started at (its name), or undefined for another file. */
export function journalFirstSeq(file: string): number | undefined {
  const match = JOURNAL_FILE.exec(file);
  return match ? Number(match[1]) : undefined;
}

export function encodeEntry(entry: JournalEntry): string {
  const body = JSON.stringify(entry);
  return `${crc32(body).toString(16)} ${body}\n`;
}

/** One line (without its newline) as an entry, or null when its checksum or JSON does not hold. */
function decodeLine(line: Buffer): JournalEntry | null {
  const space = line.indexOf(0x20);
  if (space < 0) return null;
  const body = line.subarray(space + 1);
  // The checksum is over the body's UTF-8 bytes (encodeEntry's crc32 of a string encodes it so).
  if (crc32(body).toString(16) !== line.toString('latin1', 0, space)) return null;
  try {
    return JSON.parse(body.toString('utf8')) as JournalEntry;
  } catch {
    return null;
  }
}

/**
 * Whether an unterminated last line can be a torn write: a crash mid-append leaves a prefix of the
 * line (maybe with zeros after it), never a whole entry followed by other bytes. A whole entry
 * followed by something else is a damaged newline: an acknowledged command, not a torn write.
 */
function isTorn(tail: Buffer): boolean {
  let end = tail.length;
  for (let tries = 0; tries < 3; tries++) {
    const brace = tail.lastIndexOf(0x7d, end - 1); // '}'
    if (brace < 0) return true;
    if (brace + 1 < tail.length && decodeLine(tail.subarray(0, brace + 1))) return false;
    end = brace;
  }
  return true;
}

export interface JournalRead {
  entries: JournalEntry[];
  files: string[];
  /**
   * A damaged line: the journal is moved aside untouched (with any later one) and the commands from
   * that line on are not replayed. `lost` counts the lines from the damaged one to the end of that
   * file, `total` the file's lines.
   */
  corrupt?: { file: string; movedTo: string; line: number; lost: number; total: number; laterFiles: string[] };
}

function lineCount(bytes: Buffer, from: number): number {
  let count = 0;
  for (let at = from; at < bytes.length; count++) {
    const end = bytes.indexOf(0x0a, at);
    at = end < 0 ? bytes.length : end + 1;
  }
  return count;
}

/** What one journal file holds: its entries up to a torn tail (cut at `tornAt`) or a damaged line. */
export interface JournalScan {
  entries: JournalEntry[];
  tornAt?: number;
  damaged?: { line: number; lost: number; total: number };
}

/**
 * Reads one journal file's bytes (pure). Only an unterminated last line of the last file is a torn
 * write (never acknowledged: the writer fsyncs a whole line before answering); any other line that
 * does not check out is damage.
 */
export function scanJournal(bytes: Buffer, last: boolean): JournalScan {
  const entries: JournalEntry[] = [];
  let offset = 0;
  let lineNo = 0;
  while (offset < bytes.length) {
    const end = bytes.indexOf(0x0a, offset);
    const line = bytes.subarray(offset, end < 0 ? bytes.length : end);
    const entry = end < 0 ? null : decodeLine(line);
    lineNo++;
    if (!entry) {
      if (end < 0 && last && isTorn(line)) return { entries, tornAt: offset };
      const lost = lineCount(bytes, offset);
      return { entries, damaged: { line: lineNo, lost, total: lineNo - 1 + lost } };
    }
    entries.push(entry);
    offset = end + 1;
  }
  return { entries };
}

/**
 * Reads every journal file in order: a torn tail is cut off; a damaged journal is moved aside
 * untouched (with any later one, which builds on it), reported, and nothing from its damaged line on
 * is replayed. `stamp` names the copies aside.
 */
export function readJournals(dir: string, stamp = wallStamp()): JournalRead {
  const files = fs
    .readdirSync(dir)
    .filter((f) => JOURNAL_FILE.test(f))
    .sort();
  const entries: JournalEntry[] = [];
  for (const [index, file] of files.entries()) {
    const full = path.join(dir, file);
    const scan = scanJournal(fs.readFileSync(full), index === files.length - 1);
    entries.push(...scan.entries);
    if (scan.tornAt !== undefined) fs.truncateSync(full, scan.tornAt);
    if (scan.damaged) {
      const movedTo = `${full}.corrupt-${stamp}`;
      fs.renameSync(full, movedTo);
      const laterFiles: string[] = [];
      for (const later of files.slice(index + 1)) {
        const aside = `${path.join(dir, later)}.after-corrupt-${stamp}`;
        fs.renameSync(path.join(dir, later), aside);
        laterFiles.push(aside);
      }
      return { entries, files: files.slice(0, index), corrupt: { file: full, movedTo, ...scan.damaged, laterFiles } };
    }
  }
  return { entries, files };
}

/** An open journal file that appends durably. */
export class JournalWriter {
  private fd: number;
  bytes = 0;
  entries = 0;

  constructor(
    readonly dir: string,
    readonly file: string,
  ) {
    this.fd = fs.openSync(path.join(dir, file), 'a', FILE_MODE);
    this.bytes = fs.fstatSync(this.fd).size;
  }

  /** Appends one line; `sync: false` leaves it to a later `sync()` (a batch acknowledged as a whole). */
  append(entry: JournalEntry, sync = true): void {
    const line = encodeEntry(entry);
    fs.writeSync(this.fd, line);
    if (sync) fs.fsyncSync(this.fd);
    this.bytes += Buffer.byteLength(line);
    this.entries++;
  }

  sync(): void {
    fs.fsyncSync(this.fd);
  }

  close(): void {
    fs.closeSync(this.fd);
  }
}

/** fsync a directory so that renames and new files in it survive a power cut (no-op where unsupported). */
export function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Windows cannot open a directory for fsync; NTFS journals metadata itself.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
