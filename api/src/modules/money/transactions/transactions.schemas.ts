import { z } from 'zod';
import { Uuid } from '../../../http/ids';
import { PageQuery } from '../../../http/pagination';
import { CURRENCY_EXPONENTS, MoneyResponse } from '../currencies';
import { HistoryCursorSchema } from './transactions.cursor';

/** Ledger transaction kinds a user can see in their history. */
export const TRANSACTION_KINDS = ['payment_captured', 'escrow_released', 'refund', 'payout', 'payout_reversed', 'payout_failed'] as const;
export type TransactionKind = (typeof TRANSACTION_KINDS)[number];

/** pending: the seller's escrow; available: settled money; payment: the buyer's card (negative = charged). */
export const BALANCES = ['pending', 'available', 'payment'] as const;
export type Balance = (typeof BALANCES)[number];

const EARLIEST = Date.UTC(1970, 0, 1);
const LATEST = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
const instant = z.iso
  .datetime({ offset: true, error: 'must be an ISO 8601 date-time' })
  .transform((s) => new Date(s))
  // Postgres refuses year 0, which ISO 8601 allows; no ledger entry predates 1970 anyway.
  .refine((d) => d.getTime() >= EARLIEST && d.getTime() <= LATEST, 'must be between 1970 and 9999');

export const TransactionsQuery = PageQuery.omit({ cursor: true })
  .extend({
    cursor: HistoryCursorSchema.optional().describe('Opaque cursor: the previous page’s next_cursor, for the page after it (omit for the first page)'),
    currency: z
      .string()
      .refine((c) => Object.hasOwn(CURRENCY_EXPONENTS, c), 'must be a supported ISO 4217 currency code')
      .optional()
      .describe('Only rows in this ISO 4217 currency, e.g. EUR'),
    kind: z
      .enum(TRANSACTION_KINDS, { error: `must be one of ${TRANSACTION_KINDS.join(', ')}` })
      .optional()
      .describe('Only rows of this ledger transaction kind'),
    balance: z
      .enum(BALANCES, { error: `must be one of ${BALANCES.join(', ')}` })
      .optional()
      .describe('Only rows of this balance: pending (escrow), available (settled), payment (your card; negative = charged)'),
    from: instant.optional().describe('Inclusive lower bound on created_at'),
    to: instant.optional().describe('Exclusive upper bound on created_at'),
    order_id: Uuid.optional().describe('Only rows about this order'),
    format: z
      .enum(['json', 'csv'], { error: 'must be json or csv' })
      .optional()
      .describe('csv (or Accept: text/csv) downloads the whole filtered history; limit and cursor apply to JSON pages only'),
  })
  .strict();
export type TransactionsQuery = z.infer<typeof TransactionsQuery>;

export const TransactionRowResponse = z
  .object({
    id: z.string().describe('<transaction_id>:<balance>:<currency>, stable'),
    transaction_id: z.uuid(),
    kind: z.string(),
    order_id: z.uuid().nullable(),
    amount: MoneyResponse,
    balance: z.enum(BALANCES),
    created_at: z.iso.datetime(),
  })
  .meta({
    id: 'TransactionRow',
    examples: [
      {
        id: '7c9e6679-7425-40de-944b-e07fc1f90ae7:available:EUR',
        transaction_id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
        kind: 'escrow_released',
        order_id: '0b8f3c2e-5a1d-4c6e-9f7a-2d3b4c5e6f70',
        amount: { amount: 4750, currency: 'EUR' },
        balance: 'available',
        created_at: '2026-03-02T10:15:00.000Z',
      },
    ],
  });

export const TransactionsPage = z.object({ data: z.array(TransactionRowResponse), next_cursor: z.string().nullable() });
