import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema';
import { listingColumn } from '../listings';
import { CLOSED_STATUSES } from './order';
import { toOrderResponse } from './orders.repository';

/** Every order the user bought or sold, oldest first, with its status history (who acted by role only: staff stay unnamed). */
export async function exportOrdersOf(db: Kysely<DB>, userId: string) {
  const orders = await db
    .selectFrom('orders')
    .selectAll('orders')
    .select(listingColumn('title', 'orders.listing_id').as('listing_title'))
    .where((eb) => eb.or([eb('buyer_id', '=', userId), eb('seller_id', '=', userId)]))
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const history =
    orders.length === 0
      ? []
      : await db
          .selectFrom('order_status_history')
          .select(['order_id', 'from_status', 'to_status', 'actor_type', 'reason', 'created_at'])
          .where(
            'order_id',
            'in',
            orders.map((o) => o.id),
          )
          .orderBy('id')
          .execute();
  return orders.map((o) => ({
    ...toOrderResponse(o),
    role: o.buyer_id === userId ? 'buyer' : 'seller',
    listing_title: o.listing_title,
    completed_at: o.completed_at?.toISOString() ?? null,
    history: history
      .filter((h) => h.order_id === o.id)
      .map((h) => ({ from_status: h.from_status, to_status: h.to_status, actor: h.actor_type, reason: h.reason, at: h.created_at.toISOString() })),
  }));
}

/** The user's orders, as buyer or seller, that have not reached a closed status: they keep the account open. */
export function openOrdersOf(db: Kysely<DB> | Transaction<DB>, userId: string) {
  return db
    .selectFrom('orders')
    .select(['id', 'status'])
    .where('status', 'not in', CLOSED_STATUSES)
    .where((eb) => eb.or([eb('buyer_id', '=', userId), eb('seller_id', '=', userId)]))
    .orderBy('created_at')
    .execute();
}

/** The ids of every order the user bought or sold. */
export async function orderIdsOf(db: Kysely<DB> | Transaction<DB>, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('orders')
    .select('id')
    .where((eb) => eb.or([eb('buyer_id', '=', userId), eb('seller_id', '=', userId)]))
    .execute();
  return rows.map((r) => r.id);
}
