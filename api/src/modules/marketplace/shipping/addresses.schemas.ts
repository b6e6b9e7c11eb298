import { z } from 'zod';
import { Uuid } from '../../../http/ids';
import { PostalCode } from '../../../http/postal-code';

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters');

/**
 * A postal address to ship to, as sent: shapes here (400); whether the country is an assigned code and
 * the postal code one of its codes is checked by `checkAddress` (422).
 */
export const ShippingAddressBody = z
  .strictObject({
    name: text(200).describe('Who receives the parcel'),
    line1: text(200),
    line2: text(200).optional(),
    city: text(100),
    postal_code: PostalCode,
    region: text(100).optional().describe('State, province or county, where the country uses one'),
    country: z
      .string()
      .regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code (e.g. DE)')
      .transform((c) => c.toUpperCase())
      .describe('ISO 3166-1 alpha-2 country code'),
    phone: z
      .string()
      .regex(/^\+[1-9][0-9]{1,14}$/, 'must be an E.164 phone number (e.g. +4930123456)')
      .optional()
      .describe('For the carrier, if it asks'),
  })
  .meta({ examples: [{ name: 'Ada Lovelace', line1: '12 Marylebone Road', city: 'London', postal_code: 'NW1 5LR', country: 'GB' }] });
export type ShippingAddress = z.output<typeof ShippingAddressBody>;

export const AddressIdParams = z.strictObject({ id: Uuid.describe('The saved address’s id') });

export const ShippingAddressResponse = z
  .object({
    name: z.string(),
    line1: z.string(),
    line2: z.string().optional(),
    city: z.string(),
    postal_code: z.string(),
    region: z.string().optional(),
    country: z.string(),
    phone: z.string().optional(),
  })
  .meta({ id: 'ShippingAddress', description: 'Where the parcel goes' });

export const SavedAddressResponse = ShippingAddressResponse.extend({ id: z.uuid(), created_at: z.iso.datetime() }).meta({
  id: 'SavedAddress',
  description: 'A shipping address the buyer saved, to pick at payment',
});
export const SavedAddressesResponse = z.object({ data: z.array(SavedAddressResponse) });
