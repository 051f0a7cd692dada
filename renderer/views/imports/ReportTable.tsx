import { getCoreRowModel, getSortedRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VirtualTable } from '../../components/VirtualTable.tsx';
import { useFilteredRows } from './selectors.ts';
import { useReportColumns } from './use-report-columns.tsx';

const titleOf = (value: unknown) => String(value ?? '');

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
  return <VirtualTable table={table} label={t('imports.ui.report.tableLabel')} className="plain" wrapClassName="report-table" cellTitle={titleOf} empty={t('imports.ui.report.noRows')} />;
}
