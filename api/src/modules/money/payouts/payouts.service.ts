import type { Kysely, Transaction } from 'kysely';
import type { AppContext } from '../../../context';
import type { DB } from '../../../db/schema';
import { inTransaction } from '../../../db/transaction';
import { conflict, invalid } from '../../../errors';
import { accountBalance, accounts, postTransaction } from '../ledger';
import { type Money, toAmount } from '../currencies';
import { lockUsers } from '../../marketplace/users';
import { appendEvents } from '../../platform/outbox';
import { enqueueProviderOperation, runProviderOperations } from '../payments';
import { payoutDestination } from './payout-destination';
import { PAYOUT_OUTCOMES } from './payout-outcomes';
import { scheduledBalances } from './scheduled-payouts.read-model';

/**
 * Pays `amount` of the user's available balance out to their provider account and bank. The ledger
 * debit commits first, under the user's row lock, so two requests can never spend the same money
 * (the non-negative trigger is the backstop); the provider calls follow as retried operations.
 */
export async function requestPayout(ctx: AppContext, userId: string, amount: Money, trigger: 'request' | 'schedule' = 'request') {
  if (amount.amount < ctx.config.PAYOUT_MIN_AMOUNT) {
    throw invalid('payout_below_minimum', `Payouts must be at least ${ctx.config.PAYOUT_MIN_AMOUNT} minor units`, 'amount.amount');
  }
  const destination = await payoutDestination(ctx, userId);
  const { payout, operationIds } = await inTransaction(ctx.db, async (trx) => {
    const now = ctx.clock.now();
    const [user] = await lockUsers(trx, [userId]);
    if (user!.payouts_frozen) throw conflict('payouts_frozen', 'Payouts are frozen on this account; contact support');
    const available = await accountBalance(trx, accounts.available(userId).code, amount.currency);
    if (available < amount.amount) throw conflict('insufficient_funds', `Only ${available} ${amount.currency} is available for payout`);
    const payout = await trx
      .insertInto('payouts')
      .values({ user_id: userId, amount: amount.amount, currency: amount.currency, status: 'pending', trigger, created_at: now })
      .returningAll()
      .executeTakeFirstOrThrow();
    await postTransaction(trx, {
      kind: 'payout',
      orderId: null,
      reference: `payout:${payout.id}`,
      createdAt: now,
      transfers: [{ from: accounts.available(userId), to: accounts.psp(), amount: amount.amount, currency: amount.currency }],
    });
    const operationIds = [
      await enqueueProviderOperation(trx, {
        idempotencyKey: transferKey(payout.id),
        payoutId: payout.id,
        now,
        request: { kind: 'transfer', destination, amount, transferGroup: `payout_${payout.id}` },
      }),
      await enqueueProviderOperation(trx, { idempotencyKey: `payout:${payout.id}`, payoutId: payout.id, now, request: { kind: 'payout', destination, amount } }),
    ];
    await appendEvents(trx, [
      {
        type: 'payout.requested',
        aggregateType: 'payout',
        aggregateId: payout.id,
        occurredAt: now,
        payload: { payout_id: payout.id, user_id: userId, amount: amount.amount, currency: amount.currency, trigger },
      },
    ]);
    return { payout, operationIds };
  });
  await runProviderOperations(ctx, PAYOUT_OUTCOMES, { ids: operationIds }).catch((err) => ctx.logger.warn({ err, payout: payout.id }, 'payout left to the worker'));
  return await ctx.db.selectFrom('payouts').selectAll().where('id', '=', payout.id).executeTakeFirstOrThrow();
}

export const transferKey = (payoutId: string) => `payout:${payoutId}:transfer`;

/**
 * A refund after settlement may need money the seller already took out: reverse their most recent
 * payouts (newest first) by `shortfall`, crediting it back to `available` and queueing the transfer
 * reversals at the provider. Returns what could not be covered (0 unless the ledger is inconsistent).
 */
export async function reversePayouts(trx: Transaction<DB>, sellerId: string, currency: string, shortfall: number, reference: string, now: Date): Promise<number> {
  const payouts = await trx
    .selectFrom('payouts')
    .selectAll()
    .where('user_id', '=', sellerId)
    .where('currency', '=', currency)
    .where('status', 'in', ['pending', 'paid'])
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .forUpdate()
    .execute();
  let remaining = shortfall;
  for (const payout of payouts) {
    if (remaining === 0) break;
    const reversible = toAmount(payout.amount) - toAmount(payout.reversed_amount);
    const take = Math.min(remaining, reversible);
    if (take === 0) continue;
    await postTransaction(trx, {
      kind: 'payout_reversed',
      orderId: null,
      reference: `${reference}:reverse:${payout.id}`,
      createdAt: now,
      transfers: [{ from: accounts.psp(), to: accounts.available(sellerId), amount: take, currency }],
    });
    await trx
      .updateTable('payouts')
      .set({ reversed_amount: toAmount(payout.reversed_amount) + take })
      .where('id', '=', payout.id)
      .execute();
    await enqueueProviderOperation(trx, {
      idempotencyKey: `${reference}:reverse:${payout.id}`,
      payoutId: payout.id,
      now,
      request: { kind: 'reverse_transfer', transferKey: transferKey(payout.id), amount: { amount: take, currency } },
    });
    remaining -= take;
  }
  return remaining;
}

/**
 * Scheduled payouts: users on a daily or weekly schedule get their whole available balance paid
 * out per currency once it reaches the minimum, at most once per period.
 */
export async function runScheduledPayouts(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  const due = await scheduledBalances(ctx.db, ctx.config.PAYOUT_MIN_AMOUNT);
  let made = 0;
  for (const row of due) {
    const periodStart = new Date(now.getTime() - (row.payout_schedule === 'daily' ? 1 : 7) * 86_400_000);
    const recent = await ctx.db
      .selectFrom('payouts')
      .select('id')
      .where('user_id', '=', row.user_id)
      .where('currency', '=', row.currency)
      .where('trigger', '=', 'schedule')
      .where('created_at', '>', periodStart)
      .executeTakeFirst();
    if (recent) continue;
    try {
      await requestPayout(ctx, row.user_id, { amount: toAmount(row.balance), currency: row.currency }, 'schedule');
      made += 1;
    } catch (err) {
      ctx.logger.warn({ err, user: row.user_id }, 'scheduled payout skipped');
    }
  }
  return made;
}

/** The user's payouts still on their way to the bank (they keep the account open until paid or failed). */
export function pendingPayoutsOf(db: Kysely<DB> | Transaction<DB>, userId: string) {
  return db.selectFrom('payouts').select(['id', 'amount', 'currency']).where('user_id', '=', userId).where('status', '=', 'pending').execute();
}
