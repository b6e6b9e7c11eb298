import type { ListingImage } from './listing-images.repository';
import type { ListingImageResponse } from './listing-images.schemas';

export const mediaUrl = (key: string) => `/v1/media/${key}`;

export function toImageResponse(image: ListingImage): ListingImageResponse {
  return {
    id: image.id,
    position: image.position ?? 0,
    width: image.width,
    height: image.height,
    variants: image.variants.map((v) => ({ size: v.size, width: v.width, height: v.height, url: mediaUrl(v.key) })),
  };
}

export function toReviewImageResponse(image: ListingImage) {
  return {
    ...toImageResponse(image),
    safety: { label: image.safety_label, score: image.safety_score, unsafe: image.safety_unsafe },
    reuse:
      image.reuse_listing_id && image.reuse_seller_id && image.reuse_distance !== null
        ? { listing_id: image.reuse_listing_id, seller_id: image.reuse_seller_id, distance: image.reuse_distance }
        : null,
  };
}

/** Images grouped by listing, in the order given. */
export function byListing<T>(images: readonly ListingImage[], map: (image: ListingImage) => T): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const image of images) groups.set(image.listing_id, [...(groups.get(image.listing_id) ?? []), map(image)]);
  return groups;
}
