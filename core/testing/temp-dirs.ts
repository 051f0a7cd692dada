/**
 * Temporary folders for the tests of one file, removed after each test:
 * `const tempDir = tempDirs('aa-store-', afterEach);` then `tempDir()` in a test.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function tempDirs(prefix: string, afterEach: (cleanUp: () => void) => void): () => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
}
