import { z } from 'zod';
import { Uuid } from '../../../http/ids';
import { PageQuery } from '../../../http/pagination';
import { MoneyResponse, MoneySchema } from '../../money/currencies';
import { LEAF_CATEGORIES } from '../categories';

export const CreateListingBody = z
  .strictObject({
    title: z.string().trim().min(3, 'must be at least 3 characters').max(120, 'must be at most 120 characters'),
    description: z.string().trim().min(1, 'must not be empty').max(5000, 'must be at most 5000 characters'),
    price: MoneySchema,
    category: z.enum(LEAF_CATEGORIES, { error: 'must be a leaf of the category tree (GET /v1/categories)' }),
  })
  .meta({ examples: [{ title: 'Vintage film camera', description: 'Canon AE-1, working, with a 50 mm lens', price: { amount: 4999, currency: 'EUR' }, category: 'cameras' }] });

export const LISTING_CONDITIONS = ['new', 'like_new', 'good', 'fair'] as const;

export const LISTING_STATUSES = ['draft', 'active', 'reserved', 'sold', 'withdrawn', 'removed', 'pending_review', 'changes_requested', 'rejected'] as const;

export const EditListingBody = CreateListingBody.partial()
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: 'must change at least one of title, description, price, category' });

export const MyListingsQuery = PageQuery.extend({
  status: z
    .enum(LISTING_STATUSES, { error: `must be one of ${LISTING_STATUSES.join(', ')}` })
    .optional()
    .describe('Only listings in this status'),
}).strict();

export const UserListingsQuery = PageQuery.strict();

export const ListingIdParams = z.strictObject({ id: Uuid.describe('The listing’s id') });

export const ListingResponse = z
  .object({
    id: z.uuid(),
    seller_id: z.uuid(),
    title: z.string(),
    description: z.string(),
    price: MoneyResponse,
    category: z.enum(LEAF_CATEGORIES),
    status: z.enum(LISTING_STATUSES),
    moderation_note: z.string().nullable().describe('The moderator’s note when changes were requested or the listing was rejected or removed'),
    created_at: z.iso.datetime(),
    updated_at: z.iso.datetime(),
  })
  .meta({
    id: 'Listing',
    examples: [
      {
        id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
        seller_id: 'f47ac10b-58cc-4372-a567-0e02b2c3d479',
        title: 'Vintage film camera',
        description: 'Canon AE-1, working, with a 50 mm lens',
        price: { amount: 4999, currency: 'EUR' },
        category: 'cameras',
        status: 'active',
        moderation_note: null,
        created_at: '2026-03-02T10:15:00.000Z',
        updated_at: '2026-03-02T10:15:00.000Z',
      },
    ],
  });
