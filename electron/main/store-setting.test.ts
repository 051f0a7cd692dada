import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readStoreSetting, SETTING_FILE, writeStoreSetting } from './store-setting.ts';

/** A keychain that really transforms the text, so a plain-text write would be caught. */
const keychain = (available = true) => ({
  isEncryptionAvailable: () => available,
  encryptString: (text: string) => Buffer.from(Buffer.from(text, 'utf8').map((b) => b ^ 0x5a)),
  decryptString: (data: Buffer) => Buffer.from(data.map((b) => b ^ 0x5a)).toString('utf8'),
});

let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the shared database setting', () => {
  it('is saved encrypted, never in plain text, and read back', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-setting-'));
    const url = 'postgres://admin:s3cret-pass@db.example:5432/accounts';
    expect(writeStoreSetting(dir, keychain(), url)).toBe(true);
    const raw = fs.readFileSync(path.join(dir, SETTING_FILE));
    expect(raw.includes(Buffer.from('s3cret-pass'))).toBe(false);
    expect(raw.includes(Buffer.from('postgres'))).toBe(false);
    expect(readStoreSetting(dir, keychain())).toBe(url);
    expect(fs.readdirSync(dir)).toEqual([SETTING_FILE]);
  });

  it('is not saved without a keychain, and forgetting it goes back to the local files', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-setting-'));
    expect(writeStoreSetting(dir, keychain(false), 'postgres://a@b/c')).toBe(false);
    expect(readStoreSetting(dir, keychain())).toBeUndefined();
    writeStoreSetting(dir, keychain(), 'postgres://a@b/c');
    expect(readStoreSetting(dir, keychain(false))).toBeUndefined();
    expect(writeStoreSetting(dir, keychain(), null)).toBe(true);
    expect(readStoreSetting(dir, keychain())).toBeUndefined();
  });

  it('falls back to the local files when the saved address cannot be decrypted', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-setting-'));
    fs.writeFileSync(path.join(dir, SETTING_FILE), 'garbage');
    const broken = { ...keychain(), decryptString: () => { throw new Error('bad key'); } };
    expect(readStoreSetting(dir, broken)).toBeUndefined();
  });
});
