import type { Kysely } from 'kysely';
import type { AppContext } from '../../../context';
import type { DB } from '../../../db/schema';
import { readOrderAddress } from '../shipping';
import type { Actor, OrderStatus } from './order';
import { addressHiddenFromSeller } from './order-address';
import type { Order } from './orders.repository';

/** The order's shipping address as `viewer` may see it, or null with the reason. */
export async function shippingAddressFor(ctx: AppContext, db: Kysely<DB>, order: Order, viewer: Actor) {
  const hidden =
    viewer === 'buyer' ? null : addressHiddenFromSeller({ status: order.status as OrderStatus, completedAt: order.completed_at }, ctx.clock.now(), ctx.config.DISPUTE_WINDOW_DAYS);
  if (hidden) return { shipping_address: null, shipping_address_hidden: hidden };
  const address = await readOrderAddress(db, ctx.keyring, order.id);
  return address ? { shipping_address: address, shipping_address_hidden: null } : { shipping_address: null, shipping_address_hidden: 'none_given' as const };
}
