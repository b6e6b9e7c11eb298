import type { z } from 'zod';
import type { CoverImage } from './search.schemas';

export type Cover = z.infer<typeof CoverImage>;

/** Each listing's cover photo for search hits: none until listing photos exist (listing-images' coversOf takes over here). */
export async function coversOf(listingIds: readonly string[]): Promise<Map<string, Cover>> {
  return new Map(listingIds.map((id) => [id, null]));
}
