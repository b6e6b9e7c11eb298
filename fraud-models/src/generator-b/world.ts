// The simulated marketplace's event store: accounts, device and card sightings, payout changes,
// listings, orders, completions, reviews and disputes, each stamped in hours since day 0 (00:00 UTC).
// Scenarios append events in any order; point-in-time.ts replays them as the risk SQL would.

import type { Random } from './random';

export const DAY = 24;
/** Background traffic starts this many days before the first emitted order, so day 0 has history. */
export const WARMUP_DAYS = 30;
export const DAYS = 75;
export const TRAIN_DAYS = 60;

export interface Currency {
  code: 'EUR' | 'USD' | 'GBP' | 'JPY';
  exponent: number;
  perEur: number; // major units per euro, for price levels
  utcOffset: number; // the buyers' local time zone, for their daily rhythm
  share: number;
}

export const CURRENCIES: readonly Currency[] = [
  { code: 'EUR', exponent: 2, perEur: 1, utcOffset: 1, share: 0.45 },
  { code: 'USD', exponent: 2, perEur: 1.08, utcOffset: -5, share: 0.27 },
  { code: 'GBP', exponent: 2, perEur: 0.86, utcOffset: 0, share: 0.16 },
  { code: 'JPY', exponent: 0, perEur: 160, utcOffset: 9, share: 0.12 },
];

export interface Category {
  name: string;
  medianEur: number; // the category's median active price
  spread: number; // log-sd of listing prices around it
  popularity: number; // share of ordinary purchases
}

export const CATEGORIES: readonly Category[] = [
  { name: 'fashion', medianEur: 32, spread: 0.7, popularity: 22 },
  { name: 'books', medianEur: 9, spread: 0.6, popularity: 12 },
  { name: 'home', medianEur: 45, spread: 0.8, popularity: 14 },
  { name: 'kids', medianEur: 20, spread: 0.6, popularity: 9 },
  { name: 'collectibles', medianEur: 40, spread: 1.1, popularity: 7 },
  { name: 'gaming', medianEur: 55, spread: 0.7, popularity: 8 },
  { name: 'sneakers', medianEur: 120, spread: 0.5, popularity: 6 },
  { name: 'electronics', medianEur: 210, spread: 0.8, popularity: 8 },
  { name: 'phones', medianEur: 340, spread: 0.6, popularity: 5 },
  { name: 'tickets', medianEur: 85, spread: 0.6, popularity: 3 },
  { name: 'gift_cards', medianEur: 50, spread: 0.5, popularity: 2 },
  { name: 'luxury', medianEur: 850, spread: 0.7, popularity: 1.5 },
  { name: 'bikes', medianEur: 380, spread: 0.7, popularity: 2.5 },
];

/** Categories a thief with a stolen card prefers: resellable, high value, quickly delivered. */
export const CASH_OUT_CATEGORIES = ['electronics', 'phones', 'gift_cards', 'luxury', 'tickets', 'sneakers', 'gaming'] as const;

export interface Account {
  id: number;
  createdAt: number;
  currency: Currency;
  // History older than the warm-up, as counts only (prior orders, completed sales, disputes).
  legacyOrders: number;
  legacySales: number;
  legacyDisputes: number;
}

export interface Order {
  id: number;
  buyer: number;
  seller: number;
  at: number;
  currency: Currency;
  category: Category;
  amountMinor: number;
  priceRatio: number; // listing price / the category's median in that currency
  listingAt: number;
  completedAt: number | null;
  typology: string; // 'legit' or the fraud typology
  segment: string; // the legit segment, or the typology
  fraud: boolean;
}

export interface OrderSpec {
  buyer: number;
  seller: number;
  at: number;
  category: string;
  priceFactor: number; // listing price relative to the category median
  card: number;
  typology?: string;
  segment: string;
  fraud?: boolean;
  listingAgeHours?: number;
  completeAfterHours?: number | null; // null: never completes (cancelled, undelivered)
  disputeAfterHours?: number | null; // a buyer claim or chargeback
  buyerReviewChance?: number;
  sellerReviewChance?: number;
}

export interface Sighting {
  account: number;
  key: number; // device or card fingerprint
  at: number;
}

export class World {
  readonly accounts: Account[] = [];
  readonly orders: Order[] = [];
  readonly devices: Sighting[] = [];
  readonly cards: Sighting[] = [];
  readonly payoutChanges: { account: number; at: number }[] = [];
  readonly reviews: { author: number; subject: number; at: number }[] = [];
  readonly disputes: { order: number; buyer: number; at: number }[] = [];
  private nextKey = 1;
  private readonly medianNoise: number[];

