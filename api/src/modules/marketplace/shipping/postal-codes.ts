// Postal code formats of the countries most of our buyers ship to, from the postal operators' public
// descriptions; elsewhere a generic shape. Pure: `normalizePostalCode` gives the stored form.

const FORMATS: Record<string, { pattern: RegExp; example: string }> = {
  // Outward code (area + district) and inward code (sector + unit); GIR 0AA is Girobank's.
  GB: { pattern: /^(?:[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|GIR 0AA)$/, example: 'SW1A 1AA' },
  FR: { pattern: /^\d{5}$/, example: '75008' },
  DE: { pattern: /^\d{5}$/, example: '10115' },
  IT: { pattern: /^\d{5}$/, example: '00184' },
  // The first two digits are the province, 01–52.
  ES: { pattern: /^(?:0[1-9]|[1-4]\d|5[0-2])\d{3}$/, example: '28013' },
  US: { pattern: /^\d{5}(?:-\d{4})?$/, example: '10001 or 10001-1234' },
  // Four digits (no leading zero), a space, two letters (never SA, SD or SS).
  NL: { pattern: /^[1-9]\d{3} (?!SA|SD|SS)[A-Z]{2}$/, example: '1012 AB' },
  BE: { pattern: /^[1-9]\d{3}$/, example: '1000' },
};

const GENERIC = /^[A-Z0-9](?:[A-Z0-9 -]{0,10}[A-Z0-9])?$/;

/** Upper case, single spaces; GB and NL codes get the space their format puts between the parts. */
export function normalizePostalCode(country: string, code: string): string {
  const tidy = code.trim().toUpperCase().replace(/\s+/g, ' ');
  if (country === 'GB' || country === 'NL') {
    const compact = tidy.replace(/ /g, '');
    return compact.length > 3 ? `${compact.slice(0, -(country === 'GB' ? 3 : 2))} ${compact.slice(-(country === 'GB' ? 3 : 2))}` : compact;
  }
  return tidy;
}

/** Null when `code` (normalized) is a postal code of `country`, else what is wrong with it. */
export function postalCodeProblem(country: string, code: string): string | null {
  const format = FORMATS[country];
  if (format) return format.pattern.test(code) ? null : `is not a ${country} postal code (e.g. ${format.example})`;
  return GENERIC.test(code) ? null : 'must be 1 to 12 letters, digits, spaces or dashes';
}
