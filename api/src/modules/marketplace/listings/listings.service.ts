import type { z } from 'zod';
import type { AppContext } from '../../../context';
import { inTransaction } from '../../../db/transaction';
import { conflict, notFound } from '../../../errors';
import { appendEvents } from '../../platform/outbox';
import { sellerCanAcceptPayments } from '../../money/seller-accounts';
import { type CompletedSales, PHOTO_FLAGS, reviewFor } from './listing-review';
import { type Listing, insertListing, lockListing, updateListing } from './listings.repository';
import type { CreateListingBody, EditListingBody } from './listings.schemas';

/** A new listing goes live at once, or waits in `pending_review` when it is flagged or its seller is new. */
export async function createListing(ctx: AppContext, sellerId: string, input: z.infer<typeof CreateListingBody>, completedSales: CompletedSales): Promise<Listing> {
  if (!(await sellerCanAcceptPayments(ctx, ctx.db, sellerId))) {
    throw conflict(
      'seller_onboarding_required',
      'Set up payments before listing: POST /v1/me/seller-account returns an onboarding link, and listing opens once the payment provider enables charges on your account',
    );
  }
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (trx) => {
    const content = { title: input.title, description: input.description, price_amount: String(input.price.amount), currency: input.price.currency, category: input.category };
    const review = await reviewFor(trx, ctx.config, completedSales, sellerId, content);
    const listing = await insertListing(trx, {
      seller_id: sellerId,
      ...content,
      status: review.status,
      moderation_flags: review.flags,
      moderation_note: null,
      created_at: now,
      updated_at: now,
    });
    await appendEvents(trx, [
      {
        type: 'listing.created',
        aggregateType: 'listing',
        aggregateId: listing.id,
        occurredAt: now,
        payload: {
          listing_id: listing.id,
          seller_id: sellerId,
          category: input.category,
          amount: input.price.amount,
          currency: input.price.currency,
          status: review.status,
          flags: review.flags,
        },
      },
    ]);
    return listing;
  });
}

// Reserved and sold listings are in a buyer's order; rejected and removed ones are final.
const EDITABLE = new Set<Listing['status']>(['active', 'pending_review', 'changes_requested']);
/** Whether the seller may still change the listing (its text, price or photos). */
export const isEditable = (status: Listing['status']) => EDITABLE.has(status);

/**
 * The seller edits their listing. The edit is reviewed like a new listing, and a listing a moderator
 * sent back for changes always returns to the queue.
 */
export async function editListing(ctx: AppContext, sellerId: string, listingId: string, input: z.infer<typeof EditListingBody>, completedSales: CompletedSales): Promise<Listing> {
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (trx) => {
    const current = await lockListing(trx, listingId);
    if (!current || current.seller_id !== sellerId) throw notFound('Listing');
    if (!isEditable(current.status)) throw conflict('listing_not_editable', `A ${current.status} listing cannot be edited`);
    const content = {
      title: input.title ?? current.title,
      description: input.description ?? current.description,
      price_amount: input.price ? String(input.price.amount) : current.price_amount,
      currency: input.price?.currency ?? current.currency,
      category: input.category ?? current.category,
    };
    const review = await reviewFor(trx, ctx.config, completedSales, sellerId, content, listingId);
    // What the photos raised stands until a moderator decides: editing the text does not clear it.
    const photoFlags = current.moderation_flags.filter((f) => (PHOTO_FLAGS as readonly string[]).includes(f));
    const flags = [...review.flags, ...photoFlags];
    const status = current.status === 'active' ? review.status : 'pending_review';
    const listing = await updateListing(trx, listingId, { ...content, status, moderation_flags: flags, updated_at: now });
    await appendEvents(trx, [
      {
        type: 'listing.edited',
        aggregateType: 'listing',
        aggregateId: listingId,
        occurredAt: now,
        payload: { listing_id: listingId, seller_id: sellerId, fields: Object.keys(input), previous_status: current.status, status, flags },
      },
    ]);
    return listing;
  });
}
