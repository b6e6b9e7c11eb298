import type { z } from 'zod';
import type { AppContext } from '../../context';
import { conflict } from '../../http/errors';
import { appendEvents } from '../outbox';
import { sellerCanAcceptPayments } from '../seller-accounts';
import { type Listing, insertListing } from './listings.repository';
import type { CreateListingBody } from './listings.schemas';

export async function createListing(ctx: AppContext, sellerId: string, input: z.infer<typeof CreateListingBody>): Promise<Listing> {
  if (!(await sellerCanAcceptPayments(ctx, ctx.db, sellerId))) {
    throw conflict('seller_onboarding_required', 'Set up payments before listing: POST /v1/me/seller-account returns an onboarding link, and listing opens once the payment provider enables charges on your account');
  }
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const listing = await insertListing(trx, {
      seller_id: sellerId,
      title: input.title,
      description: input.description,
      price_amount: String(input.price.amount),
      currency: input.price.currency,
      category: input.category,
      status: 'active',
      created_at: now,
      updated_at: now,
    });
    await appendEvents(trx, [{
      type: 'listing.created', aggregateType: 'listing', aggregateId: listing.id, occurredAt: now,
      payload: { listing_id: listing.id, seller_id: sellerId, category: input.category, amount: input.price.amount, currency: input.price.currency },
    }]);
    return listing;
  });
}
