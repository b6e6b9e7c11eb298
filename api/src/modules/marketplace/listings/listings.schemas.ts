import { z } from 'zod';
import { Uuid } from '../../../http/ids';
import { PageQuery } from '../../../http/pagination';
import { MAX_AMOUNT, MoneyResponse, MoneySchema } from '../../money/currencies';
import { CATEGORY_SLUGS, LEAF_CATEGORIES } from '../categories';


export const CreateListingBody = z
  .strictObject({
    title: z.string().trim().min(3, 'must be at least 3 characters').max(120, 'must be at most 120 characters'),
    description: z.string().trim().min(1, 'must not be empty').max(5000, 'must be at most 5000 characters'),
    price: MoneySchema,
    category: z.enum(LEAF_CATEGORIES, { error: 'must be a leaf of the category tree (GET /v1/categories)' }),
  })
  .meta({ examples: [{ title: 'Vintage film camera', description: 'Canon AE-1, working, with a 50 mm lens', price: { amount: 4999, currency: 'EUR' }, category: 'cameras' }] });

const Amount = z.coerce.number().int('must be an integer').min(1, 'must be at least 1').max(MAX_AMOUNT, `must be at most ${MAX_AMOUNT}`);

export const SearchListingsQuery = PageQuery.extend({
  q: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters').optional().describe('Full-text search over title and description'),
  category: z
    .enum(CATEGORY_SLUGS, { error: 'must be a category of the tree (GET /v1/categories)' })
    .optional()
    .describe('Only listings in this category (a parent covers its children)'),
  currency: CreateListingBody.shape.price.shape.currency.optional().describe('Only listings priced in this ISO 4217 currency; required with min_price or max_price'),
  min_price: Amount.optional().describe('Inclusive lower bound on the price, in minor units of `currency` (which it requires)'),
  max_price: Amount.optional().describe('Inclusive upper bound on the price, in minor units of `currency` (which it requires)'),
})
  .strict()
  .refine((q) => q.min_price === undefined || q.max_price === undefined || q.min_price <= q.max_price, {
    message: 'must not be below min_price',
    path: ['max_price'],
    // Amounts in minor units of different currencies do not compare (5000 is £50 and ¥5,000).
  })
  .refine((q) => q.currency !== undefined || (q.min_price === undefined && q.max_price === undefined), {
    message: 'is required with min_price or max_price: a price is in minor units of one currency',
    path: ['currency'],
  });

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
