/** `invoices.einvoice`: an issued document's CII XML, for who may view invoices. */
import { describe, expect, it } from 'vitest';
import { eInvoiceOf } from '../../../core/einvoice/einvoice.ts';
import { demoFixture } from '../../../core/testing/fixture.ts';

describe('the invoices.einvoice channel', () => {
  it('gives the XML, its file name and the Factur-X details, titled in the reader’s language', async () => {
    const f = await demoFixture();
    const invoice = [...f.store.tables.invoices.values()].at(-1)!;
    const claire = await f.call(await f.signIn('Claire'), 'invoices.einvoice', { id: invoice.id });
    expect(claire).toEqual({
      ok: true,
      value: {
        number: invoice.number,
        fileName: `${invoice.number}.xml`,
        xml: eInvoiceOf(f.store.tables, invoice).xml,
        facturX: { fileName: 'factur-x.xml', title: `Invoice ${invoice.number}`, author: 'Helpline Software Ireland Ltd', date: invoice.issuedAt },
      },
    });
    // Hannah (a billing contact) reads German.
    const hannah = await f.call(await f.signIn('Hannah'), 'invoices.einvoice', { id: invoice.id });
    expect(hannah.ok && hannah.value.facturX.title).toBe(`Rechnung ${invoice.number}`);
  });

  it('answers not_found for an unknown invoice and forbidden to someone without the billing view', async () => {
    const f = await demoFixture();
    const invoice = [...f.store.tables.invoices.values()].at(-1)!;
    expect(await f.call(await f.signIn('Claire'), 'invoices.einvoice', { id: 'inv_unknown' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await f.call(await f.signIn('Tom'), 'invoices.einvoice', { id: invoice.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
