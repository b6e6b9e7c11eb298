import { z } from 'zod';
import { Uuid } from '../../../http/ids';
import { ListingResponse } from '../listings';
import { MAX_FILES_PER_UPLOAD, MAX_IMAGES_PER_LISTING } from './listing-image-limits';

const UploadedFile = z.object({ filename: z.string(), bytes: z.instanceof(Buffer) });

export const UploadImagesBody = z.strictObject({
  files: z.array(UploadedFile).min(1, 'must hold at least one file').max(MAX_FILES_PER_UPLOAD, `must hold at most ${MAX_FILES_PER_UPLOAD} files`),
});

export const ListingImageParams = z.strictObject({ id: Uuid.describe('The listing’s id'), imageId: Uuid.describe('The image’s id') });

export const ImageOrderBody = z.strictObject({
  image_ids: z
    .array(Uuid, { error: 'must be an array of image ids' })
    .max(MAX_IMAGES_PER_LISTING, `must hold at most ${MAX_IMAGES_PER_LISTING} ids`)
    .refine((ids) => new Set(ids).size === ids.length, 'must not repeat an id')
    .describe('Every image of the listing, once each, in the new order (the first is the cover)'),
});

export const MediaKeyParams = z.strictObject({
  key: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'must be a media key (64 hex digits)')
    .describe('The variant’s key (the SHA-256 of its bytes)'),
});

const VARIANT_SIZES = ['thumb', 'medium', 'large'] as const;

export const ListingImageResponse = z
  .object({
    id: z.uuid(),
    position: z.number().int().describe('0 is the cover'),
    width: z.number().int().describe('The upright photo’s width, in pixels'),
    height: z.number().int(),
    variants: z
      .array(
        z.object({
          size: z.enum(VARIANT_SIZES).describe('thumb: at most 200 px on its longer side; medium: 640; large: 1280 (never enlarged)'),
          width: z.number().int(),
          height: z.number().int(),
          url: z.string().describe('GET it: WebP, cacheable forever'),
        }),
      )
      .describe('Smallest first'),
  })
  .meta({
    id: 'ListingImage',
    examples: [
      {
        id: '0b6c2c8e-3f0a-4a53-9d6e-2b1f4a7d9c10',
        position: 0,
        width: 1600,
        height: 1200,
        variants: [
          { size: 'thumb', width: 200, height: 150, url: '/v1/media/9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' },
          { size: 'medium', width: 640, height: 480, url: '/v1/media/60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752' },
          { size: 'large', width: 1280, height: 960, url: '/v1/media/fd61a03af4f77d870fc21e05e7e80678095c92d808cfb3b5c279ee04c74aca13' },
        ],
      },
    ],
  });
export type ListingImageResponse = z.infer<typeof ListingImageResponse>;

export const ListingImagesResponse = z.object({ data: z.array(ListingImageResponse).describe('The listing’s photos, cover first') }).meta({ id: 'ListingImages' });

/** A listing as its page shows it: with its photos, cover first. */
export const ListingWithImagesResponse = ListingResponse.extend({ images: z.array(ListingImageResponse) }).meta({ id: 'ListingWithImages' });

/** What the moderators' queue shows of each photo: what the safety model said and which listing it was taken from, if any. */
export const ReviewImageResponse = ListingImageResponse.extend({
  safety: z.object({ label: z.enum(['Drawing', 'Hentai', 'Neutral', 'Porn', 'Sexy']), score: z.number(), unsafe: z.boolean() }),
  reuse: z
    .object({ listing_id: z.uuid(), seller_id: z.uuid(), distance: z.number().int().describe('Hamming distance of the 64-bit dHashes (0: the same picture)') })
    .nullable()
    .describe('Another seller’s listing showing the same photo'),
}).meta({ id: 'ReviewImage' });
