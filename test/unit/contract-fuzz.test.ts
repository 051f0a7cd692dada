/**
 * Fuzzes every channel of the contract through `core.dispatch`, signed in as the super admin and
 * signed out: random values, each input field with a value of the wrong type, huge strings, deep
 * junk, prototype-pollution keys, and well-shaped inputs with awkward strings. Whatever arrives, the
 * core answers a Result that the channel's result schema accepts, never throws, never fails with an
 * internal error, translates every failure, and changes nothing when it refuses.
 */
import fc from 'fast-check';
import { z } from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionState } from '../../core/app/handler.ts';
import { CHANNELS, contract, ERROR_CODES, isChannel, type Channel } from '../../core/contract.ts';
import { resultSchema, type Result } from '../../core/result.ts';
import { DEMO_PASSWORD, DEMO_PEOPLE, demoEmail } from '../../core/seed/demo-people.ts';
import { demoFixture, snapshot, type Fixture } from '../../core/testing/fixture.ts';

const SEED = 424242;
const RUNS = 300;

interface JsonProperty {
  type?: string;
  enum?: unknown[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
}
interface JsonObject {
  type: 'object';
  properties: Record<string, JsonProperty>;
  required?: string[];
}

/** The input's shape, read from the zod schema through its JSON Schema (objects of scalars only). */
function inputShape(channel: Channel): JsonObject {
  const schema = z.toJSONSchema(contract[channel].input, { io: 'input' }) as unknown as JsonObject;
  if (schema.type !== 'object') throw new Error(`${channel}: the fuzzer only knows object inputs`);
  for (const [key, property] of Object.entries(schema.properties)) {
    if (!property.enum && property.type !== 'string' && property.type !== 'integer') {
      throw new Error(`${channel}.${key}: teach the fuzzer about ${JSON.stringify(property)}`);
    }
  }
  return schema;
}

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];
const huge = (n: number) => fc.constantFrom('x', 'é', '漢', '🎉', '\u0000', ' ').map((c) => c.repeat(n));
const hugeString = fc.integer({ min: 1_000, max: 300_000 }).chain(huge);

/** Strings that mean something to the handlers: real emails, the demo password, ids, zones. */
const MEANINGFUL = [
  ...DEMO_PEOPLE.slice(0, 4).map(demoEmail),
  DEMO_PASSWORD,
  'A-long-enough-phrase',
  'usr_000001',
  'usr_000002',
  'Europe/Paris',
  'Mars/Olympus',
  '+33 1 23 45 67 89',
  '2026-11-01T00:00:00.000Z',
  '   ',
  '',
  'a@b',
  '<script>alert(1)</script>',
  '{{firstName}}',
  '$t(errors.internal)',
  '__proto__',
  'constructor',
];

/** Values likely to pass the handlers' rules, by field name, so that commands also succeed and commit. */
const HINTS: Record<string, string[]> = {
  email: ['claire.dubois@lumen-analytics.example', 'claire@lumen.example', ' Claire.Dubois@Lumen-Analytics.example '],
  password: [DEMO_PASSWORD],
  currentPassword: [DEMO_PASSWORD, 'A-long-enough-phrase'],
  newPassword: ['A-long-enough-phrase', 'Another-long-phrase-42'],
  confirmPassword: ['A-long-enough-phrase', 'Another-long-phrase-42'],
  firstName: ['Claire', ' Zoë ', 'Marie-Hélène'],
  lastName: ['Dubois', "O'Brien", '李'],
  phone: ['+33 1 23 45 67 89', '', '(555) 010-0199'],
  timeZone: ['Europe/Paris', 'UTC', 'America/New_York'],
  userId: ['usr_000001'],
};

function validValue(key: string, property: JsonProperty): fc.Arbitrary<unknown> {
  if (property.enum) return fc.constantFrom(...property.enum);
  if (property.type === 'integer') return fc.integer({ min: property.minimum ?? -1e6, max: property.maximum ?? 1e6 });
  const min = property.minLength ?? 0;
  const max = Math.min(property.maxLength ?? 80, 80);
  const fits = (s: string) => s.length >= min && s.length <= (property.maxLength ?? Infinity);
  const hints = (HINTS[key] ?? []).filter(fits);
  return fc.oneof(
    fc.string({ minLength: min, maxLength: max, unit: 'grapheme' }),
    fc.constantFrom(...MEANINGFUL.filter(fits)),
    ...(hints.length ? [{ arbitrary: fc.constantFrom(...hints), weight: 4 }] : []),
  );
}

