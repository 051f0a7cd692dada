import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXED_NOW } from '../testing/fakes.ts';
import { tempDirs } from '../testing/temp-dirs.ts';
import { LOG_FILE, MAX_LOG_BYTES, openLog, redact, redactText } from './log-file.ts';

const tempDir = tempDirs('account-admin-log-', afterEach);

describe('redaction', () => {
  it('masks card numbers (Luhn), URL passwords, key=value and JSON secrets; leaves the rest', () => {
    expect(redactText('card 4242 4242 4242 4242 and 4000-0566-5566-5556')).toBe('card [card] and [card]');
    expect(redactText('order 1234567890123 of 12 items')).toBe('order 1234567890123 of 12 items');
    expect(redactText('postgres://admin:s3cr3t@db.example:5432/aa')).toBe('postgres://admin:[redacted]@db.example:5432/aa');
    expect(redactText('GET /open?code=QX81-22&lang=fr')).toBe('GET /open?code=[redacted]&lang=fr');
    expect(redactText('{"email":"a@b.example","newPassword":"Hunter-2-Hunter","currentPassword":"x"}')).toBe('{"email":"a@b.example","newPassword":"[redacted]","currentPassword":"[redacted]"}');
    expect(redactText('Authorization: Bearer abc.def.ghi')).toBe('Authorization: [redacted]');
  });

  it('masks secret keys at any depth, errors and cycles included', () => {
    const cyclic: Record<string, unknown> = { password: 'p', user: { email: 'e@x.example', totp: '492817', cards: [{ number: '4242424242424242', last4: '4242' }] } };
    cyclic.self = cyclic;
    expect(redact(cyclic)).toEqual({ password: '[redacted]', user: { email: 'e@x.example', totp: '[redacted]', cards: [{ number: '[redacted]', last4: '4242' }] }, self: '[cycle]' });
    // A two-step key, sealed or grouped, and a data key.
    expect(redact({ twoStep: { sealedKey: 'v1:a:b:c', lastStep: 1 }, keyGrouped: 'JBSW Y3DP', dataKey: 'AAAA' })).toEqual({ twoStep: { sealedKey: '[redacted]', lastStep: 1 }, keyGrouped: '[redacted]', dataKey: '[redacted]' });
    const error = redact(new Error('connect failed for postgres://u:pw@h/db')) as Error;
    expect(error.message).toBe('connect failed for postgres://u:[redacted]@h/db');
  });

  it('no card number survives, however it is written into a message (property)', () => {
    // A Luhn-valid 16-digit number, grouped or not, inside arbitrary text.
    const pan = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 15, maxLength: 15 }).map((digits) => {
      let sum = 0;
      const all = [...digits];
      for (let i = 0; i < 15; i++) {
        let d = all[14 - i]!;
        if (i % 2 === 0) {
          d *= 2;
          if (d > 9) d -= 9;
        }
        sum += d;
      }
      return [...all, (10 - (sum % 10)) % 10].join('');
    });
    fc.assert(
      fc.property(fc.string(), pan, fc.constantFrom('', ' ', '-'), fc.string(), (before, number, sep, after) => {
        const written = sep ? number.match(/.{4}/g)!.join(sep) : number;
        const out = redactText(`${before} ${written} ${after}`);
        expect(out.replace(/\D/g, '')).not.toContain(number);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the log file', () => {
  it('writes redacted lines with the core clock time, and keeps the last problems for diagnostics', () => {
    const dir = tempDir();
    const log = openLog({ dir, now: () => FIXED_NOW });
    log.info('signed in', { email: 'claire@x.example', password: 'Lumen-demo-2026' });
    log.warn('store: postgres://aa:topsecret@db/aa unreachable');
    log.error(new Error('boom 4242 4242 4242 4242'));
    const text = fs.readFileSync(path.join(dir, LOG_FILE), 'utf8');
    expect(text).toContain('[2026-11-23 ');
    expect(text).toContain('signed in');
    expect(text).not.toMatch(/Lumen-demo-2026|topsecret|4242 4242 4242 4242/);
    expect(log.recentProblems().map((p) => [p.level, p.text])).toEqual([
      ['warn', 'store: postgres://aa:[redacted]@db/aa unreachable'],
      ['error', 'boom [card]'],
    ]);
  });

  it('rotates at its size: the previous file is kept as .old.log and the current one stays under the limit', () => {
    const dir = tempDir();
    const log = openLog({ dir, now: () => FIXED_NOW });
    const line = 'x'.repeat(20_000);
    for (let i = 0; i < Math.ceil((MAX_LOG_BYTES * 1.5) / 20_000); i++) log.info(line);
    const files = fs.readdirSync(dir).sort();
    expect(files).toEqual(['main.log', 'main.old.log']);
    expect(fs.statSync(path.join(dir, 'main.log')).size).toBeLessThan(MAX_LOG_BYTES);
  });
});
