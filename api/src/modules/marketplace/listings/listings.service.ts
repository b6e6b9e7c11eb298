import type { Transaction } from 'kysely';
import type { z } from 'zod';
import type { AppContext } from '../../../context';
import type { DB } from '../../../db/schema';
import { inTransaction } from '../../../db/transaction';
import { conflict, notFound } from '../../../errors';
import { appendEvents, type DomainEvent } from '../../platform/outbox';
import { sellerCanAcceptPayments } from '../../money/seller-accounts';
import { recordListingRisk } from '../../risk/seller-risk';
import { assertAttributes } from '../categories';
import { recordPrice, recordPublished } from './listing-changes';
import { type StoredLocation, storedLocation } from './listing-location';
import { type CompletedSales, PHOTO_FLAGS, reviewFor, withPhotoFlags } from './listing-review';
import { type Listing, insertListing, lockListing, updateListing } from './listings.repository';
import type { CreateListingBody, EditListingBody } from './listings.schemas';
import { assertNotInAuction } from './sale-format';

/** Listing needs a payment account the provider has enabled charges on. */
export async function assertCanSell(ctx: AppContext, sellerId: string): Promise<void> {
  if (!(await sellerCanAcceptPayments(ctx, ctx.db, sellerId))) {
    throw conflict(
      'seller_onboarding_required',
      'Set up payments before listing: POST /v1/me/seller-account returns an onboarding link, and listing opens once the payment provider enables charges on your account',
    );
  }
}

/**
 * A new listing goes live at once, or waits in `pending_review` when it is flagged or its seller is
 * new; a draft waits for its seller, unreviewed and seen by no one else.
 */
export async function createListing(ctx: AppContext, sellerId: string, input: z.infer<typeof CreateListingBody>, completedSales: CompletedSales): Promise<Listing> {
  const attributes = input.attributes ?? {};
  assertAttributes(input.category, attributes);
  const location = storedLocation(input.location ?? null);
  // A draft sells nothing yet: payments need to be set up by the time it is published.
  if (!input.draft) await assertCanSell(ctx, sellerId);
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (trx) => {
    const content = { title: input.title, description: input.description, price_amount: String(input.price.amount), currency: input.price.currency, category: input.category };
    const review = input.draft
      ? { status: 'draft' as const, flags: [] }
      : await reviewFor(trx, ctx.config, completedSales, sellerId, { ...content, attributes, place: location.place }, now);
    const listing = await insertListing(trx, {
      seller_id: sellerId,
      ...content,
      condition: input.condition,
      attributes,
      ...location,
      status: review.status,
      moderation_flags: review.flags,
      moderation_note: null,
      created_at: now,
      updated_at: now,
    });
    if ('sellerRisk' in review) await recordListingRisk(trx, sellerId, listing.id, review.sellerRisk, now);
    await recordPrice(trx, undefined, listing, sellerId, now);
    await recordPublished(trx, listing, undefined, now);
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
const EDITABLE = new Set<Listing['status']>(['draft', 'active', 'pending_review', 'changes_requested', 'withdrawn']);
/** Whether the seller may still change the listing (its text, price or photos). */
export const isEditable = (status: Listing['status']) => EDITABLE.has(status);
// Off the market: an edit keeps them there, unreviewed until they are published or relisted.
const OFF_MARKET = new Set<Listing['status']>(['draft', 'withdrawn']);

/**
 * The seller edits their listing. The edit is reviewed like a new listing, and a listing a moderator
 * sent back for changes always returns to the queue; a draft or withdrawn one stays where it is. A
 * lower price in the same currency is queued as a price drop (alerts), and every price change goes
 * into the listing's price history.
 */
export async function editListing(ctx: AppContext, sellerId: string, listingId: string, input: z.infer<typeof EditListingBody>, completedSales: CompletedSales): Promise<Listing> {
  const location: Partial<StoredLocation> = input.location === undefined ? {} : storedLocation(input.location);
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (trx) => {
    const current = await lockListing(trx, listingId);
    if (!current || current.seller_id !== sellerId) throw notFound('Listing');
    if (!isEditable(current.status)) throw conflict('listing_not_editable', `A ${current.status} listing cannot be edited`);
    assertNotInAuction(current);
    const content = {
      title: input.title ?? current.title,
      description: input.description ?? current.description,
      price_amount: input.price ? String(input.price.amount) : current.price_amount,
      currency: input.price?.currency ?? current.currency,
      category: input.category ?? current.category,
    };
    const attributes = input.attributes ?? current.attributes;
    if (input.category !== undefined || input.attributes !== undefined) assertAttributes(content.category, attributes);
    const place = location.place !== undefined ? location.place : current.place;
    // What the photos raised stands until a moderator decides: editing the text does not clear it.
    const review = OFF_MARKET.has(current.status)
      ? undefined
      : withPhotoFlags(await reviewFor(trx, ctx.config, completedSales, sellerId, { ...content, attributes, place }, now, listingId), current);
    const status = !review ? current.status : current.status === 'active' ? review.status : 'pending_review';
    const flags = review?.flags ?? [];
    const listing = await updateListing(trx, listingId, {
      ...content,
      condition: input.condition ?? current.condition,
      attributes,
      ...location,
      status,
      ...(review && { moderation_flags: review.flags }),
      updated_at: now,
    });
    if (review) await recordListingRisk(trx, sellerId, listingId, review.sellerRisk, now);
    const events: DomainEvent[] = [
      {
        type: 'listing.edited',
        aggregateType: 'listing',
        aggregateId: listingId,
        occurredAt: now,
        payload: { listing_id: listingId, seller_id: sellerId, fields: Object.keys(input), previous_status: current.status, status, flags },
      },
    ];
    if (await recordPrice(trx, current, listing, sellerId, now)) {
      events.push({
        type: 'listing.price_changed',
        aggregateType: 'listing',
        aggregateId: listingId,
        occurredAt: now,
        payload: {
          listing_id: listingId,
          seller_id: sellerId,
          old_amount: Number(current.price_amount),
          old_currency: current.currency,
          amount: Number(listing.price_amount),
          currency: listing.currency,
        },
      });
    }
    await appendEvents(trx, events);
    return listing;
  });
}

/** A moderator's decision moves the listing to `to` with the note its seller sees; an approval publishes it. */
export async function setModeratedStatus(trx: Transaction<DB>, locked: Listing, to: Listing['status'], note: string | null, now: Date): Promise<Listing> {
  // Approving resolves what the photos raised: a moderator has seen them.
  const resolved = to === 'active' ? { moderation_flags: locked.moderation_flags.filter((f) => !(PHOTO_FLAGS as readonly string[]).includes(f)) } : {};
  const listing = await updateListing(trx, locked.id, { status: to, moderation_note: note, ...resolved, updated_at: now });
  await recordPublished(trx, listing, locked.status, now);
  return listing;
}
