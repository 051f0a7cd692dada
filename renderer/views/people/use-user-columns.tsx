import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatShortDate } from '../../app/format.ts';
import { useLanguage, useTimeZone } from '../../app/selectors.ts';
import { CheckAllBox, CheckBox } from './CheckBoxes.tsx';
import type { Visible } from './selectors.ts';
import type { UserRow } from './store.ts';
import { usePeopleLabels } from './use-labels.ts';
import { UserMenu } from './UserMenu.tsx';

/** Columns that are not sorted on: the tick box and the menu. */
export const FIXED_COLUMNS = new Set(['select', 'menu']);

/**
 * Tick box, name, email, role, billing contact, products, last change, and the user's menu. The
 * accessors only make a column sortable for react-table: the order itself comes from the index.
 */
export function useUserColumns(visible: Visible): ColumnDef<UserRow>[] {
  const { t } = useTranslation();
  const labels = usePeopleLabels();
  const language = useLanguage();
  const timeZone = useTimeZone();
  return useMemo<ColumnDef<UserRow>[]>(
    () => [
      { id: 'select', header: () => <CheckAllBox visible={visible} />, cell: ({ row: { original: u } }) => <CheckBox user={u} label={t('people.ui.selectUser', { name: `${u.firstName} ${u.lastName}` })} />, enableSorting: false },
      {
        id: 'name',
        header: t('ui.fields.name'),
        accessorFn: (u) => `${u.firstName} ${u.lastName}`,
        cell: ({ row: { original: u } }) => (
          <>
            {`${u.firstName} ${u.lastName}`}
            {u.status !== 'active' && <span className={`badge status-${u.status}`}>{labels.status(u.status)}</span>}
          </>
        ),
      },
      { id: 'email', header: t('ui.fields.email'), accessorFn: (u) => u.email, cell: ({ row }) => <span title={row.original.email}>{row.original.email}</span> },
      { id: 'role', header: t('ui.people.role'), accessorFn: (u) => labels.role(u), cell: ({ row }) => <span title={labels.role(row.original)}>{labels.role(row.original)}</span> },
      { id: 'billing', header: t('ui.people.billingContact'), accessorFn: (u) => String(u.billingContact), cell: ({ row }) => (row.original.billingContact ? t('ui.common.yes') : '') },
      {
        id: 'products',
        header: t('ui.people.products'),
        accessorFn: (u) => u.products.join(),
        cell: ({ row }) => {
          const names = row.original.products.map(labels.product).join(', ');
          return <span title={names}>{names}</span>;
        },
      },
      { id: 'lastChange', header: t('people.ui.columns.lastChange'), accessorFn: (u) => u.updatedAt, cell: ({ row }) => formatShortDate(row.original.updatedAt, language, timeZone) },
      { id: 'menu', header: () => <span className="sr-only">{t('people.ui.columns.actions')}</span>, cell: ({ row: { original: u } }) => <UserMenu user={u} label={t('people.ui.actionsFor', { name: `${u.firstName} ${u.lastName}` })} />, enableSorting: false },
    ],
    // The label functions are rebuilt each render but depend only on t.
    [t, language, timeZone, visible],
  );
}
