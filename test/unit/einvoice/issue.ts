/** Documents issued through the core, for the e-invoice tests: orders placed by a billing contact. */
import type { CartChange, Invoice } from '../../../core/model/records.ts';
import { demoFixture, type Fixture } from '../../../core/testing/fixture.ts';

export type Session = Awaited<ReturnType<Fixture['signIn']>>;

export async function billingFixture() {
  const f = await demoFixture();
  const s = await f.signIn('Claire');
  let n = 0;
  const sub = (productId: string) => [...f.store.tables.subscriptions.values()].find((x) => x.productId === productId)!;
  return {
    f,
    s,
    sub,
    /** Places one order of these changes; the invoice or credit note it issued. */
    async order(...changes: CartChange[]): Promise<Invoice> {
      for (const change of changes) {
        const added = await f.call(s, 'cart.add', { change });
        if (!added.ok) throw new Error(`cart.add refused: ${added.error.message}`);
      }
      const placed = await f.call(s, 'orders.place', { idempotencyKey: `einvoice-${++n}` });
      if (!placed.ok || !placed.value.invoiceId) throw new Error(`orders.place refused: ${placed.ok ? 'no invoice' : placed.error.message}`);
      return f.store.tables.invoices.get(placed.value.invoiceId)!;
    },
    /** Moves the account to another billing country (and VAT number, or none). */
    async relocate(country: string, vatNumber?: string, postalCode = '10115', region?: string) {
      const address = { line1: '1 Example Street', city: 'Example City', postalCode, country, ...(region ? { region } : {}) };
      const saved = await f.call(s, 'account.updateBilling', { name: 'Lumen Analytics SAS', billingAddress: address, ...(vatNumber ? { vatNumber } : {}), confirm: true });
      if (!saved.ok) throw new Error(`account.updateBilling refused: ${saved.error.message}`);
    },
  };
}

/** Every text of the elements with this qualified name, in document order. */
export function texts(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}(?:\\s[^>]*)?>([^<]*)</${name}>`, 'gu'))].map((m) => m[1]!);
}

/** The one text of this element; throws unless there is exactly one. */
export function text(xml: string, name: string): string {
  const all = texts(xml, name);
  if (all.length !== 1) throw new Error(`${name}: ${all.length} occurrences`);
  return all[0]!;
}
