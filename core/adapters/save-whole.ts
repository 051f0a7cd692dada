/**
 * A file the user chose (a period's e-invoices ZIP, from the desktop or the CLI), written whole or not at
 * all: the bytes go to a temporary file beside it, are flushed, and only then take its name. A write that
 * fails or is cancelled before the rename removes the temporary file and leaves the chosen path as it was
 * (absent, or the older file the user meant to replace).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

export class SaveCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'SaveCancelled';
  }
}

export async function saveWhole(file: string, bytes: Uint8Array, signal?: AbortSignal): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(4).toString('hex')}.part`);
  let handle: fs.FileHandle | null = null;
  try {
    handle = await fs.open(temp, 'wx');
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = null;
    if (signal?.aborted) throw new SaveCancelled();
    await fs.rename(temp, file);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}
