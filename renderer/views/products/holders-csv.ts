/** Who holds a product, as the holders list shows it (filters applied), for spreadsheets: through the one CSV writer. */
import { writeCsv } from '../../../core/csv/write.ts';
import type { OutputOf } from '../../../core/contract.ts';

export type Holder = OutputOf<'products.holders'>['holders'][number];

export interface HoldersCsvLabels {
  headers: { name: string; email: string; held: string };
  /** "Direct", "via Support team", joined. */
  held(holder: Holder): string;
}

export function holdersCsv(rows: readonly Holder[], labels: HoldersCsvLabels): string {
  return writeCsv(
    [labels.headers.name, labels.headers.email, labels.headers.held],
    rows.map((h) => [h.name, h.email, labels.held(h)]),
  );
}

export type HowHeld = 'all' | 'direct' | 'group';

/** The holders a filter keeps: text in the name, email or a group's name, and how the licence is held. */
export function filterHolders(rows: readonly Holder[], text: string, how: HowHeld): Holder[] {
  const q = text.trim().toLocaleLowerCase();
  return rows.filter((h) => {
    if (how === 'direct' && !h.direct) return false;
    if (how === 'group' && !h.via.length) return false;
    return !q || [h.name, h.email, ...h.via.map((g) => g.name)].some((s) => s.toLocaleLowerCase().includes(q));
  });
}
