import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDirs } from '../testing/temp-dirs.ts';
import { del, put } from '../model/changes.ts';
import type { AuditEntry } from '../model/records.ts';
import { FileStore } from './file-store.ts';
import { encodeEntry, journalFirstSeq, journalName, JournalWriter, readJournals, scanJournal, type JournalEntry } from './journal.ts';

const tempDir = tempDirs('aa-journal-', afterEach);

const audit = (n: number): AuditEntry => ({
  id: `aud_${n}`,
  at: '2026-11-01T00:00:00.000Z',
  actorId: null,
  action: 'test',
  targetType: 'test',
  targetId: String(n),
  before: null,
  // Multi-byte text: offsets in the file are bytes, not characters.
  after: { n, note: `entrée n°${n} — 漢字 🎉` },
});
const entry = (seq: number): JournalEntry => ({ seq, changes: [put('audit', `aud_${seq}`, audit(seq))] });

/** Writes entries through the real writer (append + fsync), one journal file. */
function writeJournal(dir: string, firstSeq: number, count: number): string {
  const file = journalName(firstSeq);
  const writer = new JournalWriter(dir, file);
  for (let seq = firstSeq; seq < firstSeq + count; seq++) writer.append(entry(seq));
  writer.close();
  return path.join(dir, file);
}

/** Byte offset where line `index` (0-based) starts. */
function lineStart(buffer: Buffer, index: number): number {
  let offset = 0;
  for (let i = 0; i < index; i++) offset = buffer.indexOf(0x0a, offset) + 1;
  return offset;
}

