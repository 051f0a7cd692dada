/**
 * What a change of billing details does to the account's tax treatment (SPEC §3): the VAT number
 * dropped, reverse charge lost or gained, the rate changed. The update asks for confirmation when the
 * list is not empty, so the admin is told exactly what will change before it does.
 */
import { taxTreatment, type TaxTreatment } from '../billing/tax.ts';
import type { TaxChange } from '../schemas/account.ts';

export interface TaxSide {
  country: string;
  vatNumber?: string | undefined;
}

export function taxChanges(before: TaxSide, after: TaxSide): { changes: TaxChange[]; from: TaxTreatment; to: TaxTreatment } {
  const from = taxTreatment(before);
  const to = taxTreatment(after);
  const changes: TaxChange[] = [];
  if (before.vatNumber && !after.vatNumber) changes.push({ kind: 'vat_number_dropped', vatNumber: before.vatNumber });
  if (from.kind === 'reverse_charge' && to.kind !== 'reverse_charge') changes.push({ kind: 'reverse_charge_lost' });
  if (from.kind !== 'reverse_charge' && to.kind === 'reverse_charge') changes.push({ kind: 'reverse_charge_gained' });
  if (from.rateBasisPoints !== to.rateBasisPoints || from.kind !== to.kind) {
    changes.push({ kind: 'tax_changed', from: { kind: from.kind, rateBasisPoints: from.rateBasisPoints, country: from.country }, to: { kind: to.kind, rateBasisPoints: to.rateBasisPoints, country: to.country } });
  }
  return { changes, from, to };
}
