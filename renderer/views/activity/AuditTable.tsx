import { flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { useVirtualRows } from '../../components/use-virtual-rows.ts';
import { useActivityStore } from './store.ts';
import { useAuditColumns } from './use-audit-columns.tsx';
import { useLoadMore } from './use-load-more.ts';

/** The matching entries, virtualized so 100,000 stay smooth; the next page loads as the end nears. */
export function AuditTable() {
  const { t } = useTranslation();
  const audit = useActivityStore((s) => s.audit);
  const openId = useActivityStore((s) => s.openEntryId);
  const openEntry = useActivityStore((s) => s.openEntry);
  const loadMore = useActivityStore((s) => s.loadMoreAudit);
  const columns = useAuditColumns();
  const table = useReactTable({ data: audit.rows, columns, getCoreRowModel: getCoreRowModel(), getRowId: (row) => row.id });
  const rows = table.getRowModel().rows;
  const { scrollRef, items, padTop, padBottom } = useVirtualRows(rows.length, 12);
  useLoadMore(items[items.length - 1]?.index ?? 0, rows.length, audit.next !== null, loadMore);
  const open = (id: string) => openEntry(id === openId ? null : id);

  return (
    <div className="table-wrap activity-table" ref={scrollRef}>
      <table className="table" aria-label={t('ui.activity.audit')} aria-rowcount={audit.total + 1}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id} className={`col-${header.id}`}>
                  {flexRender(header.column.columnDef.header, header.getContext())}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {padTop > 0 && <tr style={{ height: padTop }} aria-hidden="true" />}
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <tr
                key={row.id}
                aria-rowindex={item.index + 2}
                aria-selected={row.id === openId}
                tabIndex={0}
                onClick={() => open(row.id)}
                onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), open(row.id))}
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={`col-${cell.column.id}`}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            );
          })}
          {padBottom > 0 && <tr style={{ height: padBottom }} aria-hidden="true" />}
        </tbody>
      </table>
      {audit.loading && audit.rows.length > 0 && <p className="muted table-note">{t('ui.activity.loadingMore')}</p>}
    </div>
  );
}
