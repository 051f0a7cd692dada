import { useCan } from '../../app/selectors.ts';
import { useSessionStore } from '../../app/session-store.ts';

/** An invoice number that opens the invoice, as in Invoices & transactions (plain text for whom may not see invoices). */
export function InvoiceLink({ id, number }: { id: string; number: string }) {
  const go = useSessionStore((s) => s.go);
  // The invoice view asks for View billing (routes.tsx).
  const canSee = useCan('view_billing');
  if (!canSee) return <>{number}</>;
  return (
    <a
      href={`#/invoice/${encodeURIComponent(id)}`}
      onClick={(e) => {
        e.preventDefault();
        go('invoice', id);
      }}
    >
      {number}
    </a>
  );
}