  constructor(readonly random: Random) {
    // Today's active-listing median drifts a little from the category's price level.
    this.medianNoise = CATEGORIES.map(() => Math.exp(0.08 * random.normal()));
  }

  category(name: string): Category {
    const found = CATEGORIES.find((c) => c.name === name);
    if (!found) throw new Error(`unknown category ${name}`);
    return found;
  }

  account(createdAt: number, currency: Currency, legacy: { orders?: number; sales?: number; disputes?: number } = {}): number {
    const id = this.accounts.length;
    this.accounts.push({ id, createdAt, currency, legacyOrders: legacy.orders ?? 0, legacySales: legacy.sales ?? 0, legacyDisputes: legacy.disputes ?? 0 });
    return id;
  }

  /** A fresh device or card fingerprint. */
  key(): number {
    return this.nextKey++;
  }

  /** The account used `device` at `at` (a login, a page view): its first sighting is what counts. */
  seeDevice(account: number, device: number, at: number): void {
    this.devices.push({ account, key: device, at });
  }

  changePayout(account: number, at: number): void {
    this.payoutChanges.push({ account, at });
  }

  review(author: number, subject: number, at: number): void {
    this.reviews.push({ author, subject, at });
  }

  order(spec: OrderSpec): Order {
    const r = this.random;
    const buyer = this.accounts[spec.buyer]!;
    const seller = this.accounts[spec.seller]!;
    const category = this.category(spec.category);
    const currency = seller.currency;
    const priceMajor = category.medianEur * currency.perEur * spec.priceFactor;
    const amountMinor = Math.max(1, Math.round(priceMajor * 10 ** currency.exponent));
    const medianMinor = category.medianEur * currency.perEur * 10 ** currency.exponent * this.medianNoise[CATEGORIES.indexOf(category)]!;
    const listingAge = Math.min(spec.listingAgeHours ?? r.logNormal(72, 1.4), spec.at - seller.createdAt);
    const fraud = spec.fraud ?? false;
    const completeAfter = spec.completeAfterHours === undefined ? (r.chance(0.93) ? r.logNormal(96, 0.5) : null) : spec.completeAfterHours;
    const order: Order = {
      id: this.orders.length,
      buyer: buyer.id,
      seller: seller.id,
      at: spec.at,
      currency,
      category,
      amountMinor,
      priceRatio: amountMinor / medianMinor,
      listingAt: spec.at - Math.max(0.02, listingAge * r.uniform(0.9, 1)),
      completedAt: completeAfter === null ? null : spec.at + completeAfter,
      typology: spec.typology ?? 'legit',
      segment: spec.segment,
      fraud,
    };
    this.orders.push(order);
    // The card's fingerprint is recorded after the successful charge: never before this payment.
    this.cards.push({ account: buyer.id, key: spec.card, at: spec.at + 0.001 });
    const dispute = spec.disputeAfterHours === undefined ? (r.chance(0.008) ? r.uniform(48, 900) : null) : spec.disputeAfterHours;
    if (dispute !== null) this.disputes.push({ order: order.id, buyer: buyer.id, at: spec.at + dispute });
    if (order.completedAt !== null) {
      if (r.chance(spec.buyerReviewChance ?? 0.35)) this.review(buyer.id, seller.id, order.completedAt + r.exponential(30));
      if (r.chance(spec.sellerReviewChance ?? 0.12)) this.review(seller.id, buyer.id, order.completedAt + r.exponential(40));
    }
    return order;
  }
}

const LOCAL_HOUR_WEIGHTS = [2, 1, 0.6, 0.4, 0.4, 0.6, 1.5, 3, 4, 4.5, 5, 5.5, 6.5, 6, 5.5, 5.5, 6, 6.5, 7.5, 9, 10, 9.5, 7, 4];

/** A moment on `day` at a local hour (UTC + `utcOffset`) drawn from people's daily rhythm. */
export function localMoment(random: Random, day: number, utcOffset: number): number {
  return day * DAY + random.weighted(LOCAL_HOUR_WEIGHTS) + random.next() - utcOffset;
}

/** A moment on `day` in the daily rhythm of the buyers paying in `currency`. */
export const dayMoment = (random: Random, day: number, currency: Currency): number => localMoment(random, day, currency.utcOffset);
