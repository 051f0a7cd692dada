/** The vendor issuing the invoices: established in Ireland (IE), which drives the VAT rules. */
import type { Invoice } from '../model/records.ts';

export const SELLER: Invoice['seller'] = {
  name: 'Helpline Software Ireland Ltd',
  address: { line1: '2 Grand Canal Square', city: 'Dublin 2', postalCode: 'D02 A342', country: 'IE' },
  vatNumber: 'IE6388047V',
};

/** The seller's company number at Ireland's Companies Registration Office (its legal registration). */
export const SELLER_COMPANY_NUMBER = '654321';
