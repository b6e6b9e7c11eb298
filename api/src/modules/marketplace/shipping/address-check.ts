import { isCountryCode } from '../../../countries';
import { DomainError } from '../../../errors';
import type { ShippingAddress } from './addresses.schemas';
import { normalizePostalCode, postalCodeProblem } from './postal-codes';

/**
 * The address with its postal code in the stored form, once the country is an assigned ISO 3166-1 code
 * and the postal code one of that country's (422 naming the field, under `prefix` when the address
 * is part of a larger body).
 */
export function checkAddress(address: ShippingAddress, prefix = ''): ShippingAddress {
  if (!isCountryCode(address.country)) {
    throw new DomainError('invalid', 'country_invalid', 'Not an assigned ISO 3166-1 country code', [
      { field: `${prefix}country`, message: 'is not an assigned ISO 3166-1 alpha-2 code' },
    ]);
  }
  const postal_code = normalizePostalCode(address.country, address.postal_code);
  const problem = postalCodeProblem(address.country, postal_code);
  if (problem) throw new DomainError('invalid', 'postal_code_invalid', `The postal code ${problem}`, [{ field: `${prefix}postal_code`, message: problem }]);
  return { ...address, postal_code };
}
