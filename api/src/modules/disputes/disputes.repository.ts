import type { Insertable, Kysely, Transaction, Updateable } from 'kysely';
import type { DB, DisputeRow, DisputesTable } from '../../db/schema';

export type Dispute = DisputeRow;

export function lockDisputeByProviderId(trx: Transaction<DB>, providerDisputeId: string): Promise<Dispute | undefined> {
  return trx.selectFrom('disputes').selectAll().where('provider_dispute_id', '=', providerDisputeId).forUpdate().executeTakeFirst();
}

export function insertDispute(trx: Transaction<DB>, values: Insertable<DisputesTable>): Promise<Dispute> {
  return trx.insertInto('disputes').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateDispute(trx: Transaction<DB>, id: string, patch: Updateable<DisputesTable>): Promise<Dispute> {
  return trx.updateTable('disputes').set(patch).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** Whether an open dispute (other than `exceptId`) still holds the order's funds. */
export async function hasOpenDispute(db: Kysely<DB>, orderId: string, exceptId?: string): Promise<boolean> {
  let q = db.selectFrom('disputes').select('id').where('order_id', '=', orderId).where('status', '=', 'open');
  if (exceptId) q = q.where('id', '<>', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

/** The order a provider payment paid for: `orders.payment_ref` holds what `charge()` returned. */
export async function findOrderIdForPayment(db: Kysely<DB>, paymentRef: string): Promise<string | undefined> {
  const row = await db.selectFrom('orders').select('id').where('payment_ref', '=', paymentRef).executeTakeFirst();
  return row?.id;
}

/** Whether the order's latest move into `disputed` was the system's (a chargeback), not the buyer's. */
export async function disputedByChargeback(db: Kysely<DB>, orderId: string): Promise<boolean> {
  const row = await db.selectFrom('order_status_history').select('actor_type')
    .where('order_id', '=', orderId).where('to_status', '=', 'disputed').orderBy('id', 'desc').limit(1).executeTakeFirst();
  return row?.actor_type === 'system';
}

export function setFundsHeld(trx: Transaction<DB>, orderId: string, held: boolean, now: Date) {
  return trx.updateTable('orders').set({ funds_held: held, updated_at: now }).where('id', '=', orderId).returningAll().executeTakeFirstOrThrow();
}