/** A value the field's schema refuses. */
function wrongValue(property: JsonProperty): fc.Arbitrary<unknown> {
  const wrongTypes = [
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 }),
    fc.object({ maxDepth: 1 }),
    fc.bigInt(),
    fc.date(),
    fc.constant(Symbol('junk')),
    fc.constant(() => 'not data'),
    fc.constant(new Map([['a', 1]])),
  ];
  if (property.type === 'integer') {
    return fc.oneof(
      ...wrongTypes,
      fc.string({ maxLength: 5 }),
      fc.double({ noInteger: true }),
      fc.constantFrom(Number.NaN, Infinity, -Infinity, '5', (property.minimum ?? 0) - 1, (property.maximum ?? 0) + 1, 2 ** 60),
    );
  }
  const tooLong = property.maxLength !== undefined ? [huge(property.maxLength + 1), hugeString] : [];
  const notInEnum = property.enum ? [fc.string({ maxLength: 5 }).filter((s) => !property.enum!.includes(s))] : [];
  return fc.oneof(...wrongTypes, fc.integer(), fc.double(), ...tooLong, ...notInEnum);
}

function wellShaped(shape: JsonObject): fc.Arbitrary<Record<string, unknown>> {
  const required = new Set(shape.required ?? []);
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, property] of Object.entries(shape.properties)) model[key] = validValue(key, property);
  const optional = Object.keys(shape.properties).filter((k) => !required.has(k));
  return fc.record(model, { requiredKeys: [...required] }).chain((value) =>
    optional.length ? fc.subarray(optional).map((drop) => Object.fromEntries(Object.entries(value).filter(([k]) => !drop.includes(k)))) : fc.constant(value),
  );
}

/** A well-shaped input with one field broken: the wrong type, missing, or an extra key. */
function oneFieldWrong(shape: JsonObject): fc.Arbitrary<unknown> {
  const keys = Object.keys(shape.properties);
  const breakers: fc.Arbitrary<(input: Record<string, unknown>) => Record<string, unknown>>[] = [
    fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), fc.anything({ maxDepth: 2 })).map(([key, junk]) => (input) => ({ ...input, [key]: junk })),
  ];
  if (keys.length) {
    breakers.push(
      fc.constantFrom(...keys).chain((key) => wrongValue(shape.properties[key]!).map((junk) => (input) => ({ ...input, [key]: junk }))),
      fc.constantFrom(...keys).map((key) => (input) => Object.fromEntries(Object.entries(input).filter(([k]) => k !== key))),
    );
  }
  return fc.tuple(wellShaped(shape), fc.oneof(...breakers)).map(([input, breakIt]) => breakIt(input));
}

/** Objects carrying __proto__ / constructor.prototype as own keys, as JSON.parse would build them. */
function pollution(shape: JsonObject): fc.Arbitrary<unknown> {
  return fc.tuple(wellShaped(shape), fc.constantFrom(...PROTO_KEYS), fc.boolean(), fc.boolean()).map(([input, key, nested, nullProto]) => {
    const payload = '{"polluted":"yes","prototype":{"polluted":"yes"}}';
    const withKey = JSON.parse(`{"${key}":${payload},"nested":{"${key}":${payload}}}`) as Record<string, unknown>;
    const merged = JSON.parse(JSON.stringify(input)) as Record<string, unknown>;
    for (const k of Object.keys(withKey)) if (nested || k !== 'nested') Object.defineProperty(merged, k, { value: withKey[k], enumerable: true, configurable: true, writable: true });
    return nullProto ? Object.assign(Object.create(null) as object, merged) : merged;
  });
}

function deepJunk(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.integer({ min: 1_000, max: 20_000 }).map((depth) => {
      let value: unknown = 'bottom';
      for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
      return value;
    }),
    fc.integer({ min: 1_000, max: 100_000 }).map((n) => new Array<number>(n).fill(7)),
    fc.integer({ min: 1_000, max: 20_000 }).map((n) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i]))),
    hugeString,
  );
}

