/** The users on screen (filters and order as shown) as CSV, for spreadsheets and scripts. */
import { writeCsv } from '../../../core/csv/write.ts';
import type { UserRow } from './store.ts';

export interface UsersCsvLabels {
  headers: { firstName: string; lastName: string; email: string; role: string; status: string; billingContact: string; products: string };
  role(row: UserRow): string;
  status(status: UserRow['status']): string;
  product(productId: string): string;
  yes: string;
  no: string;
}

export function usersCsv(rows: Iterable<UserRow>, labels: UsersCsvLabels): string {
  const h = labels.headers;
  const data: string[][] = [];
  for (const u of rows) {
    data.push([u.firstName, u.lastName, u.email, labels.role(u), labels.status(u.status), u.billingContact ? labels.yes : labels.no, u.products.map(labels.product).join('; ')]);
  }
  return writeCsv([h.firstName, h.lastName, h.email, h.role, h.status, h.billingContact, h.products], data);
}
