import { describe, expect, it } from 'vitest';
import { createArgon2Hasher, createScryptHasher } from './password-hasher.ts';

describe('password hasher', () => {
  const argon2 = createArgon2Hasher();

  it('hashes with Argon2id at OWASP first-choice cost, salted, and verifies', async () => {
    const a = await argon2.hash('correct horse battery');
    const b = await argon2.hash('correct horse battery');
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
    expect(await argon2.verify('correct horse battery', a)).toBe(true);
    expect(await argon2.verify('correct horse batterY', a)).toBe(false);
    expect(argon2.needsRehash(a)).toBe(false);
  });

  it('still verifies an old scrypt hash and says it needs a re-hash', async () => {
    const old = await createScryptHasher().hash('Lumen-demo-2026');
    expect(old).toMatch(/^scrypt\$16384\$/);
    expect(await argon2.verify('Lumen-demo-2026', old)).toBe(true);
    expect(await argon2.verify('Lumen-demo-2027', old)).toBe(false);
    expect(argon2.needsRehash(old)).toBe(true);
  });

  it('says a weaker Argon2id hash needs a re-hash', async () => {
    const weak = await createArgon2Hasher({ memoryCost: 4096, timeCost: 1, parallelism: 1 }).hash('x');
    expect(argon2.needsRehash(weak)).toBe(true);
  });

  it('the unknown-user hash matches nothing, costs a real verify, and malformed forms do not throw', async () => {
    expect(argon2.needsRehash(argon2.unknownUserHash)).toBe(false);
    expect(await argon2.verify('', argon2.unknownUserHash)).toBe(false);
    expect(await argon2.verify('x', 'garbage')).toBe(false);
    expect(await argon2.verify('x', '$argon2id$v=19$m=oops')).toBe(false);
    expect(await argon2.verify('x', 'scrypt$0$0$0$AA==$AA==')).toBe(false);
  });
});