function payloads(channel: Channel): fc.Arbitrary<unknown> {
  const shape = inputShape(channel);
  return fc.oneof(
    { arbitrary: fc.anything({ maxDepth: 3, withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true, withObjectString: true }), weight: 3 },
    { arbitrary: oneFieldWrong(shape), weight: 4 },
    { arbitrary: wellShaped(shape), weight: 3 },
    { arbitrary: pollution(shape), weight: 2 },
    { arbitrary: deepJunk(), weight: 1 },
    { arbitrary: fc.constantFrom(undefined, null, 0, '', [], {}, 'app.status', Symbol.iterator), weight: 1 },
  );
}

function expectTranslated(message: string, key: string, where: string): void {
  expect(message.trim(), `${where}: empty message for ${key}`).not.toBe('');
  expect(message, `${where}: ${key} was not translated`).not.toBe(key);
}

/** What every answer must satisfy, ok or not. */
function expectWellFormed(channel: Channel, result: Result<unknown>, where: string): void {
  expect(typeof result.ok, where).toBe('boolean');
  const parsed = resultSchema(contract[channel].output).safeParse(result);
  expect(parsed.success, `${where}: ${parsed.error?.message}`).toBe(true);
  if (result.ok) return;
  expect(ERROR_CODES, where).toContain(result.error.code);
  // An internal error is a handler that threw or an output that broke the contract: a bug.
  expect(result.error.code, `${where}: ${result.error.key}`).not.toBe('internal');
  expectTranslated(result.error.message, result.error.key, where);
  for (const [field, error] of Object.entries(result.error.fields ?? {})) expectTranslated(error.message, error.key, `${where} field ${field}`);
}

function expectNoPollution(where: string): void {
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), where).toBe(false);
  expect(({} as Record<string, unknown>).polluted, where).toBeUndefined();
  expect(Object.prototype.toString.call([]), where).toBe('[object Array]');
}

describe('every channel answers any payload with a well-formed Result', () => {
  let f: Fixture;
  let claire: string;

  beforeAll(async () => {
    f = await demoFixture();
    await f.signIn('Claire');
    claire = f.userId('Claire');
    expect(f.store.tables.users.get(claire)?.role).toBe('super_admin');
  });

  for (const [index, channel] of CHANNELS.entries()) {
    for (const signedIn of [true, false]) {
      it(`${channel}, ${signedIn ? 'signed in as the super admin' : 'signed out'}`, async () => {
        await fc.assert(
          fc.asyncProperty(payloads(channel), async (payload) => {
            const session: SessionState = { userId: signedIn ? claire : null };
            const where = `${channel} (${signedIn ? 'signed in' : 'signed out'})`;
            const before = snapshot(f.store);
            const result = await f.core.dispatch(channel, payload, session);
            expectWellFormed(channel, result, where);
            if (!result.ok) expect(snapshot(f.store), `${where}: a refused command changed the store`).toBe(before);
            expectNoPollution(where);
          }),
          { seed: SEED + index * 2 + (signedIn ? 1 : 0), numRuns: RUNS },
        );
      });
    }
  }

  it('answers invalid_input for a channel that is not in the contract', async () => {
    const notChannels = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.anything({ maxDepth: 2 }),
      fc.constantFrom(...PROTO_KEYS, 'APP.STATUS', 'app.status ', ' app.status', 'api:app.status', 'app', 'app.', '.status', 'users.create', 'toJSON'),
      fc.constantFrom(...CHANNELS).map((c) => `${c}\u0000`),
    ).filter((name) => !isChannel(name));
    await fc.assert(
      fc.asyncProperty(notChannels, fc.anything({ maxDepth: 2 }), fc.boolean(), async (name, payload, signedIn) => {
        const before = snapshot(f.store);
        const result = await f.core.dispatch(name, payload, { userId: signedIn ? claire : null });
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.error.code).toBe('invalid_input');
        expect(result.error.key).toBe('errors.unknownChannel');
        expectTranslated(result.error.message, result.error.key, fc.stringify(name));
        expect(snapshot(f.store)).toBe(before);
        expectNoPollution(fc.stringify(name));
      }),
      { seed: SEED - 1, numRuns: 300 },
    );
  });
});
