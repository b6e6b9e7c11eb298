import { z } from 'zod';
import { CURRENCY_EXPONENTS } from './currencies';

/** Largest accepted amount in minor units: far below 2^53, so sums of many stay exact. */
export const MAX_AMOUNT = 100_000_000_000;

export interface Money {
  amount: number;
  currency: string;
}

export const MoneySchema = z.strictObject({
  amount: z
    .number({ error: 'must be an integer number of minor units' })
    .int('must be an integer number of minor units')
    .positive('must be greater than zero')
    .max(MAX_AMOUNT, `must not exceed ${MAX_AMOUNT}`)
    .describe('Integer minor units of the currency (cents for EUR, yen for JPY)'),
  currency: z
    .string()
    .refine((c) => Object.hasOwn(CURRENCY_EXPONENTS, c), 'must be a supported ISO 4217 currency code')
    .describe('ISO 4217 code'),
});

/** An amount as the API sends it back. */
export const MoneyResponse = z
  .object({
    amount: z.number().int().describe('Integer minor units of the currency (cents for EUR, yen for JPY)'),
    currency: z.string().describe('ISO 4217 code'),
  })
  .meta({ id: 'Money', examples: [{ amount: 4999, currency: 'EUR' }] });

/** Platform fee in basis points, rounded down so the seller never receives less than promised. */
export function feeFor(amount: number, feeBps: number): number {
  return Number((BigInt(amount) * BigInt(feeBps)) / 10_000n);
}

/** pg returns bigint columns as strings; amounts are bounded, so Number is exact. */
export function toAmount(value: string | number | bigint): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new Error(`amount ${value} is not a safe integer`);
  return n;
}
