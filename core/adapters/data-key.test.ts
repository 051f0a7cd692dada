import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDirs } from '../testing/temp-dirs.ts';
import { DATA_KEY_ENV, DATA_KEY_FILE, DATA_KEY_FILE_ENV, deploymentDataKey, fileDataKey, type KeyWrap } from './data-key.ts';
import { createSealer, newDataKey } from './sealer.ts';

const tempDir = tempDirs('aa-data-key-', afterEach);
const mode = (file: string) => fs.statSync(file).mode & 0o777;
/** A keychain that really transforms the text, so a key written unwrapped would show. */
const keychain: KeyWrap = { wrap: (text) => Buffer.from(Buffer.from(text).map((b) => b ^ 0x5a)), unwrap: (data) => Buffer.from(data.map((b) => b ^ 0x5a)).toString('utf8') };

describe('The local data key file', () => {
  it('is made at the first seal only, mode 0600, and the next start reads the same key', () => {
    const file = path.join(tempDir(), DATA_KEY_FILE);
    const source = fileDataKey(file);
    expect(source.all()).toEqual([]);
    expect(fs.existsSync(file)).toBe(false);
    const sealed = createSealer(source).seal('JBSWY3DPEHPK3PXP')!;
    if (process.platform !== 'win32') expect(mode(file)).toBe(0o600);
    expect(createSealer(fileDataKey(file)).open(sealed)).toBe('JBSWY3DPEHPK3PXP');
    expect(fs.readdirSync(path.dirname(file))).toEqual([DATA_KEY_FILE]);
  });

  it('wrapped by the keychain: the file never holds the key itself', () => {
    const file = path.join(tempDir(), DATA_KEY_FILE);
    const key = fileDataKey(file, { keychain }).current()!;
    const raw = fs.readFileSync(file, 'utf8');
    expect(raw).toContain('"protection":"keychain"');
    expect(raw).not.toContain(key.bytes.toString('base64'));
    expect(fileDataKey(file, { keychain }).current()!.id).toBe(key.id);
    // Without the keychain it cannot be read, and is never replaced.
    const warnings: string[] = [];
    const without = fileDataKey(file, { warn: (m) => warnings.push(m) });
    expect(without.current()).toBeNull();
    expect(without.all()).toEqual([]);
    expect(fs.readFileSync(file, 'utf8')).toBe(raw);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).not.toContain(key.bytes.toString('base64'));
  });

  it('a key kept by its mode alone is wrapped once a keychain is there', () => {
    const file = path.join(tempDir(), DATA_KEY_FILE);
    const key = fileDataKey(file).current()!;
    expect(fs.readFileSync(file, 'utf8')).toContain(key.bytes.toString('base64'));
    expect(fileDataKey(file, { keychain }).current()!.id).toBe(key.id);
    expect(fs.readFileSync(file, 'utf8')).not.toContain(key.bytes.toString('base64'));
    if (process.platform !== 'win32') expect(mode(file)).toBe(0o600);
  });

  it('a damaged key file is reported in one line and kept as it is: nothing is sealed with a new key', () => {
    const file = path.join(tempDir(), DATA_KEY_FILE);
    fs.writeFileSync(file, 'not a key');
    const warnings: string[] = [];
    const source = fileDataKey(file, { warn: (m) => warnings.push(m) });
    expect(createSealer(source).seal('x')).toBeNull();
    expect(source.current()).toBeNull();
    expect(fs.readFileSync(file, 'utf8')).toBe('not a key');
    expect(warnings).toHaveLength(1);
  });
});

describe("A shared account's data key, from the deployment", () => {
  it('none given: nothing is sealed, and the diagnostics say where it would come from', () => {
    const source = deploymentDataKey({});
    expect(source.current()).toBeNull();
    expect(source.describe()).toContain(DATA_KEY_ENV);
  });

  it('from the variable or a file; several to rotate (the first seals, all open); a wrong one stops the start without echoing it', () => {
    const [a, b] = [newDataKey(), newDataKey()];
    const one = deploymentDataKey({ [DATA_KEY_ENV]: a.bytes.toString('base64') });
    expect(one.current()!.id).toBe(a.id);
    const sealed = createSealer(one).seal('JBSWY3DPEHPK3PXP')!;
    const rotated = deploymentDataKey({ [DATA_KEY_ENV]: `${b.bytes.toString('base64url')}, ${a.bytes.toString('base64')}` });
    expect(rotated.current()!.id).toBe(b.id);
    expect(createSealer(rotated).open(sealed)).toBe('JBSWY3DPEHPK3PXP');
    const file = path.join(tempDir(), 'account.key');
    fs.writeFileSync(file, `${a.bytes.toString('base64')}\n`);
    expect(createSealer(deploymentDataKey({ [DATA_KEY_FILE_ENV]: file })).open(sealed)).toBe('JBSWY3DPEHPK3PXP');
    const short = Buffer.alloc(16, 7).toString('base64');
    expect(() => deploymentDataKey({ [DATA_KEY_ENV]: short })).toThrow(DATA_KEY_ENV);
    try {
      deploymentDataKey({ [DATA_KEY_ENV]: short });
    } catch (error) {
      expect((error as Error).message).not.toContain(short);
    }
  });
});
