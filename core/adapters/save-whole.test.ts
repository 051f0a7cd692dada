/** A chosen file written whole or not at all: never a partial file, never a temporary one left beside it. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveWhole, SaveCancelled } from './save-whole.ts';

const folder = () => fs.mkdtempSync(path.join(os.tmpdir(), 'aa-save-whole-'));

describe('saveWhole', () => {
  it('writes the bytes under the chosen name, replacing an older file, and leaves nothing else', async () => {
    const dir = folder();
    const file = path.join(dir, 'e-invoices.zip');
    fs.writeFileSync(file, 'older');
    await saveWhole(file, new Uint8Array([1, 2, 3]));
    expect([...fs.readFileSync(file)]).toEqual([1, 2, 3]);
    expect(fs.readdirSync(dir)).toEqual(['e-invoices.zip']);
  });

  it('cancelled before the rename: the older file stays as it was, no temporary file', async () => {
    const dir = folder();
    const file = path.join(dir, 'e-invoices.zip');
    fs.writeFileSync(file, 'older');
    const controller = new AbortController();
    controller.abort();
    await expect(saveWhole(file, new Uint8Array(1_000_000), controller.signal)).rejects.toBeInstanceOf(SaveCancelled);
    expect(fs.readFileSync(file, 'utf8')).toBe('older');
    expect(fs.readdirSync(dir)).toEqual(['e-invoices.zip']);
  });

  it('a folder that is not there: the error, and nothing written', async () => {
    const dir = folder();
    await expect(saveWhole(path.join(dir, 'gone', 'e.zip'), new Uint8Array(1))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
