import { flexRender, getCoreRowModel, getFilteredRowModel, getSortedRowModel, useReactTable, type ColumnDef, type SortingState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matches } from './selectors.ts';
import { usePeopleStore, type UserRow } from './store.ts';
import { SortableHeader } from '../../components/SortableHeader.tsx';
import { useVirtualRows } from '../../components/use-virtual-rows.ts';


/** Every user, virtualized so that tens of thousands of rows stay smooth. */
export function UsersTable() {
  const { t } = useTranslation();
  const users = usePeopleStore((s) => s.users);
  const query = usePeopleStore((s) => s.query);
  const selectedId = usePeopleStore((s) => s.selectedId);
  const select = usePeopleStore((s) => s.select);
  const [sorting, setSorting] = useState<SortingState>([]);

  const columns = useMemo<ColumnDef<UserRow>[]>(
    () => [
      { id: 'name', header: t('ui.fields.name'), accessorFn: (u) => `${u.lastName} ${u.firstName}`, cell: ({ row }) => `${row.original.firstName} ${row.original.lastName}` },
      { id: 'email', header: t('ui.fields.email'), accessorKey: 'email' },
      { id: 'role', header: t('ui.people.role'), accessorFn: (u) => u.customRoleName ?? t(`ui.roles.${u.role}`) },
      { id: 'billing', header: t('ui.people.billingContact'), accessorFn: (u) => (u.billingContact ? t('ui.common.yes') : '') },
      { id: 'products', header: t('ui.people.products'), accessorFn: (u) => u.products.map((p) => t(`ui.products.${p}`)).join(', ') },
    ],
    [t],
  );
  const table = useReactTable({
    data: users,
    columns,
    state: { sorting, globalFilter: query },
    onSortingChange: setSorting,
    globalFilterFn: (row, _id, value: string) => matches(row.original, value),
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
  });
  const rows = table.getRowModel().rows;
  const { scrollRef, items, padTop, padBottom } = useVirtualRows(rows.length, 10);

  return (
    <div className="table-wrap" ref={scrollRef} style={{ maxHeight: 'calc(100vh - 190px)' }}>
      <table className="table" aria-label={t('ui.people.usersTable')} aria-rowcount={rows.length}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <SortableHeader key={header.id} header={header} />
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {padTop > 0 && <tr style={{ height: padTop }} aria-hidden="true" />}
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <tr key={row.id} aria-selected={row.original.id === selectedId} tabIndex={0} onClick={() => select(row.original.id)} onKeyDown={(e) => e.key === 'Enter' && select(row.original.id)}>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
                ))}
              </tr>
            );
          })}
          {padBottom > 0 && <tr style={{ height: padBottom }} aria-hidden="true" />}
        </tbody>
      </table>
    </div>
  );
}
