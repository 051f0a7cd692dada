/**
 * For any CSV of valid and invalid rows: the check plans no blocker, and applying it never goes
 * beyond the seats bought, reflects every `ok` row, and leaves every other user and product as it was.
 * Then the scale the SPEC asks for: 10k rows against 10k users (its speed is measured by the bench).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignedCount } from '../billing/views.ts';
import { CATALOG } from '../catalog/catalog.ts';
import { seatsBought } from '../licences/seats.ts';
import { put, type Change } from '../model/changes.ts';
import type { User } from '../model/records.ts';
import { DEMO_PEOPLE, demoEmail } from '../seed/demo-people.ts';
import { MemoryStore } from '../store/memory-store.ts';
import { demoFixture, snapshot } from '../testing/fixture.ts';
import { checkRows } from '../testing/import-rows.ts';
import { parseLicenceCsv } from './csv.ts';
import { featuresOf, productOf } from './fields.ts';

const EMAILS = [...DEMO_PEOPLE.map(demoEmail), 'ghost@lumen-analytics.example', demoEmail(DEMO_PEOPLE[3]!).toUpperCase(), ''];
const PRODUCTS = [...CATALOG.flatMap((p) => [p.id, p.name]), 'Teleport', ''];
const ACTIONS = ['assign', 'add', 'REMOVE', 'remove', 'give', ''];
const FEATURES = ['', 'session_recording=on', '+unattended_access -session_recording', 'call_recording=off; voicemail_transcription=on', 'queue_callbacks', '+webinars', 'meeting_recording=maybe', 'teleport=on'];

const row = fc.tuple(fc.constantFrom(...EMAILS), fc.constantFrom(...PRODUCTS), fc.constantFrom(...FEATURES), fc.constantFrom(...ACTIONS));
const quote = (cell: string, sep: string) => (cell.includes(sep) || cell.includes(',') ? `"${cell}"` : cell);
const csvOf = (rows: string[][], sep: string) => ['email', 'product', 'features', 'action'].join(sep) + '\r\n' + rows.map((r) => r.map((c) => quote(c, sep)).join(sep)).join('\r\n');

const key = (userId: string, productId: string) => `${userId}|${productId}`;

describe('imports: apply, for any file', () => {
  it('stays within seats, applies every ok row and nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 40 }), fc.constantFrom(',', ';', '\t'), fc.boolean(), fc.boolean(), async (lines, sep, alsoRemoveFromQueues, notify) => {
        const f = await demoFixture();
        const s = await f.signIn('Claire');
        const parsed = parseLicenceCsv(csvOf(lines, sep));
        if (!parsed.ok) throw new Error(parsed.error.key);
        const users = f.store.tables.users;
        const before = new Map([...users.values()].map((u) => [u.id, u]));
        const byEmail = new Map([...users.values()].map((u) => [u.email.toLowerCase(), u]));
        const report = await checkRows(f, s, parsed.rows, alsoRemoveFromQueues);
        expect(report.blockers).toEqual([]);

        const snap = snapshot(f.store);
        const result = await f.call(s, 'imports.apply', { rows: parsed.rows, alsoRemoveFromQueues, notify, digest: report.digest });
        if (!report.totals.ok) {
          expect(result).toMatchObject({ ok: false, error: { key: 'imports.errors.nothingToApply' } });
          expect(snapshot(f.store)).toBe(snap);
          return;
        }
        expect(result).toMatchObject({ ok: true, value: { applied: report.totals.ok } });

        const applied = new Set<string>();
        const losingPhone = new Set<string>();
        report.rows.forEach((r, i) => {
          if (r.status !== 'ok') return;
          const user = byEmail.get(r.email.toLowerCase())!;
          const product = productOf(r.product)!;
          applied.add(key(user.id, product.id));
          if (product.id === 'business_phone') losingPhone.add(user.id);
          const held = users.get(user.id)!.products.find((p) => p.productId === product.id);
          if (/remove/i.test(r.action)) expect(held, `line ${parsed.rows[i]!.line}`).toBeUndefined();
          else {
            const asked = featuresOf(r.features, product);
            expect(asked.ok && held && Object.entries(asked.features).every(([name, on]) => held.features[name] === on), `line ${r.line}`).toBe(true);
          }
        });
        for (const [id, was] of before) {
          for (const product of CATALOG) {
            if (applied.has(key(id, product.id))) continue;
            // Leaving the queues (when asked) takes Contact Center from those losing Business Phone.
            if (product.id === 'contact_center' && alsoRemoveFromQueues && losingPhone.has(id)) continue;
            const holding = (u: User) => u.products.find((p) => p.productId === product.id);
            expect(holding(users.get(id)!), `${was.email} ${product.id}`).toEqual(holding(was));
          }
        }
        for (const product of CATALOG) expect(assignedCount(f.store.tables, product.id), product.id).toBeLessThanOrEqual(seatsBought(f.store.tables, product.id));
        for (const queue of f.store.tables.queues.values()) {
          for (const m of queue.members) expect(users.get(m.userId)!.products.some((p) => p.productId === 'contact_center')).toBe(true);
        }
      }),
      { seed: 2718, numRuns: 120 },
    );
  });
});

describe('imports at scale', () => {
  // Its speed is a bench figure (npm run bench), not a timed test: here, that the scale is handled right.
  it('checks and applies 10k rows against 10k users', async () => {
    const store = new MemoryStore();
    const f = await demoFixture(store);
    const s = await f.signIn('Claire');
    const template = store.tables.users.get(f.userId('Yannick'))!;
    const changes: Change[] = [];
    for (let i = 0; i < 10_000; i++) {
      const id = `usr_bulk${i}`;
      changes.push(put('users', id, { ...template, id, email: `bulk.${i}@lumen-analytics.example`, firstName: 'Bulk', lastName: String(i), products: [] }));
    }
    for (const sub of store.tables.subscriptions.values()) if (sub.productId === 'remote_support') changes.push(put('subscriptions', sub.id, { ...sub, seats: 20_000 }));
    await store.commit(changes);
    const text = 'email;product;features;action\r\n' + Array.from({ length: 10_000 }, (_, i) => `bulk.${i}@lumen-analytics.example;Remote Support;"session_recording=on; unattended_access=off";assign`).join('\r\n');
    const parsed = parseLicenceCsv(text);
    if (!parsed.ok) throw new Error(parsed.error.key);
    const report = await checkRows(f, s, parsed.rows);
    expect(report.totals.ok).toBe(10_000);
    const applied = await f.call(s, 'imports.apply', { rows: parsed.rows, alsoRemoveFromQueues: false, notify: false, digest: report.digest });
    expect(applied).toMatchObject({ ok: true, value: { applied: 10_000, changedUsers: 10_000 } });
  });
});
