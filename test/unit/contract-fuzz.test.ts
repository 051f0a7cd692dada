/**
 * Fuzzes every channel of the contract through `core.dispatch`, signed in as the super admin and
 * signed out: random values, inputs with one thing wrong somewhere inside (a value of the wrong
 * type, out of bounds, not in the enum, a missing or extra key, too many or too few items, an
 * unknown union kind), huge strings, deep junk, prototype-pollution keys at any depth, and
 * well-shaped inputs with awkward strings or values that mean something to the handlers. Whatever
 * arrives, the core answers a Result that the channel's result schema accepts, never throws, never
 * fails with an internal error, translates every failure, and changes nothing when it refuses.
 *
 * Input shapes are read from each channel's zod schema through its JSON Schema; a keyword or type
 * the generators below do not know stops the run, so that a new shape gets taught, not skipped.
 */
import fc from 'fast-check';
import { z } from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionState } from '../../core/app/handler.ts';
import { CATALOG } from '../../core/catalog/catalog.ts';
import { CHANNELS, contract, ERROR_CODES, isChannel, type Channel } from '../../core/contract.ts';
import { resultSchema, type Result } from '../../core/result.ts';
import { DEMO_PASSWORD, DEMO_PEOPLE, demoEmail } from '../../core/seed/demo-people.ts';
import type { Store } from '../../core/ports/store.ts';
import { MemoryStore } from '../../core/store/memory-store.ts';
import { demoFixture, snapshot, type Fixture } from '../../core/testing/fixture.ts';
import { sampleInputs } from './sample-inputs.ts';

const SEED = 424242;
// Per channel, signed in and out: ~95 channels make these tens of thousands of commands per run.
const RUNS = 100;
/** The billing channels quote, charge and issue invoices on success: fewer runs keep the file fast. */
const HEAVY_RUNS = 60;
const HEAVY: ReadonlySet<Channel> = new Set<Channel>(['billing.preview', 'cart.add', 'cart.removeLine', 'cart.clear', 'cart.get', 'orders.place']);

/** Signed in, these channels must succeed and commit at least once: proof the hints reach the handlers. */
const MUST_COMMIT: ReadonlySet<Channel> = new Set<Channel>(['cart.add', 'cart.removeLine', 'cart.clear', 'orders.place', 'support.requestDowngrade', 'licences.apply', 'users.create', 'users.setRole', 'roles.save']);
/** Signed in, these must succeed at least once (they commit nothing). */
const MUST_SUCCEED: ReadonlySet<Channel> = new Set<Channel>(['billing.preview', 'invoices.get', 'products.list', 'licences.preview', 'queues.list', 'users.get', 'roles.list', 'imports.check']);
/** Signed in, these first fill the actor's cart through cart.add (0–2 lines), so they have something to work on. */
const FILLS_CART: ReadonlySet<Channel> = new Set<Channel>(['cart.get', 'cart.removeLine', 'cart.clear', 'orders.place']);

// ---------------------------------------------------------------------------------------------
// JSON Schema, as z.toJSONSchema writes it for the contract's inputs

interface JsonSchema {
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  const?: unknown;
  enum?: unknown[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
}

const KNOWN_KEYWORDS = new Set(['$schema', 'type', 'properties', 'required', 'additionalProperties', 'items', 'minItems', 'maxItems', 'oneOf', 'anyOf', 'const', 'enum', 'minLength', 'maxLength', 'minimum', 'maximum', 'description']);
const KNOWN_TYPES = new Set(['object', 'array', 'string', 'integer', 'number', 'boolean']);

/** Throws on anything the generators do not understand (a pattern, a format, a $ref, null...). */
function checkKnown(schema: JsonSchema, where: string): void {
  const teach = (why: string) => new Error(`${where}: teach the fuzzer about ${why}: ${JSON.stringify(schema)}`);
  for (const keyword of Object.keys(schema)) if (!KNOWN_KEYWORDS.has(keyword)) throw teach(`the keyword "${keyword}"`);
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants) {
    if (schema.type !== undefined || schema.properties) throw teach('a union mixed with other keywords');
    variants.forEach((variant, i) => checkKnown(variant, `${where}|${i}`));
    return;
  }
  if (schema.type === undefined || !KNOWN_TYPES.has(schema.type)) throw teach(`the type ${String(schema.type)}`);
  if (typeof schema.additionalProperties === 'object') throw teach('additionalProperties with a schema');
  if (schema.type === 'array' && !schema.items) throw teach('an array without items');
  for (const [key, property] of Object.entries(schema.properties ?? {})) checkKnown(property, `${where}.${key}`);
  if (schema.items) checkKnown(schema.items, `${where}[]`);
}

