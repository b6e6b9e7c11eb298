import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../../db/schema';
import { appendAudit } from '../../platform/audit';
import { toAmount } from '../currencies';
import { type AccountRef, type Transfer, toPostings } from './ledger';
import { ledgerRefusal } from './ledger.errors';

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
  const ids = await accountIds(
    trx,
    postings.map((p) => ({ ref: p.account, currency: p.currency })),
  );
  // The transaction row and its postings in one statement; the balance and non-negative triggers
  // run at its end (and at commit) as they would for separate inserts.
  const id = randomUUID();
  try {
    await trx
      .with('t', (db) => db.insertInto('ledger_transactions').values({ id, kind: tx.kind, order_id: tx.orderId, reference: tx.reference, created_at: tx.createdAt }))
      .insertInto('ledger_postings')
      .values(postings.map((p) => ({ transaction_id: id, account_id: ids.get(key(p.account, p.currency))!, amount: p.amount, currency: p.currency })))
      .execute();
  } catch (err) {
    throw ledgerRefusal(err, tx.reference) ?? err;
  }
  await appendAudit(trx, {
    actorId: null,
    action: `ledger.${tx.kind}`,
    entityType: 'ledger_transaction',
    entityId: id,
    at: tx.createdAt,
    details: { reference: tx.reference, order_id: tx.orderId, transfers: tx.transfers.map((t) => ({ from: t.from.code, to: t.to.code, amount: t.amount, currency: t.currency })) },
  });
  return id;
}

const key = (ref: AccountRef, currency: string) => `${ref.code}|${currency}`;

/** Ids of the accounts, created on first use. */
async function accountIds(trx: Transaction<DB>, wanted: { ref: AccountRef; currency: string }[]): Promise<Map<string, string>> {
  const unique = new Map(wanted.map((w) => [key(w.ref, w.currency), w]));
  const values = [...unique.values()].map(({ ref, currency }) => ({
    code: ref.code,
    currency,
    kind: ref.kind,
    owner_id: ref.ownerId ?? null,
    order_id: ref.orderId ?? null,
  }));
  const existing = (db: Kysely<DB> | Transaction<DB>) =>
    db
      .selectFrom('ledger_accounts')
      .select(['id', 'code', 'currency'])
      .where((eb) => eb.or(values.map((v) => eb.and([eb('code', '=', v.code), eb('currency', '=', v.currency)]))));
  const toMap = (rows: { id: string; code: string; currency: string }[]) => new Map(rows.map((r) => [`${r.code}|${r.currency}`, r.id]));
  // Created and existing accounts in one statement. Both halves share the statement's snapshot, so
  // an account another transaction created meanwhile is in neither: then read again.
  const ids = toMap(
    await trx
      .with('created', (db) =>
        db
          .insertInto('ledger_accounts')
          .values(values)
          .onConflict((oc) => oc.columns(['code', 'currency']).doNothing())
          .returning(['id', 'code', 'currency']),
      )
      .selectFrom('created')
      .select(['id', 'code', 'currency'])
      .unionAll(existing(trx))
      .execute(),
  );
  return ids.size === values.length ? ids : toMap(await existing(trx).execute());
}

export async function accountBalance(db: Kysely<DB> | Transaction<DB>, code: string, currency: string): Promise<number> {
  return (await accountBalances(db, [code], currency)).get(code) ?? 0;
}

/** Balances of several accounts in one query; an account without postings (or not yet created) has 0. */
export async function accountBalances(db: Kysely<DB> | Transaction<DB>, codes: readonly string[], currency: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('ledger_postings')
    .innerJoin('ledger_accounts', 'ledger_accounts.id', 'ledger_postings.account_id')
    .select(['ledger_accounts.code', sql<string>`sum(ledger_postings.amount)`.as('balance')])
    .where('ledger_accounts.code', 'in', codes)
    .where('ledger_accounts.currency', '=', currency)
    .groupBy('ledger_accounts.code')
    .execute();
  return new Map(rows.map((r) => [r.code, toAmount(r.balance)]));
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

/** The user's ledger lines (postings on the accounts they own: escrow of their sales, their available balance), oldest first. */
export async function ledgerLinesOf(db: Kysely<DB>, userId: string) {
  const rows = await db
    .selectFrom('ledger_postings')
    .innerJoin('ledger_accounts', 'ledger_accounts.id', 'ledger_postings.account_id')
    .innerJoin('ledger_transactions', 'ledger_transactions.id', 'ledger_postings.transaction_id')
    .select([
      'ledger_postings.id',
      'ledger_transactions.id as transaction_id',
      'ledger_transactions.kind',
      'ledger_transactions.order_id',
      'ledger_transactions.created_at',
      'ledger_accounts.code as account',
      'ledger_accounts.kind as account_kind',
      'ledger_postings.amount',
      'ledger_postings.currency',
    ])
    .where('ledger_accounts.owner_id', '=', userId)
    .orderBy('ledger_transactions.created_at')
    .orderBy('ledger_postings.id')
    .execute();
  return rows.map((r) => ({ ...r, amount: toAmount(r.amount), created_at: r.created_at.toISOString() }));
}
