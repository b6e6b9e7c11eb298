import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema';
import { byListing, toImageResponse, toReviewImageResponse } from './listing-image-response';
import { exportImagesOf, listCoversOf, listImagesOf, listOrderImages, removeAllImagesOf, snapshotImages } from './listing-images.repository';
import type { ListingImageResponse } from './listing-images.schemas';

/** Each listing's photos, cover first (a listing without photos is absent from the map). */
export async function imagesOf(db: Kysely<DB>, listingIds: readonly string[]): Promise<Map<string, ListingImageResponse[]>> {
  return byListing(await listImagesOf(db, listingIds), toImageResponse);
}

/** Each listing's cover, for lists of hits: one query for a page of listings. */
export async function coversOf(db: Kysely<DB>, listingIds: readonly string[]): Promise<Map<string, ListingImageResponse>> {
  return new Map((await listCoversOf(db, listingIds)).map((image) => [image.listing_id, toImageResponse(image)]));
}

/** The moderators' view of each listing's photos: safety verdict and reuse match per photo. */
export async function reviewImagesOf(db: Kysely<DB>, listingIds: readonly string[]) {
  return byListing(await listImagesOf(db, listingIds), toReviewImageResponse);
}

/** Called by the orders module in the transaction that creates an order: the photos the buyer saw are kept with it. */
export const snapshotOrderImages = (trx: Transaction<DB>, orderId: string, listingId: string): Promise<void> => snapshotImages(trx, orderId, listingId);

/** The listing's photos as they were when the order was made (the evidence pack of a dispute). */
export async function orderImagesOf(db: Kysely<DB>, orderId: string): Promise<ListingImageResponse[]> {
  return (await listOrderImages(db, orderId)).map(toImageResponse);
}

/** The seller's photos, per listing (their data export). */
export async function exportListingImagesOf(db: Kysely<DB>, sellerId: string) {
  return (await exportImagesOf(db, sellerId)).map((image) => ({ listing_id: image.listing_id, created_at: image.created_at.toISOString(), ...toImageResponse(image) }));
}

/**
 * Account deletion (an AccountEraser): the seller's photos leave their listings in the deletion's
 * transaction; `purgeRemovedImages` then deletes those no order keeps, with their objects.
 */
export const eraseListingImages = (trx: Transaction<DB>, sellerId: string, now: Date): Promise<void> => removeAllImagesOf(trx, sellerId, now);
