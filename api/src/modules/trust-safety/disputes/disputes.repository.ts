import type { Insertable, Kysely, Transaction, Updateable } from 'kysely';
import type { DB, DisputeRow, DisputesTable } from '../../../db/schema';
import { LIVE_DISPUTE_STATUSES } from '../../marketplace/orders';
import type { QueuedDispute } from './dispute-queue.read-model';

export type Dispute = DisputeRow;

/** Any dispute: opened by a buyer or reported by the payment provider (a chargeback). */
export async function disputeExists(db: Kysely<DB>, id: string): Promise<boolean> {
  return (await db.selectFrom('disputes').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export function lockDisputeByProviderId(trx: Transaction<DB>, providerDisputeId: string): Promise<Dispute | undefined> {
  return trx.selectFrom('disputes').selectAll().where('provider_dispute_id', '=', providerDisputeId).forUpdate().executeTakeFirst();
}

export function insertDispute(trx: Transaction<DB>, values: Insertable<DisputesTable>): Promise<Dispute> {
  return trx.insertInto('disputes').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateDispute(trx: Transaction<DB>, id: string, patch: Updateable<DisputesTable>): Promise<Dispute> {
  return trx.updateTable('disputes').set(patch).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** Whether the card network is deciding the order's money: a refund of ours now could pay the buyer twice. */
export async function hasOpenChargeback(db: Kysely<DB>, orderId: string): Promise<boolean> {
  return (
    (await db.selectFrom('disputes').select('id').where('order_id', '=', orderId).where('source', '=', 'chargeback').where('status', '=', 'open').executeTakeFirst()) !== undefined
  );
}

/** Whether a live dispute (other than `exceptId`) still holds the order's funds. */
export async function hasOpenDispute(db: Kysely<DB>, orderId: string, exceptId?: string): Promise<boolean> {
  let q = db.selectFrom('disputes').select('id').where('order_id', '=', orderId).where('status', 'in', LIVE_DISPUTE_STATUSES);
  if (exceptId) q = q.where('id', '<>', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

export function findBuyerDispute(db: Kysely<DB> | Transaction<DB>, id: string): Promise<Dispute | undefined> {
  return db.selectFrom('disputes').selectAll().where('id', '=', id).where('source', '=', 'buyer').executeTakeFirst();
}

export function lockBuyerDispute(trx: Transaction<DB>, id: string): Promise<Dispute | undefined> {
  return trx.selectFrom('disputes').selectAll().where('id', '=', id).where('source', '=', 'buyer').forUpdate().executeTakeFirst();
}

export function lockLiveBuyerDisputeOfOrder(trx: Transaction<DB>, orderId: string): Promise<Dispute | undefined> {
  return trx.selectFrom('disputes').selectAll().where('order_id', '=', orderId).where('source', '=', 'buyer').where('status', '<>', 'resolved').forUpdate().executeTakeFirst();
}

export function insertDisputeMessage(trx: Transaction<DB>, m: { dispute_id: string; author_id: string; body: string; created_at: Date }) {
  return trx.insertInto('dispute_messages').values(m).returning(['id', 'author_id', 'body', 'created_at']).executeTakeFirstOrThrow();
}

export function listDisputeMessages(db: Kysely<DB> | Transaction<DB>, disputeId: string) {
  return db
    .selectFrom('dispute_messages')
    .select(['id', 'author_id', 'body', 'created_at'])
    .where('dispute_id', '=', disputeId)
    .orderBy('created_at')
    .orderBy('id')
    .limit(1000)
    .execute();
}

export function findDisputeMessage(db: Kysely<DB> | Transaction<DB>, id: string) {
  return db
    .selectFrom('dispute_messages')
    .innerJoin('disputes', 'disputes.id', 'dispute_messages.dispute_id')
    .select(['dispute_messages.id', 'disputes.order_id', 'dispute_messages.author_id'])
    .where('dispute_messages.id', '=', id)
    .executeTakeFirst();
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** What both parties see of a buyer dispute. */
export function toDisputeResponse(d: Dispute) {
  return {
    id: d.id,
    order_id: d.order_id,
    status: d.status as 'awaiting_seller' | 'under_review' | 'resolved',
    reason: d.reason,
    description: d.description!,
    amount: { amount: Number(d.amount), currency: d.currency },
    opened_by: d.opened_by!,
    seller_response_due_at: d.seller_response_due_at!.toISOString(),
    seller_responded_at: iso(d.seller_responded_at),
    evidence_due_at: d.evidence_due_at!.toISOString(),
    resolution: d.resolution,
    refund_amount: d.refund_amount === null ? null : { amount: Number(d.refund_amount), currency: d.currency },
    resolved_at: iso(d.resolved_at),
    resolution_note: d.resolution_note,
    created_at: d.created_at.toISOString(),
    updated_at: d.updated_at.toISOString(),
  };
}

/** Staff see the assignment and the arbitration SLA: breached when the decision came (or is still missing) after it. */
export function toStaffDisputeResponse(d: QueuedDispute, now: Date) {
  return {
    ...toDisputeResponse(d),
    buyer_id: d.buyer_id,
    seller_id: d.seller_id,
    listing_title: d.listing_title,
    assigned_arbitrator_id: d.assigned_arbitrator_id,
    assigned_at: iso(d.assigned_at),
    sla_due_at: iso(d.sla_due_at),
    sla_breached: d.sla_due_at !== null && (d.resolved_at ?? now) > d.sla_due_at,
    resolved_by: d.resolved_by,
  };
}

/** The live disputes (buyer disputes under way, chargebacks the network is deciding) on any of the given orders. */
export function liveDisputesOn(db: Kysely<DB> | Transaction<DB>, orderIds: readonly string[]) {
  if (orderIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('disputes').select(['id', 'order_id', 'source', 'status']).where('order_id', 'in', orderIds).where('status', 'in', LIVE_DISPUTE_STATUSES).execute();
}
