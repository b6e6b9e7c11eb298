import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import { appendAudit } from '../audit';
import { toAmount } from '../money';
import { type AccountRef, type Transfer, toPostings } from './ledger';

export interface NewLedgerTransaction {
  kind: string;
  orderId: string | null;
  /** Unique business reference (e.g. "capture:<order>"): a repeated movement fails instead of doubling. */
  reference: string;
  createdAt: Date;
  transfers: readonly Transfer[];
}

export async function postTransaction(trx: Transaction<DB>, tx: NewLedgerTransaction): Promise<string> {
  const postings = toPostings(tx.transfers);
  const ids = await accountIds(trx, postings.map((p) => ({ ref: p.account, currency: p.currency })));
  const { id } = await trx
    .insertInto('ledger_transactions')
    .values({ kind: tx.kind, order_id: tx.orderId, reference: tx.reference, created_at: tx.createdAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('ledger_postings')
    .values(postings.map((p) => ({ transaction_id: id, account_id: ids.get(key(p.account, p.currency))!, amount: p.amount, currency: p.currency })))
    .execute();
  await appendAudit(trx, {
    actorId: null, action: `ledger.${tx.kind}`, entityType: 'ledger_transaction', entityId: id, at: tx.createdAt,
    details: { reference: tx.reference, order_id: tx.orderId, transfers: tx.transfers.map((t) => ({ from: t.from.code, to: t.to.code, amount: t.amount, currency: t.currency })) },
  });
  return id;
}

const key = (ref: AccountRef, currency: string) => `${ref.code}|${currency}`;

async function accountIds(trx: Transaction<DB>, wanted: { ref: AccountRef; currency: string }[]): Promise<Map<string, string>> {
  const unique = new Map(wanted.map((w) => [key(w.ref, w.currency), w]));
  const values = [...unique.values()].map(({ ref, currency }) => ({
    code: ref.code, currency, kind: ref.kind, owner_id: ref.ownerId ?? null, order_id: ref.orderId ?? null,
  }));
  await trx.insertInto('ledger_accounts').values(values).onConflict((oc) => oc.columns(['code', 'currency']).doNothing()).execute();
  const rows = await trx
    .selectFrom('ledger_accounts')
    .select(['id', 'code', 'currency'])
    .where((eb) => eb.or(values.map((v) => eb.and([eb('code', '=', v.code), eb('currency', '=', v.currency)]))))
    .execute();
  return new Map(rows.map((r) => [`${r.code}|${r.currency}`, r.id]));
}

export async function accountBalance(db: Kysely<DB> | Transaction<DB>, code: string, currency: string): Promise<number> {
  const row = await db
    .selectFrom('ledger_postings')
    .innerJoin('ledger_accounts', 'ledger_accounts.id', 'ledger_postings.account_id')
    .select(sql<string>`coalesce(sum(ledger_postings.amount), 0)`.as('balance'))
    .where('ledger_accounts.code', '=', code)
    .where('ledger_accounts.currency', '=', currency)
    .executeTakeFirstOrThrow();
  return toAmount(row.balance);
}

export interface UserBalance {
  currency: string;
  pending: number;
  available: number;
}

/** A user's balances, derived from postings: escrow they will receive is pending, settled money available. */
export async function userBalances(db: Kysely<DB>, userId: string): Promise<UserBalance[]> {
  const rows = await db
    .selectFrom('ledger_accounts')
    .innerJoin('ledger_postings', 'ledger_postings.account_id', 'ledger_accounts.id')
    .select([
      'ledger_accounts.currency',
      sql<string>`coalesce(sum(ledger_postings.amount) FILTER (WHERE ledger_accounts.kind = 'escrow'), 0)`.as('pending'),
      sql<string>`coalesce(sum(ledger_postings.amount) FILTER (WHERE ledger_accounts.kind = 'available'), 0)`.as('available'),
    ])
    .where('ledger_accounts.owner_id', '=', userId)
    .where('ledger_accounts.kind', 'in', ['escrow', 'available'])
    .groupBy('ledger_accounts.currency')
    .orderBy('ledger_accounts.currency')
    .execute();
  return rows.map((r) => ({ currency: r.currency, pending: toAmount(r.pending), available: toAmount(r.available) }));
}

/** The non-negative trigger's refusal: a debit larger than the account holds. */
export function isInsufficientFunds(err: unknown): boolean {
  return (err as { code?: string; constraint?: string }).code === '23514' && (err as { constraint?: string }).constraint === 'ledger_non_negative';
}

/** Ledger-wide check: every currency sums to zero. Used by reconciliation and tests. */
export async function unbalancedCurrencies(db: Kysely<DB>): Promise<{ currency: string; sum: number }[]> {
  const rows = await db
    .selectFrom('ledger_postings')
    .select(['currency', sql<string>`sum(amount)`.as('sum')])
    .groupBy('currency')
    .having(sql`sum(amount)`, '<>', 0)
    .execute();
  return rows.map((r) => ({ currency: r.currency, sum: toAmount(r.sum) }));
}
