// The simulated marketplace's event store, and the point-in-time replay that turns it into one
// RiskInput per order. The replay mirrors api/src/modules/risk/scoring/risk.repository.ts: windows
// are [now − w, now), "before now" is strict, the scored order is left out of the buyer's own counts,
// and a card is only on record after a successful charge (one second after its order).

import { ESTABLISHED_ACCOUNT_DAYS, NEVER_HOURS, NEW_ACCOUNT_DAYS, type RiskInput } from '../features';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
const CARD_RECORDED_AFTER_CHARGE = 1000;

export interface Currency {
  code: string;
  exponent: number;
  perEur: number;
}

export interface Listing {
  seller: number;
  category: string;
  currency: Currency;
  price: number; // minor units
  createdAt: number;
}

export interface Order {
  id: number;
  buyer: number;
  seller: number;
  listing: Listing;
  at: number;
  typology: string; // 'legit' or the fraud typology
  segment: string; // the legit segment, or the typology
}

/** How many of the sorted `xs` are < x (or ≤ x when `inclusive`). */
function countBefore(xs: readonly number[], x: number, inclusive = false): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = xs[mid] as number;
    if (v < x || (inclusive && v === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
const countIn = (xs: readonly number[], from: number, to: number): number => countBefore(xs, to) - countBefore(xs, from);

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const pairKey = (a: number, b: number): string => (a < b ? `${a}:${b}` : `${b}:${a}`);

export class World {
  readonly createdAt: number[] = [];
  readonly orders: Order[] = [];
  private readonly devicesOf = new Map<number, Map<number, number>>(); // user → device → first seen
  private readonly cardsOf = new Map<number, Map<number, number>>();
  private readonly deviceUsers = new Map<number, Map<number, number>>(); // device → user → first seen
  private readonly cardUsers = new Map<number, Map<number, number>>();
  private readonly payoutChanges = new Map<number, number[]>();
  private readonly completions = new Map<number, number[]>(); // seller → completed_at
  private readonly reviewsAbout = new Map<number, number[]>(); // subject → created_at
  private readonly pairReviews = new Map<string, number[]>();
  private readonly disputes = new Map<number, number[]>(); // buyer → dispute created_at
  private readonly listings: Listing[] = [];
  private nextDevice = 1;
  private nextCard = 1;

  account(createdAt: number, device?: number): number {
    const id = this.createdAt.length;
    this.createdAt.push(createdAt);
    if (device !== undefined) this.seeDevice(id, device, createdAt);
    return id;
  }

  newDevice(): number {
    return this.nextDevice++;
  }

  newCard(): number {
    return this.nextCard++;
  }

  seeDevice(user: number, device: number, at: number): void {
    this.firstSeen(this.devicesOf, this.deviceUsers, user, device, at);
  }

  private firstSeen(byUser: Map<number, Map<number, number>>, byThing: Map<number, Map<number, number>>, user: number, thing: number, at: number): void {
    let mine = byUser.get(user);
    if (!mine) byUser.set(user, (mine = new Map()));
    if ((mine.get(thing) ?? Infinity) > at) mine.set(thing, at);
    let users = byThing.get(thing);
    if (!users) byThing.set(thing, (users = new Map()));
    if ((users.get(user) ?? Infinity) > at) users.set(user, at);
  }

  changePayout(user: number, at: number): void {
    push(this.payoutChanges, user, at);
  }

  listing(seller: number, category: string, currency: Currency, price: number, createdAt: number): Listing {
    const listing = { seller, category, currency, price: Math.max(1, Math.round(price)), createdAt: Math.max(createdAt, this.createdAt[seller] as number) };
    this.listings.push(listing);
    return listing;
  }

  /** An order paid with `card` from `device` (seen a minute before at the latest). */
  order(buyer: number, listing: Listing, at: number, card: number, device: number, typology: string, segment: string): Order {
    if (at < (this.createdAt[buyer] as number)) throw new Error(`order before its buyer ${buyer} signed up`);
    const order = { id: this.orders.length, buyer, seller: listing.seller, listing, at, typology, segment };
    this.orders.push(order);
    this.seeDevice(buyer, device, Math.max(at - 60_000, this.createdAt[buyer] as number));
    this.firstSeen(this.cardsOf, this.cardUsers, buyer, card, at + CARD_RECORDED_AFTER_CHARGE);
    return order;
  }

  complete(order: Order, at: number): void {
    push(this.completions, order.seller, at);
  }

  review(author: number, subject: number, at: number): void {
    push(this.reviewsAbout, subject, at);
    push(this.pairReviews, pairKey(author, subject), at);
  }

  dispute(order: Order, at: number): void {
    push(this.disputes, order.buyer, at);
  }

  /** RiskInputs of the orders created in [from, to), in time order. */
  replay(from: number, to: number): { order: Order; input: RiskInput }[] {
    const byTime = (a: number, b: number) => a - b;
    for (const map of [this.payoutChanges, this.completions, this.reviewsAbout, this.pairReviews, this.disputes]) for (const list of map.values()) list.sort(byTime);
    const orders = [...this.orders].sort((a, b) => a.at - b.at || a.id - b.id);
    const buyerOrders = new Map<number, Order[]>();
    const pairOrders = new Map<string, number[]>();
    const sellerOrders = new Map<number, number[]>();
    for (const o of orders) {
      const list = buyerOrders.get(o.buyer);
      if (list) list.push(o);
      else buyerOrders.set(o.buyer, [o]);
      push(pairOrders, `${o.buyer}>${o.seller}`, o.at);
      push(sellerOrders, o.seller, o.at);
    }
    const medians = this.categoryMedians();
    const rows: { order: Order; input: RiskInput }[] = [];
    for (const o of orders) {
      if (o.at < from || o.at >= to) continue;
      const now = o.at;
      const mine = buyerOrders.get(o.buyer) as Order[];
      const times = mine.map((x) => x.at);
      const prior = countBefore(times, now);
      const dayStart = countBefore(times, now - DAY);
      const sellers24h = new Set<number>();
      for (let i = dayStart; i < prior; i++) sellers24h.add((mine[i] as Order).seller);
      const buyerCreated = this.createdAt[o.buyer] as number;
      const devices = this.shared(this.devicesOf, this.deviceUsers, o.buyer, now);
      const cards = this.shared(this.cardsOf, this.cardUsers, o.buyer, now);
      const payout = this.payoutChanges.get(o.buyer) ?? [];
      const lastPayout = countBefore(payout, now) - 1;
      const median = medians.get(`${o.listing.category}/${o.listing.currency.code}`);
      rows.push({
        order: o,
        input: {
          amount_minor: o.listing.price,
          currency_exponent: o.listing.currency.exponent,
          buyer_account_age_days: (now - buyerCreated) / DAY,
          buyer_prior_orders: prior,
          buyer_orders_last_24h: prior - dayStart,
          buyer_distinct_sellers_last_24h: sellers24h.size,
          seller_account_age_days: (now - (this.createdAt[o.seller] as number)) / DAY,
          seller_completed_sales: countBefore(this.completions.get(o.seller) ?? [], now, true),
          listing_age_hours: (now - o.listing.createdAt) / HOUR,
          price_vs_category_median: median && median > 0 ? o.listing.price / median : 1,
          hour_of_day: new Date(now).getUTCHours(),
          pair_prior_orders: countBefore(pairOrders.get(`${o.buyer}>${o.seller}`) ?? [], now),
          buyer_hours_since_new_device: (now - (devices.newest ?? buyerCreated)) / HOUR,
          buyer_device_shared_accounts: devices.all,
          buyer_card_shared_accounts: cards.all,
          buyer_hours_since_payout_change: lastPayout >= 0 ? (now - (payout[lastPayout] as number)) / HOUR : NEVER_HOURS,
          buyer_sales_last_7d: countIn(sellerOrders.get(o.buyer) ?? [], now - 7 * DAY, now),
          pair_prior_reviews: countBefore(this.pairReviews.get(pairKey(o.buyer, o.seller)) ?? [], now),
          seller_reviews_last_30d: countIn(this.reviewsAbout.get(o.seller) ?? [], now - 30 * DAY, now),
          buyer_device_shared_new_accounts: devices.fresh,
          buyer_device_shared_established_accounts: devices.established,
          buyer_card_shared_new_accounts: cards.fresh,
          buyer_prior_disputes: countBefore(this.disputes.get(o.buyer) ?? [], now),
        },
      });
    }
    return rows;
  }

  /** Other accounts that share a device (or card) with `user`, both sightings before `now`. */
  private shared(byUser: Map<number, Map<number, number>>, byThing: Map<number, Map<number, number>>, user: number, now: number) {
    const others = new Set<number>();
    let newest: number | undefined;
    for (const [thing, seen] of byUser.get(user) ?? []) {
      if (seen >= now) continue;
      if (newest === undefined || seen > newest) newest = seen;
      for (const [other, otherSeen] of byThing.get(thing) as Map<number, number>) if (other !== user && otherSeen < now) others.add(other);
    }
    let fresh = 0;
    let established = 0;
    for (const other of others) {
      const created = this.createdAt[other] as number;
      if (created > now - NEW_ACCOUNT_DAYS * DAY) fresh++;
      if (created <= now - ESTABLISHED_ACCOUNT_DAYS * DAY) established++;
    }
    return { all: others.size, fresh, established, newest };
  }

  /** Like the SQL, the median reads today's listings (the end of the simulation), not history. */
  private categoryMedians(): Map<string, number> {
    const prices = new Map<string, number[]>();
    for (const l of this.listings) push(prices, `${l.category}/${l.currency.code}`, l.price);
    const medians = new Map<string, number>();
    for (const [key, list] of prices) {
      list.sort((a, b) => a - b);
      const mid = list.length / 2;
      medians.set(key, list.length % 2 ? (list[Math.floor(mid)] as number) : ((list[mid - 1] as number) + (list[mid] as number)) / 2);
    }
    return medians;
  }
}
