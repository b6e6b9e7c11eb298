import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';

/** Whether the user bought or sold the order: staff who did neither read nor decide anything about it. */
export const isPartyTo = (order: { buyer_id: string; seller_id: string }, userId: string): boolean => order.buyer_id === userId || order.seller_id === userId;

export async function isOrderParty(db: Kysely<DB>, orderId: string, userId: string): Promise<boolean> {
  const order = await db.selectFrom('orders').select(['buyer_id', 'seller_id']).where('id', '=', orderId).executeTakeFirst();
  return order !== undefined && isPartyTo(order, userId);
}
