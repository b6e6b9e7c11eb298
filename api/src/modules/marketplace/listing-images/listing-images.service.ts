import type { AppContext } from '../../../context';
import { type ImageSafety, classifyImage } from '../../../adapters/image-safety';
import type { AuthUser } from '../../../auth-user';
import type { DB } from '../../../db/schema';
import { inTransaction } from '../../../db/transaction';
import { conflict, invalid, notFound } from '../../../errors';
import { hasPermission } from '../../../permissions';
import type { Transaction } from 'kysely';
import { type DomainEvent, appendEvents } from '../../platform/outbox';
import { type Listing, type PhotoFlag, findListing, holdListingForPhoto, isEditable, lockListing } from '../listings';
import { MAX_IMAGES_PER_LISTING } from './listing-image-limits';
import {
  type ListingImage,
  countImages,
  deleteUnkeptImages,
  findReusedPhoto,
  imageIdsOf,
  insertImage,
  keysInUse,
  listImagesOf,
  lockKeys,
  markRemoved,
  ownersOfKey,
  setPositions,
} from './listing-images.repository';
import { isDistinctive } from './perceptual-hash';
import { type Photo, toPhoto } from './photo-image';

/** Only a validated key (64 hex digits, from the database or the route) becomes an object name. */
const objectOf = (key: string) => `listings/${key}.webp`;

/** The seller's listing, still open to changes; anyone else's is a 404 (its existence is not theirs to learn). */
function ownEditable(listing: Listing | undefined, sellerId: string): Listing {
  if (!listing || listing.seller_id !== sellerId) throw notFound('Listing');
  if (!isEditable(listing.status)) throw conflict('listing_not_editable', `The photos of a ${listing.status} listing cannot be changed`);
  return listing;
}

function assertRoom(existing: number, adding: number): void {
  if (existing + adding > MAX_IMAGES_PER_LISTING) {
    throw invalid('too_many_images', `A listing holds at most ${MAX_IMAGES_PER_LISTING} photos: it has ${existing}, and ${adding} more would exceed that`, 'files');
  }
}

/**
 * Adds photos to the seller's listing. Every file is decoded, re-encoded and classified before
 * anything is stored, so one bad file refuses the whole request and leaves nothing behind; the objects
 * are written under the key locks, then the rows that name them, in one transaction. A photo that
 * matches another seller's (perceptual hash) or that the safety model calls unsafe holds the listing
 * for review with the flag.
 */
export async function addListingImages(ctx: AppContext, sellerId: string, listingId: string, files: readonly { filename: string; bytes: Buffer }[]): Promise<ListingImage[]> {
  ownEditable(await findListing(ctx.db, listingId), sellerId);
  assertRoom(await countImages(ctx.db, listingId), files.length);
  const photos: Photo[] = [];
  // One at a time: each decode already uses libvips' threads.
  for (const [i, file] of files.entries()) photos.push(await toPhoto(file.bytes, `files[${i}]${file.filename ? ` (${file.filename})` : ''}`));
  const safety: ImageSafety[] = [];
  for (const photo of photos) safety.push(await classifyImage(photo.variants.find((v) => v.size === 'medium')!.bytes));
  const variants = [...new Map(photos.flatMap((p) => p.variants).map((v) => [v.key, v])).values()];
  const now = ctx.clock.now();
  try {
    return await inTransaction(ctx.db, async (trx) => {
      ownEditable(await lockListing(trx, listingId), sellerId);
      const first = await countImages(trx, listingId);
      assertRoom(first, photos.length);
      await lockKeys(
        trx,
        variants.map((v) => v.key),
      );
      // The objects before the rows that name them: a photo never points at a missing object.
      for (const v of variants) await ctx.media.put(objectOf(v.key), v.bytes, 'image/webp');
      const events: DomainEvent[] = [];
      const flags = new Set<PhotoFlag>();
      for (const [i, photo] of photos.entries()) {
        const reuse = isDistinctive(photo.dhash) ? await findReusedPhoto(trx, sellerId, photo.dhash) : undefined;
        const verdict = safety[i]!;
        const position = first + i;
        const imageId = await insertImage(
          trx,
          {
            listing_id: listingId,
            seller_id: sellerId,
            position,
            width: photo.width,
            height: photo.height,
            dhash: photo.dhash.toString(),
            safety_label: verdict.label,
            safety_score: verdict.score,
            safety_scores: verdict.scores,
            safety_unsafe: verdict.unsafe,
            reuse_listing_id: reuse?.listing_id ?? null,
            reuse_seller_id: reuse?.seller_id ?? null,
            reuse_distance: reuse?.distance ?? null,
            created_at: now,
          },
          photo.variants.map(({ bytes, ...v }) => ({ ...v, bytes: bytes.length })),
        );
        if (reuse) flags.add('photo_reused');
        if (verdict.unsafe) flags.add('unsafe_image');
        events.push(
          imageEvent('listing.image_added', listingId, now, {
            listing_id: listingId,
            seller_id: sellerId,
            image_id: imageId,
            position,
            width: photo.width,
            height: photo.height,
            safety_label: verdict.label,
            safety_score: verdict.score,
            unsafe: verdict.unsafe,
            reused_listing_id: reuse?.listing_id ?? null,
            reuse_distance: reuse?.distance ?? null,
          }),
        );
      }
      for (const flag of flags) {
        if (await holdListingForPhoto(trx, listingId, flag, now))
          events.push(imageEvent('listing.held_for_review', listingId, now, { listing_id: listingId, seller_id: sellerId, flag }));
      }
      await appendEvents(trx, events);
      return listImagesOf(trx, [listingId]);
    });
  } catch (err) {
    // Whatever was written for a refused request goes (unless another photo already showed the same bytes).
    await removeUnusedObjects(
      ctx,
      variants.map((v) => v.key),
    );
    throw err;
  }
}

