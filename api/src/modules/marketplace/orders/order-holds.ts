import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema';
import { type Order, setFundsHeld } from './orders.repository';

// Holds on an order's funds have one owner: this file. `orders.funds_held` freezes the order's money
// (settlement waits while it is set). A payment fraud case under review and a chargeback place it; a
// case or dispute that lets go clears it only when nothing else still holds the order: another open
// fraud case or live dispute (a buyer's dispute holds by keeping the order `disputed`). The read of
// `fraud_cases` and `disputes` below is a read model declared here, so that neither module asks the other.

/** The case or dispute letting go of the order's funds. */
export type FundsHolder = { fraudCaseId: string } | { disputeId: string };

/** Dispute statuses still in progress: an open chargeback, a buyer dispute not yet resolved. */
export const LIVE_DISPUTE_STATUSES = ['open', 'awaiting_seller', 'under_review'] as const;

/** Whether an open fraud case or a live dispute other than `releasing` holds the order's funds. */
export async function heldBesides(db: Kysely<DB> | Transaction<DB>, orderId: string, releasing: FundsHolder): Promise<boolean> {
  let cases = db.selectFrom('fraud_cases').select('id').where('order_id', '=', orderId).where('status', '=', 'open');
  if ('fraudCaseId' in releasing) cases = cases.where('id', '<>', releasing.fraudCaseId);
  let disputes = db.selectFrom('disputes').select('id').where('order_id', '=', orderId).where('status', 'in', LIVE_DISPUTE_STATUSES);
  if ('disputeId' in releasing) disputes = disputes.where('id', '<>', releasing.disputeId);
  return (await cases.executeTakeFirst()) !== undefined || (await disputes.executeTakeFirst()) !== undefined;
}

/** Freezes the order's funds outside a transition (a transition places it with its `funds_held` patch). */
export function placeHold(trx: Transaction<DB>, orderId: string, now: Date): Promise<Order> {
  return setFundsHeld(trx, orderId, true, now);
}

/** `releasing` no longer holds the order's funds: they stay frozen only if something else holds them. */
export async function releaseHold(trx: Transaction<DB>, orderId: string, releasing: FundsHolder, now: Date): Promise<Order> {
  return setFundsHeld(trx, orderId, await heldBesides(trx, orderId, releasing), now);
}
