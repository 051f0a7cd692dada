import { flexRender, type Header } from '@tanstack/react-table';

/** A column header that sorts on click and announces its order (aria-sort), with a visible arrow. */
export function SortableHeader<T>({ header, className }: { header: Header<T, unknown>; className?: string | undefined }) {
  const sorted = header.column.getIsSorted();
  return (
    <th className={className} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}>
      <button type="button" className="btn-link" onClick={header.column.getToggleSortingHandler()}>
        {flexRender(header.column.columnDef.header, header.getContext())}
        {sorted && <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : ' ▼'}</span>}
      </button>
    </th>
  );
}
