import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema';
import { accounts, postTransaction } from '../ledger';
import { toAmount } from '../currencies';
import type { OperationOutcomes } from '../payments';
import { notify } from '../../marketplace/notifications';

// Final outcomes of a payout's provider calls, recorded in the same transaction as the operation.

/** What a payout's provider operations finally mean to it; whoever runs operations passes these. */
export const PAYOUT_OUTCOMES: OperationOutcomes = {
  async succeeded(trx, op, now) {
    if (op.kind === 'payout' && op.payout_id) await payoutSucceeded(trx, op.payout_id, now);
  },
  async failed(trx, op, now) {
    // A payout that cannot reach the seller goes back to their available balance.
    if ((op.kind === 'payout' || op.kind === 'transfer') && op.payout_id) await payoutFailed(trx, op.payout_id, now);
  },
};

async function payoutSucceeded(trx: Transaction<DB>, payoutId: string, now: Date): Promise<void> {
  const paid = await trx
    .updateTable('payouts')
    .set({ status: 'paid', paid_at: now })
    .where('id', '=', payoutId)
    .where('status', '=', 'pending')
    .returning(['user_id', 'amount', 'currency'])
    .executeTakeFirst();
  if (paid) await notify(trx, paid.user_id, 'payout.sent', { payout_id: payoutId, amount: { amount: toAmount(paid.amount), currency: paid.currency } }, now);
}

/** The provider gave up: the money returns to the seller's available balance, once. */
async function payoutFailed(trx: Transaction<DB>, payoutId: string, now: Date): Promise<void> {
  const payout = await trx.selectFrom('payouts').selectAll().where('id', '=', payoutId).forUpdate().executeTakeFirstOrThrow();
  if (payout.status !== 'pending') return;
  const amount = toAmount(payout.amount) - toAmount(payout.reversed_amount);
  if (amount > 0) {
    await postTransaction(trx, {
      kind: 'payout_failed',
      orderId: null,
      reference: `payout_failed:${payout.id}`,
      createdAt: now,
      transfers: [{ from: accounts.psp(), to: accounts.available(payout.user_id), amount, currency: payout.currency }],
    });
  }
  await trx.updateTable('payouts').set({ status: 'failed' }).where('id', '=', payoutId).execute();
  await notify(trx, payout.user_id, 'payout.failed', { payout_id: payout.id, amount: { amount, currency: payout.currency } }, now);
}
