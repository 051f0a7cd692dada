/**
 * The write-ahead journal: one line per command, appended and fsync'd before the command is
 * acknowledged. A torn last line (a crash mid-append) was never acknowledged and is cut off on start.
 * Written by hand: no maintained package offers an fsync'd, checksummed NDJSON append log.
 */
import fs from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import type { Change } from '../model/changes.ts';
import { wallStamp } from '../adapters/system.ts';

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

function decodeLine(line: string): JournalEntry | null {
  const space = line.indexOf(' ');
  if (space < 0) return null;
  const body = line.slice(space + 1);
  if (crc32(body).toString(16) !== line.slice(0, space)) return null;
  try {
    return JSON.parse(body) as JournalEntry;
  } catch {
    return null;
  }
}

export interface JournalRead {
  entries: JournalEntry[];
  files: string[];
  /** A damaged line that was not the last one: the file is moved aside. */
  corrupt?: { file: string; movedTo: string; line: number };
}

/** Reads every journal file in order, cutting a torn tail off the last one. */
export function readJournals(dir: string): JournalRead {
  const files = fs
    .readdirSync(dir)
    .filter((f) => JOURNAL_FILE.test(f))
    .sort();
  const entries: JournalEntry[] = [];
  for (const [index, file] of files.entries()) {
    const full = path.join(dir, file);
    const text = fs.readFileSync(full, 'utf8');
    let offset = 0;
    let lineNo = 0;
    while (offset < text.length) {
      const end = text.indexOf('\n', offset);
      const line = end < 0 ? text.slice(offset) : text.slice(offset, end);
      const entry = end < 0 ? null : decodeLine(line);
      lineNo++;
      if (!entry) {
        const isTail = index === files.length - 1 && (end < 0 || text.indexOf('\n', end + 1) < 0);
        if (isTail) {
          fs.truncateSync(full, Buffer.byteLength(text.slice(0, offset)));
          break;
        }
        const movedTo = `${full}.corrupt-${wallStamp()}`;
        fs.renameSync(full, movedTo);
        // Later journals build on the damaged one: keep them aside too, never replay or delete them.
        for (const later of files.slice(index + 1)) fs.renameSync(path.join(dir, later), `${path.join(dir, later)}.after-corrupt-${wallStamp()}`);
        return { entries, files: files.slice(0, index), corrupt: { file: full, movedTo, line: lineNo } };
      }
      entries.push(entry);
      offset = end + 1;
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
    this.fd = fs.openSync(path.join(dir, file), 'a');
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
