import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatShortDate } from '../../app/format.ts';
import { useLanguage, useTimeZone } from '../../app/selectors.ts';
import { useSessionStore } from '../../app/session-store.ts';
import type { Transaction } from './store.ts';
import { useTransactionLabels } from './use-labels.ts';

export const NUMERIC_COLUMNS = new Set(['amount', 'balance']);

/** Date, type, number, detail, status, amount and running balance; each sorts (in the core: transactions.query). */
export function useColumns(): ColumnDef<Transaction>[] {
  const { t } = useTranslation();
  const language = useLanguage();
  const timeZone = useTimeZone();
  const { type, status, detail } = useTransactionLabels();
  const go = useSessionStore((s) => s.go);
  return useMemo<ColumnDef<Transaction>[]>(
    () => [
      // The core sorts (core/billing/transactions-query.ts): the columns only name and render.
      { id: 'date', header: t('ui.transactions.columns.date'), accessorKey: 'at', cell: ({ row }) => formatShortDate(row.original.at, language, timeZone) },
      { id: 'type', header: t('ui.transactions.columns.type'), accessorFn: (row) => type(row.type) },
      {
        id: 'number',
        header: t('ui.transactions.columns.number'),
        accessorKey: 'number',
        cell: ({ row }) => (
          <a
            href={`#/invoice/${encodeURIComponent(row.original.invoiceId)}`}
            onClick={(e) => {
              e.preventDefault();
              e.stopPropagation();
              go('invoice', row.original.invoiceId);
            }}
          >
            {row.original.number}
          </a>
        ),
      },
      {
        id: 'detail',
        header: t('ui.transactions.columns.detail'),
        accessorFn: (row) => detail(row),
        // Cut with an ellipsis at narrow widths: the whole detail in the title.
        cell: ({ getValue }) => <span title={getValue<string>()}>{getValue<string>()}</span>,
      },
      {
        id: 'status',
        header: t('ui.transactions.columns.status'),
        accessorFn: (row) => status(row.status),
        cell: ({ row, getValue }) => <span className={`badge status-${row.original.status}`}>{getValue<string>()}</span>,
      },
      {
        id: 'amount',
        header: t('ui.transactions.columns.amount'),
        accessorKey: 'amount',
        // A failed payment moved no money: it shows what it tried to charge, as an attempt.
        cell: ({ row }) =>
          row.original.attempted === null ? (
            formatMoney(row.original.amount, row.original.currency, language)
          ) : (
            <span className="muted">{t('ui.transactions.notCharged', { amount: formatMoney(row.original.attempted, row.original.currency, language) })}</span>
          ),
      },
      { id: 'balance', header: t('ui.transactions.columns.balance'), accessorKey: 'balanceAfter', cell: ({ row }) => formatMoney(row.original.balanceAfter, row.original.currency, language) },
    ],
    // The label functions are rebuilt each render but depend only on t.
    [t, language, timeZone, go],
  );
}
