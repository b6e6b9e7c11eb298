// The simulated market: its calendar, currencies, categories and when people shop.

import { type Rand, int, logNormal, weighted } from './prng';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** Rows are emitted for payments in [WINDOW_START, WINDOW_END); the 90 days before are warm-up, so
 * every window a feature looks back over (up to 90 days) is already populated on the first row. */
export const WINDOW_START = Date.UTC(2026, 9, 1);
export const WINDOW_DAYS = 90;
export const WINDOW_END = WINDOW_START + WINDOW_DAYS * DAY;
export const WARMUP_START = WINDOW_START - 90 * DAY;
export const BLACK_FRIDAY = Date.UTC(2026, 10, 27);
export const CHRISTMAS = Date.UTC(2026, 11, 25);

export interface Currency {
  code: string;
  exponent: number;
  perEur: number; // major units per euro
  utcOffset: number; // hours; where most of its users live
  share: number;
}

export const CURRENCIES: readonly Currency[] = [
  { code: 'EUR', exponent: 2, perEur: 1, utcOffset: 1, share: 0.45 },
  { code: 'USD', exponent: 2, perEur: 1.1, utcOffset: -5, share: 0.3 },
  { code: 'GBP', exponent: 2, perEur: 0.86, utcOffset: 0, share: 0.15 },
  { code: 'JPY', exponent: 0, perEur: 160, utcOffset: 9, share: 0.1 },
];

export interface Category {
  name: string;
  medianEur: number;
  weight: number; // share of ordinary purchases
}

export const CATEGORIES: readonly Category[] = [
  { name: 'books', medianEur: 12, weight: 14 },
  { name: 'clothing', medianEur: 30, weight: 20 },
  { name: 'shoes', medianEur: 55, weight: 8 },
  { name: 'toys', medianEur: 22, weight: 8 },
  { name: 'home', medianEur: 40, weight: 10 },
  { name: 'sports', medianEur: 65, weight: 7 },
  { name: 'electronics', medianEur: 150, weight: 9 },
  { name: 'phones', medianEur: 320, weight: 5 },
  { name: 'gaming', medianEur: 200, weight: 6 },
  { name: 'collectibles', medianEur: 80, weight: 6 },
  { name: 'jewelry', medianEur: 140, weight: 4 },
  { name: 'gift_cards', medianEur: 50, weight: 3 },
];
export const HIGH_VALUE_CATEGORIES = [6, 7, 8, 10]; // electronics, phones, gaming, jewelry
export const RESALE_CATEGORIES = [2, 6, 8, 9]; // shoes, electronics, gaming, collectibles

export const pickCurrency = (r: Rand): number =>
  weighted(
    r,
    CURRENCIES.map((c) => c.share),
  );
export const pickCategory = (r: Rand): number =>
  weighted(
    r,
    CATEGORIES.map((c) => c.weight),
  );

/** A price in minor units at `ratio` × the category's market price, with ordinary dispersion when
 * `sigma` > 0. JPY prices are whole tens of yen, others whole cents (or .99 endings). */
export function priceMinor(r: Rand, category: number, currency: number, ratio: number, sigma = 0.45): number {
  const c = CURRENCIES[currency]!;
  const major = logNormal(r, CATEGORIES[category]!.medianEur * c.perEur * ratio, sigma);
  if (c.exponent === 0) return Math.max(100, Math.round(major / 10) * 10);
  return Math.max(100, Math.round(major * 100));
}

// Local-hour weights of shopping: quiet at night, peaks at lunch and in the evening.
const LOCAL_HOUR_WEIGHTS = [2, 1, 0.6, 0.4, 0.4, 0.6, 1.2, 2.5, 3.5, 4, 4.2, 4.5, 5.5, 5, 4.5, 4.3, 4.5, 5, 5.8, 6.5, 7, 6.5, 5, 3.5];

/** A moment on `day` (ms at 00:00 UTC) at a plausible local hour for a user paying in `currency`. */
export function shoppingMoment(r: Rand, day: number, currency: number, hourWeights: readonly number[] = LOCAL_HOUR_WEIGHTS): number {
  const local = weighted(r, hourWeights);
  const utcHour = (local - CURRENCIES[currency]!.utcOffset + 24) % 24;
  return day + utcHour * HOUR + int(r, 0, HOUR - 1);
}

// Night owls: card-testing bots and some attackers run when the victims sleep.
export const NIGHT_HOUR_WEIGHTS = [6, 7, 7, 7, 6, 5, 3, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 4, 5];

export const dayOf = (t: number): number => Math.floor(t / DAY) * DAY;
