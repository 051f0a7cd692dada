import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../..');
const schema = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as object;
const config = parse(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

const targets = (platform: string) => ((config[platform] as { target?: unknown[] } | undefined)?.target ?? []).map(String);

describe('electron-builder.yml', () => {
  it("is valid against app-builder-lib's schema", () => {
    const valid = validate(config);
    expect(validate.errors ?? [], ajv.errorsText(validate.errors)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('names the app and where the build goes', () => {
    expect(config).toMatchObject({
      appId: 'com.accountadmin.desktop',
      productName: 'Account Admin',
      directories: { output: 'release', buildResources: 'build' },
      asar: true,
    });
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'package.json']));
  });

  it('registers the account-admin:// scheme with the OS on install (the same one the app parses)', async () => {
    const { LINK_SCHEME } = await import('../../core/contract.ts');
    expect(config.protocols).toEqual([{ name: 'Account Admin link', schemes: [LINK_SCHEME] }]);
  });

  it('builds NSIS, DMG, AppImage and deb', () => {
    expect(targets('win')).toEqual(['nsis']);
    expect(targets('mac')).toEqual(['dmg']);
    expect(targets('linux')).toEqual(['AppImage', 'deb']);
    expect(config.nsis).toMatchObject({ oneClick: false, allowToChangeInstallationDirectory: true });
    expect(config.mac).toMatchObject({ category: 'public.app-category.business', hardenedRuntime: true });
  });

  it('flips the security fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('rejects a misspelt option with the same validator', () => {
    const nsis = config.nsis as Record<string, unknown>;
    const { oneClick, ...rest } = nsis;
    const typo = { ...config, nsis: { ...rest, oneClik: oneClick } };
    expect(validate(typo)).toBe(false);
    expect(validate.errors?.some((e) => e.instancePath === '/nsis' && e.keyword === 'additionalProperties')).toBe(true);

    expect(validate({ ...config, electronFuses: { ...(config.electronFuses as object), runAsNod: false } })).toBe(false);
    expect(validate({ ...config, asar: 'yes' })).toBe(false);
  });
});
