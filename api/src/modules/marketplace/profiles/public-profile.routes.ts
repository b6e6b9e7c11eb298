import { notFound } from '../../../errors';
import { noneMatch } from '../../../http/conditional';
import { MAX_FILE_BYTES, RawBytes } from '../../../http/file-type';
import { CREATES_CONTENT, route } from '../../../http/route';
import { UserIdParams } from '../../platform/staff';
import { MAX_IMAGE_PIXELS } from '../../../image-input';
import { AVATAR_CONTENT_TYPES } from './avatar-image';
import { AvatarKeyParams, AvatarResponse, PublicProfileBody, PublicProfileResponse } from './public-profile.schemas';
import { avatarUrls, deleteAvatar, publicProfile, readAvatar, setAvatar, updatePublicProfile } from './public-profile.service';

const IMMUTABLE = 'public, max-age=31536000, immutable';

export const publicProfileRoutes = [
  route({
    method: 'get',
    path: '/v1/users/:id',
    operationId: 'getUserProfile',
    tag: 'users',
    access: 'public',
    summary:
      'A user’s public profile: name, avatar, bio, city and country, member since, verified badges, reputation, response rate (of the orders they sold on which the buyer wrote, the share on which they wrote back after the buyer’s first message) and counts of completed sales and active listings',
    params: UserIdParams,
    responses: { 200: { description: 'The public profile', schema: PublicProfileResponse }, 404: { description: 'No such user (or suspended)' } },
    handler: async ({ ctx, params }) => ({ status: 200, body: await publicProfile(ctx, params.id) }),
  }),
  route({
    method: 'patch',
    path: '/v1/me/public-profile',
    operationId: 'updateMyPublicProfile',
    tag: 'users',
    access: 'user',
    rateLimit: CREATES_CONTENT,
    summary: 'Set what your public profile shows: bio, city, country (absent fields stay, null clears one)',
    body: PublicProfileBody,
    responses: { 200: { description: 'Your public profile', schema: PublicProfileResponse } },
    handler: async ({ ctx, user, body }) => ({ status: 200, body: await updatePublicProfile(ctx, user.id, body) }),
  }),
  route({
    method: 'put',
    path: '/v1/me/avatar',
    operationId: 'setMyAvatar',
    tag: 'users',
    access: 'user',
    rateLimit: CREATES_CONTENT,
    summary: `Upload your avatar: the image's bytes as the body (JPEG, PNG or WebP, at most ${MAX_FILE_BYTES / 1024 / 1024} MB and ${MAX_IMAGE_PIXELS / 1_000_000} megapixels), re-encoded to square 256 and 64 px WebP without its metadata (EXIF, GPS)`,
    body: RawBytes,
    bodyTypes: AVATAR_CONTENT_TYPES,
    bodyLimit: '5mb',
    responses: {
      200: { description: 'The new avatar', schema: AvatarResponse },
      413: { description: 'Body over 5 MB' },
      415: { description: 'Content-Type is not image/jpeg, image/png or image/webp' },
      422: { description: 'invalid_image: not an image of the declared type, unreadable, or too many pixels' },
    },
    handler: async ({ ctx, user, body, header }) => ({ status: 200, body: avatarUrls(await setAvatar(ctx, user.id, body, header('content-type'))) }),
  }),
  route({
    method: 'delete',
    path: '/v1/me/avatar',
    operationId: 'deleteMyAvatar',
    tag: 'users',
    access: 'user',
    summary: 'Remove your avatar (done even if you had none)',
    responses: { 204: { description: 'No avatar now' } },
    handler: async ({ ctx, user }) => {
      await deleteAvatar(ctx, user.id);
      return { status: 204 };
    },
  }),
  route({
    method: 'get',
    path: '/v1/media/avatars/:key',
    operationId: 'getAvatarImage',
    tag: 'users',
    access: 'public',
    summary: 'An avatar image (WebP). Its key is its content’s hash: cache it forever; If-None-Match answers 304',
    params: AvatarKeyParams,
    responses: {
      200: { description: 'The image', contentTypes: ['image/webp'] },
      304: { description: 'Not modified (If-None-Match matched)' },
      404: { description: 'No such avatar' },
    },
    handler: async ({ ctx, params, header }) => {
      const bytes = await readAvatar(ctx, params.key);
      if (!bytes) throw notFound('Avatar');
      // Content-addressed, so the key is a strong validator; apps on other origins may show it.
      const headers = { ETag: `"${params.key}"`, 'Cache-Control': IMMUTABLE, 'Cross-Origin-Resource-Policy': 'cross-origin' };
      if (noneMatch(header('if-none-match'), headers.ETag)) return { status: 304, headers };
      return { status: 200, headers: { ...headers, 'Content-Type': 'image/webp' }, body: bytes };
    },
  }),
];
