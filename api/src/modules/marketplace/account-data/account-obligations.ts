import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema';
import type { FieldError } from '../../../errors';
import { userBalances } from '../../money/ledger';
import { pendingPayoutsOf } from '../../money/payouts';
import { liveDisputesOn } from '../../trust-safety/disputes';
import { liveAuctionsInvolving } from '../auctions';
import { openOrdersOf, orderIdsOf } from '../orders';

/**
 * What still ties the user to others or to money, each asked of the module that knows it: an account
 * with any of these cannot be deleted yet. One entry per obligation, under the name of its kind.
 */
export async function openObligations(trx: Transaction<DB>, userId: string): Promise<FieldError[]> {
  const found: FieldError[] = [];
  for (const o of await openOrdersOf(trx, userId))
    found.push({ field: 'open_orders', message: `Order ${o.id} is ${o.status}: it must complete, be cancelled or be refunded first` });
  for (const d of await liveDisputesOn(trx, await orderIdsOf(trx, userId))) {
    found.push({ field: 'open_disputes', message: `The ${d.source === 'chargeback' ? 'chargeback' : 'dispute'} ${d.id} on order ${d.order_id} is ${d.status}` });
  }
  for (const b of await userBalances(trx, userId)) {
    if (b.pending > 0) found.push({ field: 'escrow', message: `${b.pending} ${b.currency} (minor units) of your sales is held in escrow until its orders settle` });
    if (b.available > 0) found.push({ field: 'balance', message: `${b.available} ${b.currency} (minor units) is available: request a payout first` });
    if (b.available < 0) found.push({ field: 'balance', message: `Your balance owes ${-b.available} ${b.currency} (minor units) after a refund or chargeback` });
  }
  for (const p of await pendingPayoutsOf(trx, userId))
    found.push({ field: 'payouts', message: `Payout ${p.id} of ${p.amount} ${p.currency} (minor units) is still on its way to your bank` });
  for (const a of await liveAuctionsInvolving(trx, userId)) {
    found.push({ field: 'live_auctions', message: a.seller_id === userId ? `Your auction ${a.id} has bids: it must end first` : `You lead auction ${a.id}: it must end first` });
  }
  return found;
}
