// Country code, two check digits, then 11-30 letters or digits (ISO 13616).
const SHAPE = /^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$/;

/** As people type it ("de89 3704 0044 …") → the electronic form ("DE8937040044…"). */
export const normalizeIban = (raw: string): string => raw.replace(/[\s-]/g, '').toUpperCase();

export const hasIbanShape = (iban: string): boolean => SHAPE.test(iban);

/** ISO 7064 mod 97-10: move the first four characters to the end, letters to 10..35, remainder 1. */
export function hasValidIbanChecksum(iban: string): boolean {
  let remainder = 0;
  for (const ch of iban.slice(4) + iban.slice(0, 4)) {
    const value = ch >= 'A' ? ch.charCodeAt(0) - 55 : Number(ch);
    remainder = (remainder * (value >= 10 ? 100 : 10) + value) % 97;
  }
  return remainder === 1;
}

/** Only the last four characters, as banks print them. */
export const maskIban = (last4: string): string => `**** ${last4}`;
