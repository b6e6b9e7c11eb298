import { z } from 'zod';
import { Uuid } from '../../../http/ids';
import { PageQuery } from '../../../http/pagination';
import { ListingResponse } from '../listings';

export const FavouriteParams = z.strictObject({ listing_id: Uuid.describe('The listing’s id') });

export const ListFavouritesQuery = PageQuery.strict();

export const FavouriteResponse = z
  .object({
    listing_id: z.uuid(),
    created_at: z.iso.datetime().describe('When you favourited it'),
    listing: ListingResponse.nullable().describe(
      'The listing as you may see it now; null once it is unavailable to you (removed, under review, its seller suspended or blocking you)',
    ),
  })
  .meta({ id: 'Favourite', description: 'A listing you favourited' });
