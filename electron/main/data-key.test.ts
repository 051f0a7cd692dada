import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { safeStorage } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATA_KEY_FILE } from '../../core/adapters/data-key.ts';
import { createSealer } from '../../core/adapters/sealer.ts';
import { desktopDataKey } from './data-key.ts';

let dir: string;
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  vi.mocked(safeStorage.isEncryptionAvailable).mockReset().mockReturnValue(true);
  vi.mocked(safeStorage.getSelectedStorageBackend).mockReset().mockReturnValue('gnome_libsecret');
  vi.mocked(safeStorage.encryptString).mockClear();
});
const userData = () => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-desktop-key-')));
const mode = (file: string) => fs.statSync(file).mode & 0o777;

describe("The desktop's data key", () => {
  it('is written through safeStorage when the OS keychain is there: the file never holds the key', () => {
    const warn = vi.fn();
    const source = desktopDataKey(userData(), safeStorage, { platform: 'linux', warn });
    const key = source.current()!;
    expect(safeStorage.encryptString).toHaveBeenCalledTimes(1);
    const raw = fs.readFileSync(path.join(dir, DATA_KEY_FILE), 'utf8');
    expect(raw).toContain('"protection":"keychain"');
    expect(raw).not.toContain(key.bytes.toString('base64'));
    expect(warn).not.toHaveBeenCalled();
    // The next start opens what this one sealed.
    const sealed = createSealer(source).seal('JBSWY3DPEHPK3PXP')!;
    expect(createSealer(desktopDataKey(dir, safeStorage, { platform: 'linux', warn })).open(sealed)).toBe('JBSWY3DPEHPK3PXP');
  });

  it('without a keychain: a file of mode 0600, and one line in the log that says so, without the key', () => {
    vi.mocked(safeStorage.isEncryptionAvailable).mockReturnValue(false);
    const warn = vi.fn();
    const key = desktopDataKey(userData(), safeStorage, { platform: 'win32', warn }).current()!;
    expect(safeStorage.encryptString).not.toHaveBeenCalled();
    const file = path.join(dir, DATA_KEY_FILE);
    if (process.platform !== 'win32') expect(mode(file)).toBe(0o600);
    expect(fs.readFileSync(file, 'utf8')).toContain('"protection":"file"');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/keychain is not available.*0600/);
    expect(warn.mock.calls[0]![0]).not.toContain(key.bytes.toString('base64'));
  });

  it("on Linux, safeStorage's basic_text backend counts as no keychain", () => {
    vi.mocked(safeStorage.getSelectedStorageBackend).mockReturnValue('basic_text');
    const warn = vi.fn();
    desktopDataKey(userData(), safeStorage, { platform: 'linux', warn }).current();
    expect(safeStorage.encryptString).not.toHaveBeenCalled();
    expect(fs.readFileSync(path.join(dir, DATA_KEY_FILE), 'utf8')).toContain('"protection":"file"');
    expect(warn.mock.calls[0]![0]).toContain('basic_text');
  });
});
