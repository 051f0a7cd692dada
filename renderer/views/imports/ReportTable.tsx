import { flexRender, getCoreRowModel, getSortedRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SortableHeader } from '../../components/SortableHeader.tsx';
import { useVirtualRows } from '../../components/use-virtual-rows.ts';
import { useFilteredRows } from './selectors.ts';
import { useReportColumns } from './use-report-columns.tsx';

/** The dry-run report, one line per row of the file, virtualized so 20,000 rows stay smooth. */
export function ReportTable() {
  const { t } = useTranslation();
  const data = useFilteredRows();
  const columns = useReportColumns();
  const [sorting, setSorting] = useState<SortingState>([]);
  const table = useReactTable({
    data,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  const rows = table.getRowModel().rows;
  const { scrollRef, items, padTop, padBottom } = useVirtualRows(rows.length, 12);

  return (
    <div className="table-wrap report-table" ref={scrollRef}>
      <table className="table plain" aria-label={t('imports.ui.report.tableLabel')} aria-rowcount={rows.length + 1}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <SortableHeader key={header.id} header={header} className={`col-${header.id}`} />
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {padTop > 0 && <tr style={{ height: padTop }} aria-hidden="true" />}
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <tr key={row.id} aria-rowindex={item.index + 2}>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={`col-${cell.column.id}`} title={String(cell.getValue() ?? '')}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            );
          })}
          {padBottom > 0 && <tr style={{ height: padBottom }} aria-hidden="true" />}
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns.length} className="muted">
                {t('imports.ui.report.noRows')}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