/** The input's shape, read from the zod schema through its JSON Schema. */
function inputShape(channel: Channel): JsonSchema {
  const schema = z.toJSONSchema(contract[channel].input, { io: 'input' }) as unknown as JsonSchema;
  if (schema.type !== 'object') throw new Error(`${channel}: the fuzzer only knows object inputs`);
  checkKnown(schema, channel);
  return schema;
}

/** Whether a scalar fits its schema: used to keep hints that a schema would refuse out of the valid values. */
function fits(schema: JsonSchema, value: unknown): boolean {
  if (schema.const !== undefined) return value === schema.const;
  if (schema.enum) return schema.enum.includes(value);
  switch (schema.type) {
    case 'string':
      return typeof value === 'string' && value.length >= (schema.minLength ?? 0) && value.length <= (schema.maxLength ?? Infinity);
    case 'integer':
    case 'number':
      return typeof value === 'number' && (schema.type === 'number' || Number.isSafeInteger(value)) && value >= (schema.minimum ?? -Infinity) && value <= (schema.maximum ?? Infinity);
    case 'boolean':
      return typeof value === 'boolean';
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Hints: values likely to pass the handlers' rules, by field name, so that commands also succeed and commit

type Hint = readonly unknown[] | fc.Arbitrary<unknown>;
/** Keyed by field name, or `channel:field` for a hint that only makes sense on one channel. */
type Hints = Record<string, Hint>;

const PASSWORDS = [DEMO_PASSWORD, 'A-long-enough-phrase', 'Another-long-phrase-42'];
const PLAN_IDS = CATALOG.flatMap((product) => product.plans.map((plan) => plan.id));
const keyChars = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-_');

const STATIC_HINTS: Hints = {
  email: ['claire.dubois@lumen-analytics.example', 'claire@lumen.example', ' Claire.Dubois@Lumen-Analytics.example '],
  password: PASSWORDS,
  currentPassword: PASSWORDS,
  newPassword: ['A-long-enough-phrase', 'Another-long-phrase-42'],
  confirmPassword: ['A-long-enough-phrase', 'Another-long-phrase-42'],
  firstName: ['Claire', ' Zoë ', 'Marie-Hélène'],
  lastName: ['Dubois', "O'Brien", '李'],
  phone: ['+33 1 23 45 67 89', '', '(555) 010-0199'],
  timeZone: ['Europe/Paris', 'UTC', 'America/New_York'],
  userId: ['usr_000001'],
  // Licences: real products (the users come from the store).
  productId: CATALOG.map((product) => product.id),
  // Billing: real plans, a few seats, order keys (some repeated, to replay an order), cart lines 0–3.
  planId: PLAN_IDS,
  seats: fc.integer({ min: 1, max: 5 }),
  index: fc.integer({ min: 0, max: 3 }),
  idempotencyKey: fc.oneof(fc.constantFrom('order-key-0001', 'order-key-0002', 'replayed-order-key'), fc.string({ unit: keyChars, minLength: 8, maxLength: 100 })),
  // Account details and cards.
  name: ['Lumen Analytics SAS', 'Acme GmbH', ' Zoë & Co '],
  line1: ['18 rue de la Paix', 'Unter den Linden 1'],
  line2: ['', 'Bâtiment B'],
  city: ['Paris', 'Berlin', 'New York'],
  postalCode: ['75002', '10117', '10001'],
  region: ['', 'NY'],
  country: ['FR', 'DE', 'US', 'GB', 'IT', 'fr'],
  vatNumber: ['FR83404833048', 'DE136695976', '', 'FR00000000000'],
  number: ['4242424242424242', '4242 4242 4242 4242', '5555555555554444', '378282246310005', '4000000000000002', '4000000000000341', '4242424242424241'],
  expMonth: fc.integer({ min: 1, max: 12 }),
  expYear: fc.integer({ min: 2025, max: 2035 }),
  cvc: ['123', '1234', '12'],
  holder: ['Claire Dubois', ' Zoë Martin '],
  details: ['', 'Too expensive for us right now.'],
  fileName: ['invoice.pdf'],
  // People: new users need an email no one has.
  'users.create:email': fc.string({ unit: keyChars, minLength: 1, maxLength: 20 }).map((local) => `${local}@new-user.example`),
  // Licence changes: whole assign/remove lists that fit the catalog (alone, random ones are mostly refused).
  ...Object.fromEntries(
    (['licences.preview', 'licences.apply'] as const).flatMap((channel) => [
      [`${channel}:assign`, [[], [{ productId: 'meetings', features: {} }], [{ productId: 'remote_support', features: { session_recording: true } }]]],
      [`${channel}:remove`, [[], ['meetings'], ['business_phone']]],
    ]),
  ),
  // Activity: days in the viewer's time zone, kinds of change, email templates.
  'audit.list:from': ['2026-11-01', '2026-11-23', ''],
  'audit.list:to': ['2026-11-23', '2026-12-31', ''],
  'audit.list:kind': ['user.', 'user.personal_info', 'account.seeded'],
  'outbox.list:template': ['password_changed', 'product_change'],
  // CSV import rows: products by id or name, the actions, features cells as people write them.
  ...Object.fromEntries(
    (['imports.check', 'imports.apply'] as const).flatMap((channel) => [
      [`${channel}:product`, ['remote_support', 'Business Phone', 'contact center', 'Meetings', 'Teleport']],
      [`${channel}:action`, ['assign', 'ADD', 'remove', 'delete', '']],
      [`${channel}:features`, ['', 'session_recording=on; unattended_access=off', '+webinars -meeting_recording', 'call_recording=maybe', 'teleport']],
    ]),
  ),
};

/** Ids that exist in the store right now: subscriptions, invoices, cards. */
function storeHints(f: Fixture): Hints {
  const tables = f.store.tables;
  const subscriptions = [...tables.subscriptions.keys()];
  const invoices = [...tables.invoices.keys()];
  const cards = [...tables.cards.keys()];
  return {
    ...STATIC_HINTS,
    userIds: [...tables.users.keys()],
    ...(tables.roles.size ? { customRoleId: [...tables.roles.keys()], 'roles.save:id': [...tables.roles.keys()], 'roles.delete:id': [...tables.roles.keys()] } : {}),
    ...(subscriptions.length ? { subscriptionId: subscriptions } : {}),
    ...(invoices.length ? { 'invoices.get:id': invoices } : {}),
    ...(cards.length ? { 'cards.setDefault:id': cards, 'cards.remove:id': cards, 'cards.update:id': cards, cardId: cards } : {}),
  };
}

interface Gen {
  channel: Channel;
  hints: Hints;
  /** An input the channel accepts on the demo account (sample-inputs.ts): generated payloads may all miss. */
  sample?: unknown;
}

function hintFor(gen: Gen, name: string, schema: JsonSchema): fc.Arbitrary<unknown> | undefined {
  const hint = gen.hints[`${gen.channel}:${name}`] ?? gen.hints[name];
  if (!hint) return undefined;
  if (Array.isArray(hint)) {
    // Whole lists and objects are written to fit (fits() checks leaves only).
    const usable = hint.filter((value) =>
      schema.type === 'array' ? Array.isArray(value) : schema.type === 'object' ? typeof value === 'object' && value !== null && !Array.isArray(value) : fits(schema, value),
    );
    return usable.length ? fc.constantFrom(...usable) : undefined;
  }
  return (hint as fc.Arbitrary<unknown>).filter((value) => fits(schema, value));
}

// ---------------------------------------------------------------------------------------------
// Valid values

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];
const huge = (n: number) => fc.constantFrom('x', 'é', '漢', '🎉', '\u0000', ' ').map((c) => c.repeat(n));
const hugeString = fc.integer({ min: 1_000, max: 300_000 }).chain(huge);
/** Over a string's cap even after the schema trims it (spaces only would trim to nothing, and fit). */
const hugeSolid = (n: number) => fc.constantFrom('x', 'é', '漢', '🎉', '\u0000').map((c) => c.repeat(n));

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
  'sub_000000',
  'inv_999999',
  'rs_premium',
];

