import { z } from 'zod';
import { Base64FileSchema, FILE_CONTENT_TYPES, FileContentTypeSchema, checkDeclaredType } from '../../http/file-type';
import { PageQuery } from '../../http/pagination';
import { isCountryCode } from './countries';
import { hasIbanShape, hasValidIbanChecksum, normalizeIban } from './iban';

const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`)
    .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters');

const Country = z.string().refine(isCountryCode, 'must be an ISO 3166-1 alpha-2 country code (e.g. DE)');

export const AddressSchema = z.strictObject({
  line1: text(200),
  line2: text(200).optional(),
  city: text(100),
  postal_code: z.string().trim().min(1, 'must not be empty').max(16, 'must be at most 16 characters')
    .regex(/^[A-Za-z0-9 -]+$/, 'must contain only letters, digits, spaces and dashes'),
  country: Country,
});

export const ProfileBody = z.strictObject({
  legal_name: text(200),
  address: AddressSchema,
  phone: z.string().regex(/^\+[1-9][0-9]{1,14}$/, 'must be an E.164 phone number (e.g. +4930123456)'),
});
export type Profile = z.infer<typeof ProfileBody>;

export const ProfileResponse = z.object({
  legal_name: z.string(),
  address: z.object({ line1: z.string(), line2: z.string().optional(), city: z.string(), postal_code: z.string(), country: z.string() }),
  phone: z.string(),
  updated_at: z.iso.datetime(),
});

export const PayoutDetailsBody = z.strictObject({
  // SEPA allows 70 characters for a party name.
  account_holder: text(70),
  iban: z.string().max(64, 'must be at most 64 characters').transform(normalizeIban).superRefine((iban, ctx) => {
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

export const DOCUMENT_KINDS = ['passport', 'id_card', 'driving_licence'] as const;
export const IdentityDocumentBody = z.strictObject({
  kind: z.enum(DOCUMENT_KINDS, { error: `must be one of ${DOCUMENT_KINDS.join(', ')}` }),
  content_type: FileContentTypeSchema,
  content_base64: Base64FileSchema,
}).superRefine(checkDeclaredType);
export type IdentityDocumentInput = z.infer<typeof IdentityDocumentBody>;

export const IdentityDocumentResponse = z.object({
  id: z.uuid(),
  kind: z.enum(DOCUMENT_KINDS),
  content_type: z.enum(FILE_CONTENT_TYPES),
  size_bytes: z.number().int(),
  status: z.enum(['submitted']),
  created_at: z.iso.datetime(),
});

export const ListIdentityDocumentsQuery = PageQuery.strict();
