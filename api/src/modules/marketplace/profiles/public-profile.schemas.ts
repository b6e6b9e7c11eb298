import { z } from 'zod';
import { ReputationResponse } from '../reviews';
import { isCountryCode } from '../../../countries';

const clearable = (max: number, what: z.ZodString) =>
  what.trim().min(1, 'must not be empty (send null to clear it)').max(max, `must be at most ${max} characters`).nullable().optional();

export const PublicProfileBody = z
  .strictObject({
    // Line breaks are a bio's paragraphs; no other control character.
    bio: clearable(500, z.string().regex(/^(?:[^\p{Cc}]|\n)*$/u, 'must not contain control characters other than line breaks')).describe(
      'About you, at most 500 characters; null clears it',
    ),
    city: clearable(80, z.string().regex(/^[^\p{Cc}]*$/u, 'must not contain control characters')).describe('Your city (never an address); null clears it'),
    country: z
      .string()
      .refine(isCountryCode, 'must be an ISO 3166-1 alpha-2 country code (e.g. DE)')
      .nullable()
      .optional()
      .describe('ISO 3166-1 alpha-2 country code; null clears it'),
  })
  .meta({ examples: [{ bio: 'Collector of film cameras', city: 'Lyon', country: 'FR' }] });

export const AvatarKeyParams = z.strictObject({ key: z.string().max(100).describe('The avatar’s key (from a profile’s avatar URLs)') });

export const AvatarResponse = z
  .object({
    url_256: z.string().describe('256×256 WebP'),
    url_64: z.string().describe('64×64 WebP'),
  })
  .meta({ id: 'Avatar', description: 'Paths of the avatar’s two sizes (cacheable forever: a new picture gets new paths)' });

export const PublicProfileResponse = z
  .object({
    id: z.uuid(),
    display_name: z.string(),
    avatar: AvatarResponse.nullable(),
    bio: z.string().nullable(),
    city: z.string().nullable(),
    country: z.string().nullable(),
    member_since: z.iso.date().describe('The day the account was created'),
    badges: z.object({
      email_verified: z.boolean(),
      identity_verified: z.boolean().describe('A moderator approved an identity document'),
    }),
    reputation: ReputationResponse.pick({ score: true, count: true, average: true }),
    response_rate: z
      .number()
      .nullable()
      .describe('Of the orders they sold on which the buyer wrote, the share on which they wrote back after the buyer’s first message (0–1); null when no buyer wrote'),
    counts: z.object({ completed_sales: z.number().int(), active_listings: z.number().int() }),
  })
  .meta({ id: 'PublicProfile', description: 'What anyone may see of a user: never an email, an address, roles or anything private' });