function validString(schema: JsonSchema): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const cap = schema.maxLength ?? Infinity;
  // Graphemes can be several UTF-16 units: cut back to the limit zod counts in.
  const random = fc.string({ minLength: min, maxLength: Math.max(min, Math.min(cap, 80)), unit: 'grapheme' }).map((s) => s.slice(0, cap));
  const meaningful = MEANINGFUL.filter((s) => fits(schema, s));
  return meaningful.length ? fc.oneof(random, fc.constantFrom(...meaningful)) : random;
}

function validInteger(schema: JsonSchema): fc.Arbitrary<number> {
  const min = Math.max(schema.minimum ?? -1e6, Number.MIN_SAFE_INTEGER);
  const max = Math.min(schema.maximum ?? 1e6, Number.MAX_SAFE_INTEGER);
  return fc.oneof({ arbitrary: fc.integer({ min, max }), weight: 3 }, fc.constantFrom(min, max));
}

/** A value the schema accepts; `name` is the field it sits in, for the hints. */
function validValue(schema: JsonSchema, name: string, gen: Gen): fc.Arbitrary<unknown> {
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants) return fc.oneof(...variants.map((variant) => validValue(variant, name, gen)));
  if (schema.const !== undefined) return fc.constant(schema.const);
  const hint = hintFor(gen, name, schema);
  const withHint = (arbitrary: fc.Arbitrary<unknown>) => (hint ? fc.oneof(arbitrary, { arbitrary: hint, weight: 4 }) : arbitrary);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'object': {
      const properties = schema.properties ?? {};
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, property] of Object.entries(properties)) model[key] = validValue(property, key, gen);
      return fc.record(model, { requiredKeys: schema.required ?? [] });
    }
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const maxLength = schema.maxItems ?? Infinity;
      const item = validValue(schema.items!, name, gen);
      const lengths = [fc.integer({ min: minLength, max: Math.max(minLength, Math.min(maxLength, 4)) })];
      // Now and then exactly at the limit.
      if (maxLength <= 100) lengths.push(fc.constant(maxLength));
      return withHint(fc.oneof({ arbitrary: lengths[0]!, weight: 9 }, ...lengths.slice(1)).chain((n) => fc.array(item, { minLength: n, maxLength: n })));
    }
    case 'string':
      return withHint(validString(schema));
    case 'integer':
      return withHint(validInteger(schema));
    case 'number':
      return withHint(fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true }));
    case 'boolean':
      return fc.boolean();
    default:
      throw new Error(`no generator for ${JSON.stringify(schema)}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Wrong values: exactly one thing wrong, at any depth

type Kind = 'boolean' | 'null' | 'integer' | 'double' | 'string' | 'array' | 'object' | 'bigint' | 'date' | 'symbol' | 'function' | 'map';
const OF_KIND: Record<Kind, fc.Arbitrary<unknown>> = {
  boolean: fc.boolean(),
  null: fc.constant(null),
  integer: fc.integer(),
  double: fc.double(),
  string: fc.string({ maxLength: 5 }),
  array: fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 }),
  object: fc.object({ maxDepth: 1 }),
  bigint: fc.bigInt(),
  date: fc.date(),
  symbol: fc.constant(Symbol('junk')),
  function: fc.constant(() => 'not data'),
  map: fc.constant(new Map([['a', 1]])),
};
/** The kinds of value a schema type might accept; every other kind is surely refused. */
const ACCEPTED_KINDS: Record<NonNullable<JsonSchema['type']>, Kind[]> = {
  string: ['string'],
  integer: ['integer', 'double'],
  number: ['integer', 'double'],
  boolean: ['boolean'],
  array: ['array'],
  // zod takes any non-array object (a Date, a Map) as an object and reads its keys.
  object: ['object', 'date', 'map'],
};

function wrongType(schema: JsonSchema): fc.Arbitrary<unknown> {
  const variants = schema.oneOf ?? schema.anyOf;
  const types = variants ? variants.map((v) => v.type!) : [schema.type!];
  const accepted = new Set(types.flatMap((t) => ACCEPTED_KINDS[t]));
  return fc.oneof(...(Object.keys(OF_KIND) as Kind[]).filter((kind) => !accepted.has(kind)).map((kind) => OF_KIND[kind]));
}

/** A string the schema refuses, though it is a string. */
function wrongString(schema: JsonSchema): fc.Arbitrary<unknown>[] {
  const wrongs: fc.Arbitrary<unknown>[] = [];
  if (schema.const !== undefined) {
    const c = String(schema.const);
    wrongs.push(fc.constantFrom('', `${c}_`, ` ${c}`, c.toUpperCase()).filter((s) => s !== c), fc.string({ maxLength: 5 }).filter((s) => s !== c));
  } else if (schema.enum) {
    wrongs.push(fc.string({ maxLength: 5 }).filter((s) => !schema.enum!.includes(s)), fc.constantFrom(...schema.enum.map((e) => `${String(e).toUpperCase()} `)));
  }
  if (schema.maxLength !== undefined) {
    const cap = schema.maxLength;
    wrongs.push(hugeSolid(cap + 1), fc.integer({ min: cap + 1, max: Math.max(cap + 1, 300_000) }).chain((n) => fc.constant('x'.repeat(n))));
    if (cap < 1_000) wrongs.push(hugeString);
  }
  if ((schema.minLength ?? 0) > 0) wrongs.push(fc.constant('y'.repeat(schema.minLength! - 1)));
  return wrongs;
}

function wrongNumber(schema: JsonSchema): fc.Arbitrary<unknown>[] {
  const wrongs: fc.Arbitrary<unknown>[] = [fc.constantFrom(Number.NaN, Infinity, -Infinity, 2 ** 60, -(2 ** 60)), fc.constant('5')];
  if (schema.type === 'integer') wrongs.push(fc.double({ noInteger: true }), fc.constantFrom(0.5, -1.5, 1e-9));
  if (schema.minimum !== undefined && schema.minimum > Number.MIN_SAFE_INTEGER) wrongs.push(fc.constantFrom(schema.minimum - 1, schema.minimum - 1000));
  if (schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER) wrongs.push(fc.constantFrom(schema.maximum + 1, schema.maximum + 1000));
  if (schema.enum || schema.const !== undefined) wrongs.push(fc.integer().filter((n) => !fits(schema, n)));
  return wrongs;
}

type Breaker = (value: Record<string, unknown>) => Record<string, unknown>;

/** A well-shaped object with one field broken (recursively), a required field missing, or an unknown key in a strict object. */
function wrongObject(schema: JsonSchema, gen: Gen): fc.Arbitrary<unknown> | undefined {
  const properties = schema.properties ?? {};
  const keys = Object.keys(properties);
  const required = schema.required ?? [];
  const breakers: fc.Arbitrary<Breaker>[] = [];
  if (keys.length) breakers.push(fc.constantFrom(...keys).chain((key) => wrongValue(properties[key]!, key, gen).map((junk): Breaker => (value) => ({ ...value, [key]: junk }))));
  if (required.length) breakers.push(fc.constantFrom(...required).map((key): Breaker => (value) => Object.fromEntries(Object.entries(value).filter(([k]) => k !== key))));
  if (schema.additionalProperties === false) {
    const extra = fc.string({ minLength: 1, maxLength: 8 }).filter((k) => !keys.includes(k) && k !== '__proto__');
    breakers.push(fc.tuple(extra, fc.anything({ maxDepth: 2 })).map(([key, junk]): Breaker => (value) => ({ ...value, [key]: junk })));
  }
  if (!breakers.length) return undefined;
  return fc.tuple(validValue(schema, '', gen) as fc.Arbitrary<Record<string, unknown>>, fc.oneof(...breakers)).map(([value, breakIt]) => breakIt(value));
}

/** Too many items, too few, or one item with one thing wrong. */
function wrongArray(schema: JsonSchema, name: string, gen: Gen): fc.Arbitrary<unknown>[] {
  const minItems = schema.minItems ?? 0;
  const maxItems = schema.maxItems ?? Infinity;
  const item = validValue(schema.items!, name, gen);
  const wrongs: fc.Arbitrary<unknown>[] = [];
  if (maxItems <= 1_000) wrongs.push(fc.array(item, { minLength: maxItems + 1, maxLength: maxItems + 1 }));
  if (minItems > 0) wrongs.push(fc.array(item, { minLength: minItems - 1, maxLength: minItems - 1 }));
  if (maxItems >= 1) {
    const others = fc.array(item, { minLength: Math.max(0, minItems - 1), maxLength: Math.max(0, minItems - 1, Math.min(maxItems - 1, 3)) });
    wrongs.push(
      fc.tuple(others, wrongValue(schema.items!, name, gen), fc.nat()).map(([rest, bad, at]) => {
        const items: unknown[] = [...rest];
        items.splice(at % (rest.length + 1), 0, bad);
        return items;
      }),
    );
  }
  return wrongs;
}

/** A value the schema refuses, with one thing wrong: at this level or somewhere inside. */
function wrongValue(schema: JsonSchema, name: string, gen: Gen): fc.Arbitrary<unknown> {
  const wrongs: (fc.Arbitrary<unknown> | fc.WeightedArbitrary<unknown>)[] = [wrongType(schema)];
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants) {
    // One variant with one thing wrong; its kind stays (or is the thing that is wrong), so no other variant takes it.
    for (const variant of variants) {
      const inner = wrongObject(variant, gen);
      if (inner) wrongs.push(inner);
    }
    return fc.oneof(...wrongs);
  }
  switch (schema.type) {
    case 'string':
      wrongs.push(...wrongString(schema));
      break;
    case 'integer':
    case 'number':
      wrongs.push(...wrongNumber(schema));
      break;
    case 'array':
      wrongs.push(...wrongArray(schema, name, gen));
      break;
    case 'object': {
      const inner = wrongObject(schema, gen);
      if (inner) wrongs.push({ arbitrary: inner, weight: 3 });
      break;
    }
  }
  return fc.oneof(...wrongs);
}

// ---------------------------------------------------------------------------------------------
// Payloads

/** A well-shaped input with one thing wrong somewhere, or (harmless) an extra key on a non-strict object. */
function oneThingWrong(shape: JsonSchema, gen: Gen): fc.Arbitrary<unknown> {
  const extraKey = fc
    .tuple(validValue(shape, '', gen) as fc.Arbitrary<Record<string, unknown>>, fc.string({ minLength: 1, maxLength: 8 }), fc.anything({ maxDepth: 2 }))
    .map(([input, key, junk]) => ({ ...input, [key]: junk }));
  const inner = wrongObject(shape, gen);
  return inner ? fc.oneof({ arbitrary: inner, weight: 4 }, extraKey) : extraKey;
}

/** Every plain object inside a JSON value, the root first. */
function plainObjects(value: unknown, into: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) for (const item of value) plainObjects(item, into);
  else if (value !== null && typeof value === 'object') {
    into.push(value as Record<string, unknown>);
    for (const item of Object.values(value)) plainObjects(item, into);
  }
  return into;
}

/** Objects carrying __proto__ / constructor.prototype as own keys, as JSON.parse would build them, at the top or deeper in. */
function pollution(shape: JsonSchema, gen: Gen): fc.Arbitrary<unknown> {
  return fc.tuple(validValue(shape, '', gen), fc.constantFrom(...PROTO_KEYS), fc.boolean(), fc.boolean(), fc.nat()).map(([input, key, nested, nullProto, pick]) => {
    const payload = '{"polluted":"yes","prototype":{"polluted":"yes"}}';
    const withKey = JSON.parse(`{"${key}":${payload},"nested":{"${key}":${payload}}}`) as Record<string, unknown>;
    const merged = JSON.parse(JSON.stringify(input)) as Record<string, unknown>;
    const objects = plainObjects(merged);
    const target = objects[pick % objects.length]!;
    for (const k of Object.keys(withKey)) if (nested || k !== 'nested') Object.defineProperty(target, k, { value: withKey[k], enumerable: true, configurable: true, writable: true });
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

function payloads(channel: Channel, gen: Gen): fc.Arbitrary<unknown> {
  const shape = inputShape(channel);
  return fc.oneof(
    { arbitrary: fc.anything({ maxDepth: 3, withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true, withObjectString: true }), weight: 3 },
    { arbitrary: oneThingWrong(shape, gen), weight: 4 },
    { arbitrary: validValue(shape, '', gen), weight: 4 },
    { arbitrary: pollution(shape, gen), weight: 2 },
    { arbitrary: deepJunk(), weight: 1 },
    { arbitrary: fc.constantFrom(undefined, null, 0, '', [], {}, 'app.status', Symbol.iterator), weight: 1 },
    // The known-good input now and then, so a channel that must succeed does whatever the seed draws.
    ...('sample' in gen ? [{ arbitrary: fc.constant(gen.sample), weight: 1 }] : []),
  );
}

// ---------------------------------------------------------------------------------------------
// Checks

function expectTranslated(message: string, key: string, where: string): void {
  expect(message.trim(), `${where}: empty message for ${key}`).not.toBe('');
  expect(message, `${where}: ${key} was not translated`).not.toBe(key);
}

/** What every answer must satisfy, ok or not. */
function expectWellFormed(schema: z.ZodType, result: Result<unknown>, where: string): void {
  expect(typeof result.ok, where).toBe('boolean');
  const parsed = schema.safeParse(result);
  expect(parsed.success, `${where}: ${parsed.error?.message}`).toBe(true);
  if (result.ok) return;
  expect(ERROR_CODES, where).toContain(result.error.code);
  // An internal error is a handler that threw or an output that broke the contract: a bug.
  expect(result.error.code, `${where}: ${result.error.key}`).not.toBe('internal');
  expectTranslated(result.error.message, result.error.key, where);
  for (const [field, error] of Object.entries(result.error.fields ?? {})) expectTranslated(error.message, error.key, `${where} field ${field}`);
}

/** Every table's keys and record objects, by identity: cheap, and enough to see a put, a delete or a replaced record. */
/**
 * The channels that check a password or a sign-in code: a refusal there still records the failed try
 * (its audit entry, the user's failure count, the lock email, the sign-in log's record), and nothing else.
 */
const PASSWORD_CHECKS = new Set<Channel>(['auth.signIn', 'auth.acceptInvitation', 'auth.resetPassword', 'me.updateLogin', 'account.cancel', 'account.reactivate', 'auth.secondStep', 'me.twoStepConfirm', 'me.twoStepDisable', 'me.twoStepRegenerate']);
const FAILED_CHECK_ACTIONS = new Set(['user.sign_in.failed', 'sign_in.failed', 'user.password.check_failed', 'user.two_step.check_failed', 'user.sign_in.locked']);

/** A snapshot without the records of failed password checks. */
function withoutFailedChecks(store: Store): string {
  return JSON.stringify(
    Object.entries(store.tables).map(([name, table]) => [
      name,
      [...(table as unknown as Map<string, Record<string, unknown>>).entries()]
        .filter(([, v]) => !(name === 'audit' && FAILED_CHECK_ACTIONS.has(v.action as string)) && !(name === 'outbox' && v.template === 'account_locked') && !(name === 'signIns' && v.outcome === 'failed'))
        .map(([k, v]) => [k, name === 'users' ? { ...v, passwordFailures: undefined } : v]),
    ]),
  );
}

function records(store: Store): unknown[] {
  const out: unknown[] = [];
  for (const table of Object.values(store.tables) as ReadonlyMap<string, unknown>[]) {
    out.push(table, table.size);
    for (const [key, record] of table) out.push(key, record);
  }
  return out;
}

function sameRecords(before: unknown[], store: Store): boolean {
  const now = records(store);
  return now.length === before.length && now.every((item, i) => item === before[i]);
}

function expectNoPollution(where: string): void {
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), where).toBe(false);
  expect(({} as Record<string, unknown>).polluted, where).toBeUndefined();
  expect(Object.prototype.toString.call([]), where).toBe('[object Array]');
}

describe('the fuzzer’s own generators', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });

  it('know every input shape in the contract', () => {
    for (const channel of CHANNELS) expect(() => inputShape(channel), channel).not.toThrow();
  });

  it('make valid inputs the schema accepts, and one-thing-wrong inputs it refuses', () => {
    for (const [index, channel] of CHANNELS.entries()) {
      const gen: Gen = { channel, hints: storeHints(f) };
      const shape = inputShape(channel);
      const schema = contract[channel].input;
      fc.assert(
        fc.property(validValue(shape, '', gen), (input) => {
          const parsed = schema.safeParse(input);
          expect(parsed.success, `${channel} ${fc.stringify(input)}: ${parsed.error?.message}`).toBe(true);
        }),
        { seed: SEED + 1_000 + index, numRuns: 40 },
      );
      const wrong = wrongObject(shape, gen);
      if (!wrong) continue;
      fc.assert(
        fc.property(wrong, (input) => {
          expect(schema.safeParse(input).success, `${channel} took ${fc.stringify(input)}`).toBe(false);
        }),
        { seed: SEED + 2_000 + index, numRuns: 40 },
      );
    }
  });
});

describe('every channel answers any payload with a well-formed Result', () => {
  let f: Fixture;
  let store: MemoryStore;
  let claire: string;

  beforeAll(async () => {
    store = new MemoryStore();
    f = await demoFixture(store);
    await f.signIn('Claire');
    claire = f.userId('Claire');
    expect(f.store.tables.users.get(claire)?.role).toBe('super_admin');
    expect(f.store.tables.subscriptions.size).toBeGreaterThan(0);
    expect(f.store.tables.invoices.size).toBeGreaterThan(0);
  });

  for (const [index, channel] of CHANNELS.entries()) {
    for (const signedIn of [true, false]) {
      it(`${channel}, ${signedIn ? 'signed in as the super admin' : 'signed out'}`, async () => {
        // Hints are read now, from the store as the earlier channels left it (ids included).
        const gen: Gen = { channel, hints: storeHints(f), ...(MUST_SUCCEED.has(channel) ? { sample: sampleInputs(f)[channel] } : {}) };
        const cartLines = FILLS_CART.has(channel) && signedIn ? fc.array(validValue(inputShape('cart.add'), '', { channel: 'cart.add', hints: gen.hints }), { maxLength: 2 }) : fc.constant([]);
        const inputSchema = contract[channel].input;
        const outputSchema = resultSchema(contract[channel].output);
        const tally = { ok: 0, commits: 0 };
        // The snapshot taken after a refusal is the next run's "before", as long as nothing has committed since.
        let known: { commits: number; snapshot: string } | undefined;
        await fc.assert(
          fc.asyncProperty(payloads(channel, gen), cartLines, async (payload, fill) => {
            for (const line of fill) await f.core.dispatch('cart.add', line, { userId: claire });
            const session: SessionState = { userId: signedIn ? claire : null };
            const where = `${channel} (${signedIn ? 'signed in' : 'signed out'})`;
            const commits = store.commits;
            // A payload the input schema takes goes through every step that can touch the store (the
            // handler included): its refusals are checked against a full snapshot. Any other payload
            // stops at the same first step, so for those the cheap check (no commit, the same records)
            // is enough, and keeps the file fast.
            const full = inputSchema.safeParse(payload).success;
            const before = full ? (known?.commits === commits ? known.snapshot : snapshot(f.store)) : records(f.store);
            if (full) known = undefined;
            const checked = full && PASSWORD_CHECKS.has(channel) ? withoutFailedChecks(f.store) : undefined;
            const result = await f.core.dispatch(channel, payload, session);
            expectWellFormed(outputSchema, result, where);
            if (!result.ok && checked !== undefined && store.commits > commits) {
              // A failed password check: recorded, and nothing else changed.
              expect(store.commits, `${where}: a refused password check committed more than its record`).toBe(commits + 1);
              expect(withoutFailedChecks(f.store), `${where}: a refused command changed the store`).toBe(checked);
              known = undefined;
            } else if (!result.ok) {
              expect(store.commits, `${where}: a refused command committed`).toBe(commits);
              if (typeof before === 'string') {
                const after = snapshot(f.store);
                expect(after, `${where}: a refused command changed the store`).toBe(before);
                known = { commits, snapshot: after };
              } else expect(sameRecords(before, f.store), `${where}: a refused command changed the store`).toBe(true);
            } else {
              tally.ok++;
              if (store.commits > commits) tally.commits++;
            }
            expectNoPollution(where);
          }),
          { seed: SEED + index * 2 + (signedIn ? 1 : 0), numRuns: HEAVY.has(channel) ? HEAVY_RUNS : RUNS },
        );
        if (signedIn && MUST_SUCCEED.has(channel)) expect(tally.ok, `${channel} never succeeded`).toBeGreaterThan(0);
        if (signedIn && MUST_COMMIT.has(channel)) expect(tally.commits, `${channel} never committed`).toBeGreaterThan(0);
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
    // Nothing here may commit, so one snapshot taken first stands for every run.
    const before = snapshot(f.store);
    await fc.assert(
      fc.asyncProperty(notChannels, fc.anything({ maxDepth: 2 }), fc.boolean(), async (name, payload, signedIn) => {
        const commits = store.commits;
        const result = await f.core.dispatch(name, payload, { userId: signedIn ? claire : null });
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.error.code).toBe('invalid_input');
        expect(result.error.key).toBe('errors.unknownChannel');
        expectTranslated(result.error.message, result.error.key, fc.stringify(name));
        expect(store.commits).toBe(commits);
        expect(snapshot(f.store)).toBe(before);
        expectNoPollution(fc.stringify(name));
      }),
      { seed: SEED - 1, numRuns: 300 },
    );
  });
});
