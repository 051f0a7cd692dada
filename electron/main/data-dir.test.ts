import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir } from './data-dir.ts';

const userData = path.resolve('/users/ada/AppData/Account Admin');

describe('resolveDataDir', () => {
  it('defaults to <userData>/store', () => {
    expect(resolveDataDir(['/opt/app/account-admin'], {}, userData)).toBe(path.join(userData, 'store'));
  });

  it('takes --data-dir <dir> first', () => {
    const dir = path.resolve('/data/flag');
    expect(resolveDataDir(['app', '--data-dir', dir], { ACCOUNT_ADMIN_DATA_DIR: '/data/env' }, userData)).toBe(dir);
  });

  it('accepts --data-dir=<dir>', () => {
    expect(resolveDataDir(['app', `--data-dir=${path.resolve('/data/eq')}`], {}, userData)).toBe(path.resolve('/data/eq'));
  });

  it('falls back to ACCOUNT_ADMIN_DATA_DIR', () => {
    expect(resolveDataDir(['app'], { ACCOUNT_ADMIN_DATA_DIR: path.resolve('/data/env') }, userData)).toBe(path.resolve('/data/env'));
  });

  it('makes a relative folder absolute', () => {
    expect(resolveDataDir(['app', '--data-dir', 'rel/dir'], {}, userData)).toBe(path.resolve('rel/dir'));
  });

  it('ignores a flag without a value and an empty variable', () => {
    expect(resolveDataDir(['app', '--data-dir'], { ACCOUNT_ADMIN_DATA_DIR: '' }, userData)).toBe(path.join(userData, 'store'));
    expect(resolveDataDir(['app', '--data-dir', '--inspect'], { ACCOUNT_ADMIN_DATA_DIR: ' ' }, userData)).toBe(
      path.join(userData, 'store'),
    );
    expect(resolveDataDir(['app', '--data-dir='], {}, userData)).toBe(path.join(userData, 'store'));
  });
});
