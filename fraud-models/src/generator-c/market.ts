// The marketplace's fixed parts: currencies, categories with their own price levels, the pool of
// ordinary sellers, and what happens to an order after payment (delivery, reviews, disputes).

import type { Random } from './random';
import { type Currency, DAY, HOUR, type Listing, type Order, type World } from './world';

export const SIM_DAYS = 75;
export const TRAIN_DAYS = 60;
/** Ordinary life runs this long before day 0, so day-0 accounts already have a history. */
export const WARM_UP_DAYS = 40;
export const END = SIM_DAYS * DAY;

export const CURRENCIES: readonly Currency[] = [
  { code: 'EUR', exponent: 2, perEur: 1 },
  { code: 'USD', exponent: 2, perEur: 1.08 },
  { code: 'GBP', exponent: 2, perEur: 0.86 },
  { code: 'JPY', exponent: 0, perEur: 160 },
];
const CURRENCY_WEIGHTS = [0.45, 0.28, 0.17, 0.1];

/** Typical price in EUR; `resale` marks goods fraudsters favour (easy to fence). */
export const CATEGORIES = {
  books: { eur: 14, resale: false },
  clothing: { eur: 38, resale: false },
  home: { eur: 55, resale: false },
  toys: { eur: 28, resale: false },
  beauty: { eur: 22, resale: false },
  sports: { eur: 70, resale: false },
  sneakers: { eur: 160, resale: true },
  electronics: { eur: 320, resale: true },
  phones: { eur: 580, resale: true },
  watches: { eur: 850, resale: true },
  gift_cards: { eur: 50, resale: true },
  collectibles: { eur: 220, resale: false },
} as const;
export type Category = keyof typeof CATEGORIES;
export const ALL_CATEGORIES = Object.keys(CATEGORIES) as Category[];
export const RESALE_CATEGORIES = ALL_CATEGORIES.filter((c) => CATEGORIES[c].resale);
export const CHEAP_CATEGORIES: Category[] = ['books', 'beauty', 'toys', 'clothing', 'gift_cards'];

export function pickCurrency(rng: Random): Currency {
  let u = rng.next();
  for (let i = 0; i < CURRENCIES.length; i++) {
    u -= CURRENCY_WEIGHTS[i] as number;
    if (u < 0) return CURRENCIES[i] as Currency;
  }
  return CURRENCIES[0] as Currency;
}

/** A price in minor units around the category's level; `multiple` moves it off the median. */
export function priceOf(rng: Random, category: Category, currency: Currency, multiple = 1, spread = 0.45): number {
  const major = rng.logNormal(CATEGORIES[category].eur * currency.perEur * multiple, spread);
  return Math.max(1, Math.round(major * 10 ** currency.exponent));
}

export interface Seller {
  id: number;
  currency: Currency;
  categories: Category[];
}

/** Ordinary sellers with a heavy-tailed popularity; most are old, some join during the window. */
export class SellerPool {
  readonly sellers: Seller[] = [];
  private readonly cumulative: number[] = [];

  constructor(
    private readonly world: World,
    private readonly rng: Random,
    count: number,
  ) {
    for (let i = 0; i < count; i++) {
      const created = rng.chance(0.12) ? rng.uniform(-WARM_UP_DAYS * DAY, END) : -rng.logUniform(20, 2500) * DAY;
      const id = world.account(created, world.newDevice());
      const categories = [rng.pick(ALL_CATEGORIES), rng.pick(ALL_CATEGORIES)];
      if (rng.chance(0.2)) world.changePayout(id, created + rng.exponential(60) * DAY);
      this.add({ id, currency: pickCurrency(rng), categories }, rng.logNormal(1, 1.2));
    }
  }

  add(seller: Seller, weight: number): void {
    this.sellers.push(seller);
    this.cumulative.push((this.cumulative[this.cumulative.length - 1] ?? 0) + weight);
  }

  /** A seller already on the market a day before `at`, by popularity. */
  pick(at: number, category?: Category): Seller {
    const total = this.cumulative[this.cumulative.length - 1] as number;
    for (;;) {
      const u = this.rng.next() * total;
      let lo = 0;
      let hi = this.cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((this.cumulative[mid] as number) <= u) lo = mid + 1;
        else hi = mid;
      }
      const seller = this.sellers[lo] as Seller;
      if ((this.world.createdAt[seller.id] as number) > at - DAY) continue;
      if (category && !seller.categories.includes(category) && !this.rng.chance(0.15)) continue;
      return seller;
    }
  }

  /** A listing of `seller`, put up some hours (log-spread) before `at`. */
  listingFor(seller: Seller, at: number, options: { category?: Category; multiple?: number; ageHours?: number } = {}): Listing {
    const category = options.category ?? this.rng.pick(seller.categories);
    const ageHours = options.ageHours ?? this.rng.logUniform(0.5, 2000);
    return this.world.listing(seller.id, category, seller.currency, priceOf(this.rng, category, seller.currency, options.multiple ?? 1), at - ageHours * HOUR);
  }
}

export interface Fate {
  delivered?: number; // probability the order completes
  buyerReviews?: number;
  sellerReviews?: number;
  dispute?: number; // probability the buyer opens a claim or chargeback
  disputeAfterDays?: [number, number];
  completeAfterDays?: [number, number]; // log-uniform range of delivery times
}

/** Honest defaults: most orders complete in days, some get reviewed, a small share disputed. */
const HONEST: Required<Fate> = { delivered: 0.93, buyerReviews: 0.35, sellerReviews: 0.12, dispute: 0.012, disputeAfterDays: [2, 30], completeAfterDays: [1, 12] };

export function settle(world: World, rng: Random, order: Order, fate: Fate = {}): void {
  const f = { ...HONEST, ...fate };
  const completed = order.at + rng.logUniform(...f.completeAfterDays) * DAY;
  if (rng.chance(f.delivered)) {
    world.complete(order, completed);
    if (rng.chance(f.buyerReviews)) world.review(order.buyer, order.seller, completed + rng.exponential(2) * DAY);
    if (rng.chance(f.sellerReviews)) world.review(order.seller, order.buyer, completed + rng.exponential(2) * DAY);
  }
  if (rng.chance(f.dispute)) world.dispute(order, order.at + rng.uniform(...f.disputeAfterDays) * DAY);
}
