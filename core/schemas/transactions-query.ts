/** The Transactions view's query (core/billing/transactions-query.ts): filters, an order, one page. */
import { z } from 'zod';
import { transactionSchema } from './account.ts';
import { daySchema as day } from './activity.ts';

export const TX_SORT_COLUMNS = ['date', 'type', 'number', 'detail', 'status', 'amount', 'balance'] as const;
export type TxSortColumn = (typeof TX_SORT_COLUMNS)[number];


export const transactionsQueryInput = z
  .object({
    /** None: every type. */
    types: z.array(transactionSchema.shape.type).max(6).optional(),
    status: transactionSchema.shape.status.optional(),
    /** Days (YYYY-MM-DD) in the viewer's time zone, both included; compared as text, as the list's days are. */
    from: day.optional(),
    to: day.optional(),
    /** A document number (or part of one), or an amount such as "205.10" or "205,10". */
    query: z.string().max(200).optional(),
    /** Newest first when absent. */
    sort: z.object({ column: z.enum(TX_SORT_COLUMNS), desc: z.boolean() }).optional(),
    offset: z.number().int().min(0).optional(),
    /** 200 when absent, at most 1,000. */
    limit: z.number().int().min(1).max(1000).optional(),
  })
  .strict()
  .optional();
export type TransactionsQuery = z.output<typeof transactionsQueryInput>;

export const transactionsQueryOutput = z.object({
  transactions: z.array(transactionSchema),
  /** How many transactions the filters keep, of `total`. */
  matching: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  /** Where this page starts among the rows kept. */
  offset: z.number().int().nonnegative(),
});
