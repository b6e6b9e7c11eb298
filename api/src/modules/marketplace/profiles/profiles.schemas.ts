import { z } from 'zod';
import { Base64FileSchema, FILE_CONTENT_TYPES, FileContentTypeSchema, checkDeclaredType } from '../../../http/file-type';
import { Uuid } from '../../../http/ids';
import { PostalCode } from '../../../http/postal-code';
import { PageQuery } from '../../../http/pagination';
import { isCountryCode } from '../../../countries';
import { hasIbanShape, hasValidIbanChecksum, normalizeIban } from './iban';

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters');

const Country = z.string().refine(isCountryCode, 'must be an ISO 3166-1 alpha-2 country code (e.g. DE)');

export const AddressSchema = z.strictObject({
  line1: text(200),
  line2: text(200).optional(),
  city: text(100),
  postal_code: PostalCode,
  country: Country,
});

export const ProfileBody = z.strictObject({
  legal_name: text(200),
  address: AddressSchema,
  phone: z.string().regex(/^\+[1-9][0-9]{1,14}$/, 'must be an E.164 phone number (e.g. +4930123456)'),
});
export type Profile = z.infer<typeof ProfileBody>;

export const ProfileResponse = z
  .object({
    legal_name: z.string(),
    address: z.object({ line1: z.string(), line2: z.string().optional(), city: z.string(), postal_code: z.string(), country: z.string() }),
    phone: z.string(),
    updated_at: z.iso.datetime(),
  })
  .meta({ id: 'Profile' });

export const PayoutDetailsBody = z.strictObject({
  // SEPA allows 70 characters for a party name.
  account_holder: text(70),
  iban: z
    .string()
    .max(64, 'must be at most 64 characters')
    .transform(normalizeIban)
    .superRefine((iban, ctx) => {
      if (!hasIbanShape(iban)) ctx.addIssue({ code: 'custom', message: 'must be an IBAN: country code, 2 check digits, 11-30 letters or digits' });
      else if (!hasValidIbanChecksum(iban)) ctx.addIssue({ code: 'custom', message: 'has wrong check digits (mod-97)' });
    }),
});
export type PayoutDetails = z.infer<typeof PayoutDetailsBody>;

export const PayoutDetailsResponse = z.object({
  account_holder: z.string(),
  iban: z.string().describe('masked: the last four characters only'),
  country: z.string(),
  updated_at: z.iso.datetime(),
});

export const DOCUMENT_STATUSES = ['submitted', 'approved', 'rejected'] as const;
export const DOCUMENT_KINDS = ['passport', 'id_card', 'driving_licence'] as const;
export const IdentityDocumentBody = z
  .strictObject({
    kind: z.enum(DOCUMENT_KINDS, { error: `must be one of ${DOCUMENT_KINDS.join(', ')}` }),
    content_type: FileContentTypeSchema,
    content_base64: Base64FileSchema,
  })
  .superRefine(checkDeclaredType);
export type IdentityDocumentInput = z.infer<typeof IdentityDocumentBody>;

export const IdentityDocumentResponse = z
  .object({
    id: z.uuid(),
    kind: z.enum(DOCUMENT_KINDS),
    content_type: z.enum(FILE_CONTENT_TYPES),
    size_bytes: z.number().int(),
    status: z.enum(DOCUMENT_STATUSES),
    review_reason: z.string().nullable().describe('Why the document was rejected (or the reviewer’s remark on approval)'),
    reviewed_at: z.iso.datetime().nullable(),
    created_at: z.iso.datetime(),
  })
  .meta({ id: 'IdentityDocument', description: 'An identity document’s metadata (never its content)' });

export const ListIdentityDocumentsQuery = PageQuery.strict();

export const IdentityReviewQuery = PageQuery.extend({
  status: z
    .enum(DOCUMENT_STATUSES, { error: `must be one of ${DOCUMENT_STATUSES.join(', ')}` })
    .default('submitted')
    .describe('Documents in this review status'),
}).strict();

export const DocumentIdParams = z.strictObject({ id: Uuid.describe('The identity document’s id') });

export const IdentityReviewBody = z
  .strictObject({
    decision: z.enum(['approve', 'reject'], { error: 'must be approve or reject' }),
    reason: z.string().trim().min(1, 'must not be empty').max(2000, 'must be at most 2000 characters').optional(),
  })
  .superRefine((b, ctx) => {
    // The user is told why, so they can submit a better document.
    if (b.decision === 'reject' && !b.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'is required to reject' });
  });

export const QueuedIdentityDocumentResponse = IdentityDocumentResponse.extend({
  user: z.object({ id: z.uuid(), email: z.string(), display_name: z.string(), identity_verified_at: z.iso.datetime().nullable() }),
}).meta({ id: 'QueuedIdentityDocument' });

export const IdentityDocumentContentResponse = z.object({
  id: z.uuid(),
  content_type: FileContentTypeSchema,
  content_base64: z.string(),
});