describe('journal encoding', () => {
  it('encodes one checksummed line per entry and reads the entries back in order across files', () => {
    const dir = tempDir();
    const line = encodeEntry(entry(1));
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
    expect(line).toMatch(/^[0-9a-f]+ \{/);

    writeJournal(dir, 1, 3);
    writeJournal(dir, 4, 2);
    const read = readJournals(dir);
    expect(read.entries).toEqual([1, 2, 3, 4, 5].map(entry));
    expect(read.files).toEqual([journalName(1), journalName(4)]);
    expect(read.corrupt).toBeUndefined();
  });

  it('names journals so that they sort by sequence number, and reads the number back', () => {
    const names = [10, 9, 1_000_000, 100].map(journalName);
    expect([...names].sort()).toEqual([9, 10, 100, 1_000_000].map(journalName));
    expect(names.map(journalFirstSeq)).toEqual([10, 9, 1_000_000, 100]);
    expect(journalFirstSeq(`${journalName(7)}.corrupt-123`)).toBeUndefined();
    expect(journalFirstSeq('audit-2026-11.json')).toBeUndefined();
  });

  it('moves a journal aside and reports it when a middle line has a flipped bit, keeping the entries before it', () => {
    const dir = tempDir();
    const full = writeJournal(dir, 1, 5);
    const original = fs.readFileSync(full);
    // Flip one bit inside the third line's JSON body, in a string: the line still parses as JSON,
    // so only the checksum can tell.
    const bytes = Buffer.from(original);
    const at = bytes.indexOf('"action":"test"', lineStart(bytes, 2)) + '"action":"'.length;
    bytes[at] = bytes[at]! ^ 0x01; // 't' -> 'u'
    fs.writeFileSync(full, bytes);
    const flipped = bytes.toString('utf8').split('\n')[2]!;
    expect(() => JSON.parse(flipped.slice(flipped.indexOf(' ') + 1))).not.toThrow();

    const read = readJournals(dir);
    expect(read.entries).toEqual([entry(1), entry(2)]);
    expect(read.corrupt).toMatchObject({ file: full, line: 3 });
    expect(read.corrupt!.movedTo).toMatch(/\.corrupt-\d+$/);
    expect(fs.existsSync(full)).toBe(false);
    // Moved aside untouched, never rewritten or truncated.
    expect(fs.readFileSync(read.corrupt!.movedTo)).toEqual(bytes);
    // And it is not read again as a journal.
    expect(readJournals(dir)).toEqual({ entries: [], files: [] });
  });

  it('treats a damaged line as corruption when a later journal follows, even at the end of its file', () => {
    const dir = tempDir();
    const first = writeJournal(dir, 1, 2);
    fs.appendFileSync(first, encodeEntry(entry(3)).slice(0, 40));
    writeJournal(dir, 4, 1);
    const read = readJournals(dir);
    expect(read.corrupt).toMatchObject({ file: first, line: 3 });
    expect(read.entries).toEqual([entry(1), entry(2)]);
  });

  it('reports a middle line through the store as a corrupt_journal problem', () => {
    const dir = tempDir();
    const a = new FileStore({ dir, foldDelayMs: 0 });
    for (let n = 1; n <= 3; n++) a.commitSync([put('audit', `aud_${n}`, audit(n))]);
    const full = path.join(dir, journalName(1));
    const bytes = fs.readFileSync(full);
    bytes[lineStart(bytes, 1) + 3] = bytes[lineStart(bytes, 1) + 3]! ^ 0x04;
    fs.writeFileSync(full, bytes);

    const b = new FileStore({ dir, foldDelayMs: 0 });
    expect(b.problems).toHaveLength(1);
    expect(b.problems[0]).toMatchObject({ kind: 'corrupt_journal', file: full });
    expect(fs.existsSync(b.problems[0]!.movedTo!)).toBe(true);
    expect([...b.tables.audit.keys()]).toEqual(['aud_1']);
  });

  it('cuts a torn last line (a crash mid-append) to the byte, keeps earlier entries, and reports nothing', () => {
    const dir = tempDir();
    const full = writeJournal(dir, 1, 3);
    const whole = fs.readFileSync(full);
    const torn = encodeEntry(entry(4));
    for (const cut of [1, 9, Math.floor(torn.length / 2), torn.length - 1]) {
      fs.writeFileSync(full, Buffer.concat([whole, Buffer.from(torn.slice(0, cut))]));
      const read = readJournals(dir);
      expect(read.corrupt).toBeUndefined();
      expect(read.entries).toEqual([entry(1), entry(2), entry(3)]);
      expect(fs.readFileSync(full)).toEqual(whole);
    }
    // Appending after the cut gives a clean journal again.
    const writer = new JournalWriter(dir, journalName(1));
    writer.append(entry(4));
    writer.close();
    expect(readJournals(dir).entries).toEqual([1, 2, 3, 4].map(entry));
  });

  it('cuts a torn tail in the last of several journals', () => {
    const dir = tempDir();
    writeJournal(dir, 1, 2);
    const last = writeJournal(dir, 3, 1);
    fs.appendFileSync(last, encodeEntry(entry(4)).slice(0, 25));
    const read = readJournals(dir);
    expect(read.corrupt).toBeUndefined();
    expect(read.entries).toEqual([1, 2, 3].map(entry));
  });

  it('counts an empty journal started by a fold with nothing to write, so a later torn tail is still a tail', () => {
    const dir = tempDir();
    const a = new FileStore({ dir, foldDelayMs: 0 });
    a.commitSync([put('audit', 'aud_1', audit(1))]);
    a.fold();
    a.commitSync([del('users', 'usr_nobody')]); // changes no partition
    a.fold(); // writes nothing, starts journal 3
    expect(fs.readdirSync(dir).filter((f) => journalFirstSeq(f) !== undefined)).toEqual([journalName(3)]);

    // Crash, restart, two commands, crash in the middle of the third append.
    const b = new FileStore({ dir, foldDelayMs: 0 });
    b.commitSync([put('audit', 'aud_2', audit(2))]);
    b.commitSync([put('audit', 'aud_3', audit(3))]);
    const journals = fs.readdirSync(dir).filter((f) => journalFirstSeq(f) !== undefined);
    // No sequence number is used twice and the journal being written is the last one.
    expect(readJournals(dir).entries.map((e) => e.seq)).toEqual([3, 4]);
    expect(journals).toEqual([journalName(3)]);
    fs.appendFileSync(path.join(dir, journals.at(-1)!), encodeEntry(entry(5)).slice(0, 30));

    const c = new FileStore({ dir, foldDelayMs: 0 });
    expect(c.problems).toEqual([]);
    expect([...c.tables.audit.keys()].sort()).toEqual(['aud_1', 'aud_2', 'aud_3']);
  });
});

describe('nothing acknowledged is lost silently', () => {
  /** Damages of the byte at `at`: one bit (a different one from byte to byte), all bits, a newline, a brace. */
  const damages = (byte: number) => [...[0, 1, 2, 3, 4, 5, 6, 7].map((bit) => byte ^ (1 << bit)), byte ^ 0xff, 0x0a, 0x00, 0x7d].filter((b, i, all) => b !== byte && all.indexOf(b) === i);

  it('either replays exactly the acknowledged commands, or names the damage (any byte of the last lines)', () => {
    const dir = tempDir();
    const count = 4;
    const whole = fs.readFileSync(writeJournal(dir, 1, count)); // every line fsync'd: all four acknowledged
    const acknowledged = [1, 2, 3, 4].map(entry);
    let runs = 0;
    let reported = 0;
    // The last two lines, every position, including their newlines.
    for (let at = lineStart(whole, count - 2); at < whole.length; at++) {
      for (const value of damages(whole[at]!)) {
        const damaged = Buffer.from(whole);
        damaged[at] = value;
        const scan = scanJournal(damaged, true);
        runs++;
        expect(scan.tornAt, `byte ${at} → ${value}`).toBeUndefined();
        if (!scan.damaged) {
          expect(scan.entries, `byte ${at} → ${value}`).toEqual(acknowledged);
          continue;
        }
        reported++;
        expect(scan.entries).toEqual(acknowledged.slice(0, scan.entries.length));
        // Lines from the damaged one on (a newline written into a line makes two, a lost one merges two).
        expect(scan.damaged.lost, `byte ${at} → ${value}`).toBeGreaterThanOrEqual(1);
      }
    }
    expect(runs).toBeGreaterThan(2000);
    // The checksum lets no damage of one byte through.
    expect(reported).toBe(runs);
  }, 60_000);

  it('keeps a journal damaged in its last line aside byte for byte, and reads it no more', () => {
    for (const at of [-1, -2, -10, -60]) {
      const dir = tempDir();
      const full = writeJournal(dir, 1, 3);
      const bytes = fs.readFileSync(full);
      bytes[bytes.length + at] = bytes[bytes.length + at]! ^ 0x01;
      fs.writeFileSync(full, bytes);
      const read = readJournals(dir, 7);
      expect(read.entries).toEqual([entry(1), entry(2)]);
      expect(read.corrupt).toMatchObject({ file: full, line: 3, lost: 1, movedTo: `${full}.corrupt-7` });
      expect(fs.readFileSync(read.corrupt!.movedTo)).toEqual(bytes);
      expect(readJournals(dir)).toEqual({ entries: [], files: [] });
    }
  });

  it('reports a damaged last line through the store, with what was lost and where the damaged copy is', () => {
    const dir = tempDir();
    const a = new FileStore({ dir, foldDelayMs: 0 });
    for (let n = 1; n <= 3; n++) a.commitSync([put('audit', `aud_${n}`, audit(n))]);
    const full = path.join(dir, journalName(1));
    const bytes = fs.readFileSync(full);
    const at = bytes.length - 10; // inside the last, complete, newline-terminated line
    bytes[at] = bytes[at]! ^ 0x01;
    fs.writeFileSync(full, bytes);

    const b = new FileStore({ dir, foldDelayMs: 0 });
    expect(b.problems).toEqual([expect.objectContaining({ kind: 'corrupt_journal', file: full, lost: 1 })]);
    expect(fs.readFileSync(b.problems[0]!.movedTo!)).toEqual(bytes);
    expect([...b.tables.audit.keys()]).toEqual(['aud_1', 'aud_2']);
  });
});
