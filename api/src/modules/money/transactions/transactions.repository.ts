import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../../db/schema';
import { toAmount } from '../currencies';
import { encodeHistoryCursor, type HistoryCursor } from './transactions.cursor';
import type { Balance, TransactionKind } from './transactions.schemas';

// A user's side of each ledger transaction, one row per (transaction, balance, currency):
//   seller side — postings on accounts they own: escrow → `pending`, available → `available`;
//   buyer side  — for transactions of orders they bought, the postings on the external PSP account:
//                 negative when their card was charged, positive when money went back to it.
// Each page is one statement. Its cost is bounded by the user's own history (owner index → postings
// by account; buyer index → transactions by order → postings by transaction), never the whole ledger.

export interface HistoryFilter {
  currency?: string;
  kind?: TransactionKind;
  balance?: Balance;
  from?: Date;
  to?: Date;
  orderId?: string;
}

export interface HistoryRow {
  transaction_id: string;
  kind: string;
  order_id: string | null;
  created_at: Date;
  currency: string;
  balance: Balance;
  amount: string;
  /** `<balance>:<currency>`: the tie-breaker within a transaction. */
  bucket: string;
  /** created_at with microseconds, for the cursor. */
  cursor_at: string;
}

/** Conditions both sides share; `t` is the ledger transaction, `p` the posting. */
function conditions(f: HistoryFilter, cursor: HistoryCursor | undefined): RawBuilder<boolean>[] {
  const where: RawBuilder<boolean>[] = [];
  if (f.kind) where.push(sql<boolean>`t.kind = ${f.kind}`);
  if (f.currency) where.push(sql<boolean>`p.currency = ${f.currency}`);
  if (f.from) where.push(sql<boolean>`t.created_at >= ${f.from}`);
  if (f.to) where.push(sql<boolean>`t.created_at < ${f.to}`);
  if (f.orderId) where.push(sql<boolean>`t.order_id = ${f.orderId}`);
  // Prunes older transactions before grouping; the exact (…, bucket) comparison follows outside.
  if (cursor) where.push(sql<boolean>`(t.created_at, t.id) <= (${cursor.at}::timestamptz, ${cursor.transactionId}::uuid)`);
  return where;
}

function sellerSide(db: Kysely<DB>, userId: string, kinds: ('escrow' | 'available')[], where: RawBuilder<boolean>[]) {
  let q = db
    .selectFrom('ledger_accounts as a')
    .innerJoin('ledger_postings as p', 'p.account_id', 'a.id')
    .innerJoin('ledger_transactions as t', 't.id', 'p.transaction_id')
    .select([
      't.id as transaction_id',
      't.kind',
      't.order_id',
      't.created_at',
      'p.currency',
      sql<Balance>`CASE a.kind WHEN 'escrow' THEN 'pending' ELSE 'available' END`.as('balance'),
      sql<string>`sum(p.amount)`.as('amount'),
    ])
    .where('a.owner_id', '=', userId)
    .where('a.kind', 'in', kinds);
  for (const w of where) q = q.where(w);
  return q.groupBy(['t.id', 'a.kind', 'p.currency']).having(sql`sum(p.amount)`, '<>', 0);
}

function buyerSide(db: Kysely<DB>, userId: string, where: RawBuilder<boolean>[]) {
  let q = db
    .selectFrom('orders as o')
    .innerJoin('ledger_transactions as t', 't.order_id', 'o.id')
    .innerJoin('ledger_postings as p', 'p.transaction_id', 't.id')
    .innerJoin('ledger_accounts as a', 'a.id', 'p.account_id')
    .select(['t.id as transaction_id', 't.kind', 't.order_id', 't.created_at', 'p.currency', sql<Balance>`'payment'::text`.as('balance'), sql<string>`sum(p.amount)`.as('amount')])
    .where('o.buyer_id', '=', userId)
    .where('a.kind', '=', 'external');
  for (const w of where) q = q.where(w);
  return q.groupBy(['t.id', 'p.currency']).having(sql`sum(p.amount)`, '<>', 0);
}

/** Up to `limit + 1` rows after `cursor`, newest first; the extra row only says another page exists. */
export function transactionPage(db: Kysely<DB>, userId: string, f: HistoryFilter, limit: number, cursor?: HistoryCursor): Promise<HistoryRow[]> {
  const where = conditions(f, cursor);
  const sides = [];
  if (f.balance !== 'payment')
    sides.push(sellerSide(db, userId, f.balance === 'pending' ? ['escrow'] : f.balance === 'available' ? ['available'] : ['escrow', 'available'], where));
  if (f.balance === undefined || f.balance === 'payment') sides.push(buyerSide(db, userId, where));
  const [first, ...rest] = sides;
  const union = rest.reduce((all, side) => all.unionAll(side), first!);
  let q = db
    .selectFrom(union.as('h'))
    .selectAll('h')
    .select([sql<string>`h.balance || ':' || h.currency`.as('bucket'), sql<string>`to_char(h.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('cursor_at')]);
  if (cursor) {
    q = q.where(sql<boolean>`(h.created_at, h.transaction_id, h.balance || ':' || h.currency) < (${cursor.at}::timestamptz, ${cursor.transactionId}::uuid, ${cursor.bucket})`);
  }
  return q
    .orderBy(sql`h.created_at DESC, h.transaction_id DESC, h.balance || ':' || h.currency DESC`)
    .limit(limit + 1)
    .execute();
}

/** The whole filtered history, newest first, one page-sized query at a time (for exports). */
export async function* transactionBatches(db: Kysely<DB>, userId: string, f: HistoryFilter, batch = 1000): AsyncGenerator<HistoryRow[]> {
  let cursor: HistoryCursor | undefined;
  for (;;) {
    const rows = await transactionPage(db, userId, f, batch, cursor);
    const kept = rows.slice(0, batch);
    if (kept.length > 0) yield kept;
    const last = kept[kept.length - 1];
    if (rows.length <= batch || !last) return;
    cursor = cursorOf(last);
  }
}

const cursorOf = (row: HistoryRow): HistoryCursor => ({ at: row.cursor_at, transactionId: row.transaction_id, bucket: row.bucket });

function toTransactionResponse(row: HistoryRow) {
  return {
    id: `${row.transaction_id}:${row.bucket}`,
    transaction_id: row.transaction_id,
    kind: row.kind,
    order_id: row.order_id,
    amount: { amount: toAmount(row.amount), currency: row.currency },
    balance: row.balance,
    created_at: row.created_at.toISOString(),
  };
}

export function toTransactionsPage(rows: HistoryRow[], limit: number) {
  const kept = rows.slice(0, limit);
  const last = kept[kept.length - 1];
  return { data: kept.map(toTransactionResponse), next_cursor: rows.length > limit && last ? encodeHistoryCursor(cursorOf(last)) : null };
}
