import { describe, expect, it } from 'vitest';
import { isPostgresUrl, redactUrl, storeUrlFrom } from './store-url.ts';

describe('the store address', () => {
  it('comes from --store, --store=, then ACCOUNT_ADMIN_STORE; blank means the local files', () => {
    const env = { ACCOUNT_ADMIN_STORE: 'postgres://env@h/db' };
    expect(storeUrlFrom(['--store', 'postgres://a@h/db'], env)).toBe('postgres://a@h/db');
    expect(storeUrlFrom(['--store=postgres://b@h/db'], env)).toBe('postgres://b@h/db');
    expect(storeUrlFrom(['--data-dir', '/x'], env)).toBe('postgres://env@h/db');
    expect(storeUrlFrom([], { ACCOUNT_ADMIN_STORE: '  ' })).toBeUndefined();
    expect(storeUrlFrom(['--store'], {})).toBeUndefined();
  });

  it('is shown and logged without its password', () => {
    expect(redactUrl('postgres://admin:s3cret@db.example:5432/accounts')).toBe('postgres://admin@db.example:5432/accounts');
    expect(redactUrl('postgres://admin@db.example/accounts')).toBe('postgres://admin@db.example/accounts');
    expect(redactUrl('not a url s3cret')).not.toContain('s3cret');
  });

  it('must be a postgres:// address', () => {
    expect(isPostgresUrl('postgres://a@b/c')).toBe(true);
    expect(isPostgresUrl('postgresql://a@b/c')).toBe(true);
    expect(isPostgresUrl('mysql://a@b/c')).toBe(false);
    expect(isPostgresUrl('/var/lib/data')).toBe(false);
  });
});
