import { z } from 'zod';
import { Uuid } from '../../../http/ids';
import { PageQuery } from '../../../http/pagination';
import { MoneyResponse, MoneySchema } from '../../money/currencies';
import { LEAF_CATEGORIES } from '../categories';
import { SALE_FORMATS } from './sale-format';

export const LISTING_CONDITIONS = ['new', 'like_new', 'good', 'fair'] as const;

// The shape only: which keys and values a category takes is checked against its definitions (a 422 naming `attributes.<key>`).
const AttributesBody = z
  .record(z.string().min(1, 'must not be empty').max(40, 'must be at most 40 characters'), z.union([z.string().max(200, 'must be at most 200 characters'), z.number()]))
  .refine((a) => Object.keys(a).length <= 20, 'must have at most 20 attributes')
  .describe('Category attributes (brand, size…) as GET /v1/categories defines them for the category, parents’ included');

const LocationBody = z
  .strictObject({
    place: z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters').describe('A town or district, never an address'),
    lat: z.number().min(-90, 'must be at least -90').max(90, 'must be at most 90').optional().describe('Latitude; stored blurred to about 1 km; requires lng'),
    lng: z.number().min(-180, 'must be at least -180').max(180, 'must be at most 180').optional().describe('Longitude; stored blurred to about 1 km; requires lat'),
  })
  .describe('Where the item can be seen or collected');

const listingFields = {
  title: z.string().trim().min(3, 'must be at least 3 characters').max(120, 'must be at most 120 characters'),
  description: z.string().trim().min(1, 'must not be empty').max(5000, 'must be at most 5000 characters'),
  price: MoneySchema,
  category: z.enum(LEAF_CATEGORIES, { error: 'must be a leaf of the category tree (GET /v1/categories)' }),
  condition: z.enum(LISTING_CONDITIONS, { error: `must be one of ${LISTING_CONDITIONS.join(', ')}` }),
  attributes: AttributesBody.optional(),
  location: LocationBody.optional(),
};

export const CreateListingBody = z
  .strictObject({ ...listingFields, draft: z.boolean().optional().describe('true keeps it as a draft: unreviewed, seen by you alone, until POST /v1/listings/{id}/publish') })
  .meta({
    examples: [
      {
        title: 'Vintage film camera',
        description: 'Canon AE-1, working, with a 50 mm lens',
        price: { amount: 4999, currency: 'EUR' },
        category: 'cameras',
        condition: 'good',
        attributes: { brand: 'Canon', model: 'AE-1' },
        location: { place: 'Lyon', lat: 45.76, lng: 4.84 },
      },
    ],
  });

export const PriceHistoryResponse = z
  .object({
    data: z.array(z.object({ price: MoneyResponse, changed_at: z.iso.datetime() })).describe('Every price the listing had, oldest first: the first is its price when listed'),
  })
  .meta({ id: 'PriceHistory' });

export const LISTING_STATUSES = ['draft', 'active', 'reserved', 'sold', 'withdrawn', 'removed', 'pending_review', 'changes_requested', 'rejected'] as const;

export const EditListingBody = z
  .strictObject({
    ...z.strictObject(listingFields).partial().shape,
    attributes: AttributesBody.optional().describe('Replaces all the attributes; checked against the (new) category'),
    location: LocationBody.nullable().optional().describe('null removes the location'),
  })
  .refine((b) => Object.keys(b).length > 0, { message: `must change at least one of ${Object.keys(listingFields).join(', ')}` });

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
    category_path: z.array(z.object({ slug: z.string(), name: z.string() })).describe('The category’s ancestors, root first, the category last'),
    condition: z.enum(LISTING_CONDITIONS),
    attributes: z.record(z.string(), z.union([z.string(), z.number()])),
    location: z
      .object({ place: z.string(), lat: z.number().nullable(), lng: z.number().nullable() })
      .nullable()
      .describe('Where the item is: a place name and a point blurred to about 1 km (never the seller’s address)'),
    status: z.enum(LISTING_STATUSES),
    sale_format: z
      .enum(SALE_FORMATS)
      .describe('fixed: bought at its price (POST /v1/orders) or by offer; auction: sold by its auction (GET /v1/auctions/{id}), never bought directly'),
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
        category_path: [
          { slug: 'electronics', name: 'Electronics' },
          { slug: 'cameras', name: 'Cameras' },
        ],
        condition: 'good',
        attributes: { brand: 'Canon', model: 'AE-1' },
        location: { place: 'Lyon', lat: 45.76, lng: 4.84 },
        status: 'active',
        sale_format: 'fixed',
        moderation_note: null,
        created_at: '2026-03-02T10:15:00.000Z',
        updated_at: '2026-03-02T10:15:00.000Z',
      },
    ],
  });
