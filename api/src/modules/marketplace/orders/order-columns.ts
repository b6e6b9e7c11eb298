import { sql } from 'kysely';
import type { OrderRow } from '../../../db/schema';

// For other modules' queries that show or filter by an order beside their own rows: subqueries on the
// id in `orderId` (a column reference such as 'fraud_cases.order_id'), so no other module joins `orders`.

export function orderColumn<C extends 'buyer_id' | 'seller_id' | 'amount' | 'currency' | 'status' | 'risk_score' | 'risk_decision'>(column: C, orderId: string) {
  return sql<OrderRow[C] | null>`(SELECT ${sql.ref(`o.${column}`)} FROM orders o WHERE o.id = ${sql.ref(orderId)})`;
}

/** How many orders the seller (an id) has completed. */
export const completedSalesOf = (sellerId: string) => sql<number>`(SELECT count(*)::int FROM orders WHERE seller_id = ${sellerId} AND status = 'completed')`;

/** The ids of the seller's orders, as a subquery (`x IN ordersSoldBy(id)`). */
export const ordersSoldBy = (sellerId: string) => sql<string>`(SELECT id FROM orders WHERE seller_id = ${sellerId}::uuid)`;

/** True unless the user in `userId` (a column reference) bought from or sold to any of `partyIds`. */
export const neverTradedWith = (userId: string, partyIds: readonly [string, string]) =>
  sql<boolean>`NOT EXISTS (SELECT 1 FROM orders o WHERE (o.buyer_id = ${sql.ref(userId)} AND o.seller_id IN (${partyIds[0]}::uuid, ${partyIds[1]}::uuid))
      OR (o.seller_id = ${sql.ref(userId)} AND o.buyer_id IN (${partyIds[0]}::uuid, ${partyIds[1]}::uuid)))`;

/** How many orders the two users made with each other, either way round (a pair's trading history). */
export const ordersBetween = (a: string, b: string) =>
  sql<number>`(SELECT count(*)::int FROM orders WHERE (buyer_id = ${a}::uuid AND seller_id = ${b}::uuid) OR (buyer_id = ${b}::uuid AND seller_id = ${a}::uuid))`;
