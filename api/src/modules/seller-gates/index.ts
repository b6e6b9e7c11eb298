import type { Kysely, Transaction } from 'kysely';
import type { AppContext } from '../../context';
import type { DB } from '../../db/schema';

/** Whether the seller may be paid through the provider (Stripe: a Connect account with charges enabled). */
export async function sellerCanAcceptPayments(ctx: AppContext, _db: Kysely<DB> | Transaction<DB>, _sellerId: string): Promise<boolean> {
  return ctx.payments.name === 'sandbox';
}
