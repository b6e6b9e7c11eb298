import { currencyExponent } from '../../money/currencies';

// The standard bid increment table (eBay's, by price band), in hundredths of the currency's major unit:
// from a price of `from`, the next bid must be at least `step` higher. Scaled to the currency's minor
// units, so EUR (2 decimals) reads it as cents and JPY (0 decimals) as yen/100, rounded up to 1.
export const INCREMENT_BANDS: readonly { from: number; step: number }[] = [
  { from: 0, step: 5 }, //           0.00 –    0.99 → 0.05
  { from: 100, step: 25 }, //        1.00 –    4.99 → 0.25
  { from: 500, step: 50 }, //        5.00 –   24.99 → 0.50
  { from: 2_500, step: 100 }, //    25.00 –   99.99 → 1.00
  { from: 10_000, step: 250 }, //  100.00 –  249.99 → 2.50
  { from: 25_000, step: 500 }, //  250.00 –  499.99 → 5.00
  { from: 50_000, step: 1_000 }, // 500.00 –  999.99 → 10.00
  { from: 100_000, step: 2_500 }, // 1000.00 – 2499.99 → 25.00
  { from: 250_000, step: 5_000 }, // 2500.00 – 4999.99 → 50.00
  { from: 500_000, step: 10_000 }, // 5000.00 and up     → 100.00
];

/** The minimum raise over `price` (minor units of `currency`). */
export function bidIncrement(price: number, currency: string): number {
  const scale = 10 ** currencyExponent(currency);
  // The price in hundredths of a major unit, to compare with the bands.
  const hundredths = (price * 100) / scale;
  let step = INCREMENT_BANDS[0]!.step;
  for (const band of INCREMENT_BANDS) if (hundredths >= band.from) step = band.step;
  return Math.max(1, Math.round((step * scale) / 100));
}
