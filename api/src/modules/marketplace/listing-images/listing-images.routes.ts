import { notFound } from '../../../errors';
import { noneMatch } from '../../../http/conditional';
import { route } from '../../../http/route';
import { MAX_IMAGE_PIXELS, imageTypeNames } from '../../../image-input';
import { readMessageMedia } from '../conversations';
import { ListingIdParams } from '../listings';
import { MAX_FILES_PER_UPLOAD, MAX_IMAGES_PER_LISTING, MAX_IMAGE_BYTES } from './listing-image-limits';
import { toImageResponse } from './listing-image-response';
import { ImageOrderBody, ListingImageParams, ListingImagesResponse, MediaKeyParams, UploadImagesBody } from './listing-images.schemas';
import { addListingImages, readMedia, removeListingImage, reorderListingImages } from './listing-images.service';
import { PHOTO_TYPES } from './photo-image';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const MB = 1024 * 1024;

export const listingImagesRoutes = [
  route({
    method: 'post',
    path: '/v1/listings/:id/images',
    operationId: 'addListingImages',
    tag: 'listings',
    access: 'user',
    rateLimit: [{ budget: 'upload', per: 'user' }],
    summary: `Add photos to your listing: multipart/form-data, one or more files in \`files\` (${imageTypeNames(PHOTO_TYPES)}; at most ${MAX_FILES_PER_UPLOAD} per request, ${MAX_IMAGE_BYTES / MB} MB and ${MAX_IMAGE_PIXELS / 1_000_000} megapixels each, ${MAX_IMAGES_PER_LISTING} per listing). Each is re-encoded to WebP at 200, 640 and 1280 px without its metadata (EXIF, GPS); a photo matching another seller's or judged unsafe holds the listing for review`,
    params: ListingIdParams,
    body: UploadImagesBody,
    multipart: { field: 'files', maxFiles: MAX_FILES_PER_UPLOAD, maxFileBytes: MAX_IMAGE_BYTES },
    responses: {
      201: { description: 'The listing’s photos now, cover first', schema: ListingImagesResponse },
      404: { description: 'No such listing of yours' },
      409: { description: 'listing_not_editable: reserved, sold, rejected or removed' },
      413: { description: 'file_too_large: a file over the limit' },
      415: { description: 'Content-Type is not multipart/form-data' },
      422: { description: 'invalid_image (not a photo of an accepted type, unreadable, empty, truncated or too many pixels), too_many_images, too_many_files: naming `files`' },
    },
    handler: async ({ ctx, user, params, body }) => ({ status: 201, body: { data: (await addListingImages(ctx, user.id, params.id, body.files)).map(toImageResponse) } }),
  }),
  route({
    method: 'put',
    path: '/v1/listings/:id/images/order',
    operationId: 'reorderListingImages',
    tag: 'listings',
    access: 'user',
    summary: 'Put your listing’s photos in a new order (the first is the cover)',
    params: ListingIdParams,
    body: ImageOrderBody,
    responses: {
      200: { description: 'The listing’s photos in their new order', schema: ListingImagesResponse },
      404: { description: 'No such listing of yours' },
      409: { description: 'listing_not_editable' },
      422: { description: 'image_ids_mismatch: not exactly the listing’s photos' },
    },
    handler: async ({ ctx, user, params, body }) => ({ status: 200, body: { data: (await reorderListingImages(ctx, user.id, params.id, body.image_ids)).map(toImageResponse) } }),
  }),
  route({
    method: 'delete',
    path: '/v1/listings/:id/images/:imageId',
    operationId: 'deleteListingImage',
    tag: 'listings',
    access: 'user',
    summary: 'Remove a photo from your listing (the next becomes the cover if it was the cover)',
    params: ListingImageParams,
    responses: { 204: { description: 'Removed' }, 404: { description: 'No such listing of yours, or no such photo on it' }, 409: { description: 'listing_not_editable' } },
    handler: async ({ ctx, user, params }) => {
      await removeListingImage(ctx, user.id, params.id, params.imageId);
      return { status: 204 };
    },
  }),
  route({
    method: 'get',
    path: '/v1/media/:key',
    operationId: 'getMedia',
    tag: 'listings',
    access: 'public',
    summary:
      'A listing photo variant (WebP). Its key is its content’s hash: cache it forever (ready for a CDN); If-None-Match answers 304. A photo of a listing under review or removed is served only to its seller and staff, uncached',
    params: MediaKeyParams,
    responses: {
      200: { description: 'The image', contentTypes: ['image/webp'] },
      304: { description: 'Not modified (If-None-Match matched)' },
      404: { description: 'No such image (or not one the caller may see)' },
    },
    handler: async ({ ctx, params, header, viewer }) => {
      // A listing photo, else a picture sent in a conversation (its parties and moderators only, never cached).
      const listed = await readMedia(ctx, params.key, viewer);
      const sent = listed ? undefined : await readMessageMedia(ctx, params.key, viewer);
      const media = listed ?? (sent && { bytes: sent, public: false });
      if (!media) throw notFound('Image');
      // Content-addressed, so the key is a strong validator; apps on other origins may show it.
      const headers = { ETag: `"${params.key}"`, 'Cache-Control': media.public ? IMMUTABLE : 'private, no-store', 'Cross-Origin-Resource-Policy': 'cross-origin' };
      if (noneMatch(header('if-none-match'), headers.ETag)) return { status: 304, headers };
      return { status: 200, headers: { ...headers, 'Content-Type': 'image/webp' }, body: media.bytes };
    },
  }),
];
