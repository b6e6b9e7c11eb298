// Static shape of the synthetic marketplace: which currencies trade and what things cost.

export interface Market {
  code: string;
  exponent: number; // ISO 4217 minor-unit exponent
  perEur: number; // units of this currency per EUR, to place category medians
  share: number; // of accounts
  utcOffset: number; // hours; buyers shop by local time, features see UTC
}

export const MARKETS: readonly Market[] = [
  { code: 'EUR', exponent: 2, perEur: 1, share: 0.45, utcOffset: 1 },
  { code: 'USD', exponent: 2, perEur: 1.08, share: 0.3, utcOffset: -5 },
  { code: 'GBP', exponent: 2, perEur: 0.85, share: 0.13, utcOffset: 0 },
  { code: 'JPY', exponent: 0, perEur: 160, share: 0.12, utcOffset: 9 },
];

export interface Category {
  name: string;
  medianEur: number; // median listing price
  spread: number; // log-normal sigma of listing prices around the median
  share: number; // of legitimate orders
}

export const CATEGORIES: readonly Category[] = [
  { name: 'electronics', medianEur: 150, spread: 0.9, share: 0.18 },
  { name: 'fashion', medianEur: 30, spread: 0.7, share: 0.27 },
  { name: 'home', medianEur: 40, spread: 0.8, share: 0.2 },
  { name: 'books', medianEur: 9, spread: 0.5, share: 0.15 },
  { name: 'collectibles', medianEur: 50, spread: 1.1, share: 0.1 },
  { name: 'gift_cards', medianEur: 40, spread: 0.5, share: 0.04 },
  { name: 'tickets', medianEur: 80, spread: 0.6, share: 0.06 },
];

export function categoryIndex(name: string): number {
  const index = CATEGORIES.findIndex((c) => c.name === name);
  if (index < 0) throw new Error(`unknown category ${name}`);
  return index;
}

/** Relative legitimate shopping activity by local hour: quiet at night, peak in the evening. */
export const LOCAL_HOUR_WEIGHTS: readonly number[] = [2, 1, 1, 1, 1, 1, 2, 3, 4, 5, 6, 6, 7, 6, 6, 6, 7, 8, 9, 10, 10, 9, 6, 4];

export const MARKET_WEIGHTS: readonly number[] = MARKETS.map((m) => m.share);
/** EUR, USD, GBP, JPY for stolen-card schemes: stolen card data is mostly Western, so JPY sees few. */
export const WESTERN_MARKET_WEIGHTS: readonly number[] = [0.45, 0.35, 0.15, 0.05];

export function categoryWeights(preferences: Record<string, number>): number[] {
  const weights = CATEGORIES.map(() => 0);
  for (const [name, weight] of Object.entries(preferences)) weights[categoryIndex(name)] = weight;
  return weights;
}

/** A category's median listing price in a market, in integer minor units, as the listings table holds it. */
export function medianMinor(category: number, market: number): number {
  const m = MARKETS[market] as Market;
  return Math.round((CATEGORIES[category] as Category).medianEur * m.perEur * 10 ** m.exponent);
}

/** What stolen money is turned into: resellable goods and vouchers. */
export const CASH_OUT: readonly number[] = categoryWeights({ electronics: 0.45, gift_cards: 0.3, tickets: 0.15, fashion: 0.1 });
