import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatShortDate } from '../../app/format.ts';
import { useLanguage, useTimeZone } from '../../app/selectors.ts';
import { CheckAllBox, CheckBox } from './CheckBoxes.tsx';
import { FIXED_WIDTHS, WIDTHS, type ColumnId } from './columns.ts';
import type { Visible } from './selectors.ts';
import type { UserRow } from './store.ts';
import { usePeopleLabels } from './use-labels.ts';
import { UserMenu } from './UserMenu.tsx';

/** Columns that are not sorted on: the tick box and the menu. */
export const FIXED_COLUMNS = new Set(['select', 'menu']);

/** Each arrangeable column's header text (the chooser and the resize handles name columns by it). */
export function useColumnLabel(): (id: ColumnId) => string {
  const { t } = useTranslation();
  return useMemo(() => {
    const labels: Record<ColumnId, string> = {
      name: t('ui.fields.name'),
      email: t('ui.fields.email'),
      role: t('ui.people.role'),
      billing: t('ui.people.billingContact'),
      products: t('ui.people.products'),
      lastChange: t('people.ui.columns.lastChange'),
    };
    return (id) => labels[id];
  }, [t]);
}

/** react-table's width and bounds of a column. */
const sized = (id: ColumnId) => ({ size: WIDTHS[id].size, minSize: WIDTHS[id].min, maxSize: WIDTHS[id].max });
const fixed = (id: keyof typeof FIXED_WIDTHS) => ({ size: FIXED_WIDTHS[id], minSize: FIXED_WIDTHS[id], maxSize: FIXED_WIDTHS[id], enableResizing: false, enableHiding: false });

/**
 * Tick box, name, email, role, billing contact, products, last change, and the user's menu. The
 * accessors only make a column sortable for react-table: the order itself comes from the index.
 */
export function useUserColumns(visible: Visible): ColumnDef<UserRow>[] {
  const { t } = useTranslation();
  const labels = usePeopleLabels();
  const header = useColumnLabel();
  const language = useLanguage();
  const timeZone = useTimeZone();
  return useMemo<ColumnDef<UserRow>[]>(
    () => [
      { id: 'select', header: () => <CheckAllBox visible={visible} />, cell: ({ row: { original: u } }) => <CheckBox user={u} label={t('people.ui.selectUser', { name: `${u.firstName} ${u.lastName}` })} />, enableSorting: false, ...fixed('select') },
      {
        id: 'name',
        header: header('name'),
        ...sized('name'),
        enableHiding: false,
        accessorFn: (u) => `${u.firstName} ${u.lastName}`,
        cell: ({ row: { original: u } }) => (
          <>
            <span title={`${u.firstName} ${u.lastName}`}>{`${u.firstName} ${u.lastName}`}</span>
            {u.status !== 'active' && <span className={`badge status-${u.status}`}>{labels.status(u.status)}</span>}
          </>
        ),
      },
      { id: 'email', header: header('email'), ...sized('email'), accessorFn: (u) => u.email, cell: ({ row }) => <span title={row.original.email}>{row.original.email}</span> },
      { id: 'role', header: header('role'), ...sized('role'), accessorFn: (u) => labels.role(u), cell: ({ row }) => <span title={labels.role(row.original)}>{labels.role(row.original)}</span> },
      { id: 'billing', header: header('billing'), ...sized('billing'), accessorFn: (u) => String(u.billingContact), cell: ({ row }) => (row.original.billingContact ? t('ui.common.yes') : '') },
      {
        id: 'products',
        header: header('products'),
        ...sized('products'),
        accessorFn: (u) => u.products.join(),
        cell: ({ row }) => {
          const names = row.original.products.map(labels.product).join(', ');
          return <span title={names}>{names}</span>;
        },
      },
      { id: 'lastChange', header: header('lastChange'), ...sized('lastChange'), accessorFn: (u) => u.updatedAt, cell: ({ row }) => formatShortDate(row.original.updatedAt, language, timeZone) },
      { id: 'menu', header: () => <span className="sr-only">{t('people.ui.columns.actions')}</span>, cell: ({ row: { original: u } }) => <UserMenu user={u} label={t('people.ui.actionsFor', { name: `${u.firstName} ${u.lastName}` })} />, enableSorting: false, ...fixed('menu') },
    ],
    // The label functions are rebuilt each render but depend only on t.
    [t, header, language, timeZone, visible],
  );
}
