import type { AppContext } from '../../../context';
import { inTransaction } from '../../../db/transaction';
import { conflict, notFound } from '../../../errors';
import { appendEvents } from '../../platform/outbox';
import { recordListingRisk } from '../../risk/seller-risk';
import { recordPublished } from './listing-changes';
import { LIFECYCLE, type LifecycleCommand, lifecycleTransition } from './listing-lifecycle';
import { type CompletedSales, reviewFor, withPhotoFlags } from './listing-review';
import { type Listing, lockListing, updateListing } from './listings.repository';
import { assertCanSell } from './listings.service';
import { assertNotInAuction } from './sale-format';

const DONE: Record<LifecycleCommand, string> = { publish: 'published', withdraw: 'withdrawn', relist: 'relisted', mark_sold: 'marked as sold' };

/**
 * The seller publishes a draft, withdraws a listing, relists a withdrawn one or marks it sold
 * elsewhere (LIFECYCLE). Publishing and relisting go through the review a new listing gets; a
 * listing that goes live is queued for alerts in the same transaction.
 */
export async function applyLifecycle(ctx: AppContext, sellerId: string, listingId: string, command: LifecycleCommand, completedSales: CompletedSales): Promise<Listing> {
  const reviewed = LIFECYCLE[command].to === 'review';
  if (reviewed) await assertCanSell(ctx, sellerId);
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (trx) => {
    const current = await lockListing(trx, listingId);
    if (!current || current.seller_id !== sellerId) throw notFound('Listing');
    assertNotInAuction(current);
    const step = lifecycleTransition(current.status, command);
    if (!step.ok) throw conflict('listing_transition_refused', `A ${current.status} listing cannot be ${DONE[command]}`);
    const review = step.to === 'review' ? withPhotoFlags(await reviewFor(trx, ctx.config, completedSales, sellerId, current, now, listingId), current) : undefined;
    const status = review?.status ?? (step.to as Listing['status']);
    const listing = await updateListing(trx, listingId, { status, ...(review && { moderation_flags: review.flags }), updated_at: now });
    if (review) await recordListingRisk(trx, sellerId, listingId, review.sellerRisk, now);
    await recordPublished(trx, listing, current.status, now);
    await appendEvents(trx, [
      {
        type: step.event,
        aggregateType: 'listing',
        aggregateId: listingId,
        occurredAt: now,
        payload: { listing_id: listingId, seller_id: sellerId, previous_status: current.status, status, ...(review && { flags: review.flags }) },
      },
    ]);
    return listing;
  });
}