const imageEvent = (type: string, listingId: string, now: Date, payload: Record<string, unknown>): DomainEvent => ({
  type,
  aggregateType: 'listing',
  aggregateId: listingId,
  occurredAt: now,
  payload,
});

/** The seller puts the listing's photos in a new order; `imageIds` must be exactly its photos. */
export async function reorderListingImages(ctx: AppContext, sellerId: string, listingId: string, imageIds: readonly string[]): Promise<ListingImage[]> {
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (trx) => {
    ownEditable(await lockListing(trx, listingId), sellerId);
    const current = await imageIdsOf(trx, listingId);
    if (current.length !== imageIds.length || !imageIds.every((id) => current.includes(id))) {
      throw invalid('image_ids_mismatch', `must list each of the listing's ${current.length} photos exactly once`, 'image_ids');
    }
    await setPositions(trx, listingId, imageIds);
    await appendEvents(trx, [imageEvent('listing.images_reordered', listingId, now, { listing_id: listingId, seller_id: sellerId, image_ids: imageIds })]);
    return listImagesOf(trx, [listingId]);
  });
}

/**
 * The seller removes a photo; the rest close ranks (the next becomes the cover). Its objects go after
 * the commit unless an order's snapshot keeps the photo (the evidence of what was bought) or another
 * photo shows the same bytes.
 */
export async function removeListingImage(ctx: AppContext, sellerId: string, listingId: string, imageId: string): Promise<void> {
  const now = ctx.clock.now();
  await inTransaction(ctx.db, async (trx) => {
    ownEditable(await lockListing(trx, listingId), sellerId);
    if (!(await markRemoved(trx, listingId, imageId, now))) throw notFound('Image');
    const rest = await imageIdsOf(trx, listingId);
    await setPositions(trx, listingId, rest);
    await appendEvents(trx, [imageEvent('listing.image_removed', listingId, now, { listing_id: listingId, seller_id: sellerId, image_id: imageId, images: rest.length })]);
  });
  await purgeRemovedImages(ctx, sellerId);
}

/** After the commit that removed them: the seller's removed photos no order keeps, rows and objects. */
export async function purgeRemovedImages(ctx: AppContext, sellerId: string): Promise<void> {
  const keys = await inTransaction(ctx.db, (trx) => deleteUnkeptImages(trx, sellerId));
  await removeUnusedObjects(ctx, keys);
}

/** Objects no photo names any more, each under its lock; a failure leaves an orphan object, never a broken photo. */
async function removeUnusedObjects(ctx: AppContext, keys: readonly string[]): Promise<void> {
  for (const key of keys) {
    await inTransaction(ctx.db, async (trx: Transaction<DB>) => {
      await lockKeys(trx, [key]);
      if (!(await keysInUse(trx, [key])).has(key)) await ctx.media.delete(objectOf(key));
    }).catch((err: unknown) => ctx.logger.warn({ err, key }, 'listing photo object left behind'));
  }
}

// Listings anyone may see; the photos of others (under review, rejected, removed) only their seller and staff.
const PUBLIC_STATUSES = new Set<Listing['status']>(['active', 'reserved', 'sold']);

/**
 * A variant's bytes, and whether anyone may cache them: public when a listing anyone can see shows it;
 * otherwise only its seller, moderators and arbitrators (an order's kept photo, a listing under review)
 * get it, uncached. Undefined for an unknown key or a viewer who may not see it.
 */
export async function readMedia(ctx: AppContext, key: string, viewer: AuthUser | null): Promise<{ bytes: Buffer; public: boolean } | undefined> {
  const owners = await ownersOfKey(ctx.db, key);
  const listings = await Promise.all(owners.map((o) => findListing(ctx.db, o.listing_id)));
  const isPublic = owners.some((o, i) => !o.removed && PUBLIC_STATUSES.has(listings[i]!.status));
  const staff = viewer !== null && (hasPermission(viewer.roles, 'listings.moderate') || hasPermission(viewer.roles, 'disputes.read'));
  if (!isPublic && !staff && !owners.some((o) => o.seller_id === viewer?.id)) return undefined;
  const bytes = await ctx.media.get(objectOf(key));
  return bytes && { bytes, public: isPublic };
}
