import { getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VirtualTable } from '../../components/VirtualTable.tsx';
import { useActivityStore } from './store.ts';
import { useAuditColumns } from './use-audit-columns.tsx';
import { useLoadMore } from './use-load-more.ts';

/** Two lines a row (activity.css fixes it: `.audit-table tbody tr[aria-rowindex]`). */
const AUDIT_ROW_HEIGHT = 58;

/** The matching entries, virtualized so 100,000 stay smooth; the next page loads as the end nears. */
export function AuditTable() {
  const { t } = useTranslation();
  const audit = useActivityStore((s) => s.audit);
  const openId = useActivityStore((s) => s.openEntryId);
  const openEntry = useActivityStore((s) => s.openEntry);
  const loadMore = useActivityStore((s) => s.loadMoreAudit);
  const columns = useAuditColumns();
  const table = useReactTable({ data: audit.rows, columns, getCoreRowModel: getCoreRowModel(), getRowId: (row) => row.id });
  const [lastIndex, setLastIndex] = useState(0);
  useLoadMore(lastIndex, audit.rows.length, audit.next !== null, loadMore);
  const open = (id: string) => openEntry(id === openId ? null : id);

  return (
    <VirtualTable
      table={table}
      label={t('ui.activity.audit')}
      wrapClassName="activity-table"
      className="audit-table"
      totalRows={audit.total}
      sortable={false}
      rowHeight={AUDIT_ROW_HEIGHT}
      onRangeEnd={setLastIndex}
      rowProps={(row) => ({
        'aria-selected': row.id === openId,
        tabIndex: 0,
        onClick: () => open(row.id),
        onKeyDown: (e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), open(row.id)),
      })}
    >
      {audit.loading && audit.rows.length > 0 && <p className="muted table-note">{t('ui.activity.loadingMore')}</p>}
    </VirtualTable>
  );
}
