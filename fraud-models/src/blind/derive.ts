// The blind generator's own point-in-time derivation of RiskInput and SellerRiskInput from the event
// log, written from the serving SQL's semantics (risk.repository.ts): windows are [now − w, now),
// "before now" is strict, and seller completions count up to and including now.

import { ESTABLISHED_ACCOUNT_DAYS, NEVER_HOURS, NEW_ACCOUNT_DAYS, type RiskInput } from '../features';
import type { SellerRiskInput } from '../seller-risk-input';
import { CURRENCIES, DAY, HOUR, dayOf } from './market';
import type { Account, Listing, Order, SellerMoment, World } from './world';

const MEDIAN_SAMPLE = 500; // the serving query's median reads the 500 newest listings
const MEDIAN_MIN_LISTINGS = 20; // fewer than this: the median is treated as unknown (ratio 1)

/** Number of sorted values < x (or ≤ x when `inclusive`). */
function countBefore(sorted: readonly number[], x: number, inclusive = false): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x || (inclusive && sorted[mid] === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const countIn = (sorted: readonly number[], from: number, to: number): number => countBefore(sorted, to) - countBefore(sorted, from);

function groupSorted<T>(items: readonly T[], keyOf: (t: T) => number | string, timeOf: (t: T) => number): Map<number | string, T[]> {
  const groups = new Map<number | string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  for (const group of groups.values()) group.sort((a, b) => timeOf(a) - timeOf(b));
  return groups;
}

const times = <T>(items: readonly T[] | undefined, timeOf: (t: T) => number): number[] => (items ?? []).map(timeOf);
const pairKey = (a: number, b: number): string => (a < b ? `${a}:${b}` : `${b}:${a}`);

export class History {
  private readonly buyerOrders: Map<number | string, Order[]>;
  private readonly buyerOrderTimes = new Map<number, number[]>();
  private readonly sellerOrderTimes = new Map<number, number[]>();
  private readonly sellerCompletions = new Map<number, number[]>();
  private readonly sellerOrders: Map<number | string, Order[]>;
  private readonly sellerListings: Map<number | string, Listing[]>;
  private readonly pairOrderTimes: Map<number | string, Order[]>;
  private readonly pairReviewTimes = new Map<string, number[]>();
  private readonly reviewsOfSubject = new Map<number, number[]>();
  private readonly buyerDisputes = new Map<number, { at: number; order: number }[]>();
  private readonly sellerDisputeTimes = new Map<number, number[]>();
  private readonly deviceHolders = new Map<number, { account: number; at: number }[]>();
  private readonly cardHolders = new Map<number, { account: number; at: number }[]>();
  private readonly listingsByMarket: Map<number | string, Listing[]>;
  private readonly marketTimes = new Map<number | string, number[]>();
  private readonly medians = new Map<string, number | null>();

  constructor(private readonly world: World) {
    this.buyerOrders = groupSorted(
      world.orders,
      (o) => o.buyer,
      (o) => o.createdAt,
    );
    for (const [buyer, orders] of this.buyerOrders)
      this.buyerOrderTimes.set(
        buyer as number,
        times(orders, (o) => o.createdAt),
      );
    this.sellerOrders = groupSorted(
      world.orders,
      (o) => o.seller,
      (o) => o.createdAt,
    );
    for (const [seller, orders] of this.sellerOrders) {
      this.sellerOrderTimes.set(
        seller as number,
        times(orders, (o) => o.createdAt),
      );
      this.sellerCompletions.set(
        seller as number,
        orders
          .filter((o) => o.completed && o.closedAt < Infinity)
          .map((o) => o.closedAt)
          .sort((a, b) => a - b),
      );
    }
    this.sellerListings = groupSorted(
      world.listings,
      (l) => l.seller,
      (l) => l.createdAt,
    );
    this.pairOrderTimes = groupSorted(
      world.orders,
      (o) => `${o.buyer}>${o.seller}`,
      (o) => o.createdAt,
    );
    for (const [key, reviews] of groupSorted(
      world.reviews,
      (r) => pairKey(r.author, r.subject),
      (r) => r.at,
    ))
      this.pairReviewTimes.set(
        key as string,
        times(reviews, (r) => r.at),
      );
    for (const [subject, reviews] of groupSorted(
      world.reviews,
      (r) => r.subject,
      (r) => r.at,
    ))
      this.reviewsOfSubject.set(
        subject as number,
        times(reviews, (r) => r.at),
      );
    for (const [buyer, disputes] of groupSorted(
      world.disputes,
      (d) => d.order.buyer,
      (d) => d.at,
    ))
      this.buyerDisputes.set(
        buyer as number,
        disputes.map((d) => ({ at: d.at, order: d.order.id })),
      );
    for (const [seller, disputes] of groupSorted(
      world.disputes,
      (d) => d.order.seller,
      (d) => d.at,
    ))
      this.sellerDisputeTimes.set(
        seller as number,
        times(disputes, (d) => d.at),
      );
    for (const account of world.accounts) {
      for (const s of account.devices) holders(this.deviceHolders, s.hash).push({ account: account.id, at: s.at });
      for (const s of account.cards) holders(this.cardHolders, s.hash).push({ account: account.id, at: s.at });
      account.payoutChanges.sort((a, b) => a - b);
    }
    this.listingsByMarket = groupSorted(
      world.listings,
      (l) => `${l.category}:${l.currency}`,
      (l) => l.createdAt,
    );
    for (const [market, listings] of this.listingsByMarket)
      this.marketTimes.set(
        market,
        times(listings, (l) => l.createdAt),
      );
  }

  /** Median price of the newest listings of the category and currency created before the day of `now`
   * (recomputed daily); null when too few to say. */
  private median(listing: Listing, now: number): number | null {
    const day = dayOf(now);
    const key = `${listing.category}:${listing.currency}:${day}`;
    const cached = this.medians.get(key);
    if (cached !== undefined) return cached;
    const market = this.listingsByMarket.get(`${listing.category}:${listing.currency}`) ?? [];
    const end = countBefore(this.marketTimes.get(`${listing.category}:${listing.currency}`) ?? [], day);
    const prices = market.slice(Math.max(0, end - MEDIAN_SAMPLE), end).map((l) => l.priceMinor);
    prices.sort((a, b) => a - b);
    const n = prices.length;
    const median = n < MEDIAN_MIN_LISTINGS ? null : n % 2 ? prices[(n - 1) / 2]! : (prices[n / 2 - 1]! + prices[n / 2]!) / 2;
    this.medians.set(key, median);
    return median;
  }

  priceRatio(listing: Listing, now: number): number {
    const median = this.median(listing, now);
    return median && median > 0 ? listing.priceMinor / median : 1;
  }

  private shared(map: Map<number, { account: number; at: number }[]>, own: readonly { hash: number; at: number }[], self: number, now: number) {
    const others = new Set<number>();
    for (const s of own) {
      if (s.at >= now) continue;
      for (const h of map.get(s.hash) ?? []) if (h.account !== self && h.at < now) others.add(h.account);
    }
    let fresh = 0;
    let established = 0;
    for (const id of others) {
      const created = this.world.accounts[id]!.createdAt;
      if (created > now - NEW_ACCOUNT_DAYS * DAY) fresh++;
      if (created <= now - ESTABLISHED_ACCOUNT_DAYS * DAY) established++;
    }
    return { all: others.size, fresh, established };
  }

  private lastPayoutChange(account: Account, now: number): number {
    const i = countBefore(account.payoutChanges, now);
    return i === 0 ? NEVER_HOURS : (now - account.payoutChanges[i - 1]!) / HOUR;
  }

  riskInput(order: Order): RiskInput {
    const now = order.paidAt;
    const buyer = this.world.accounts[order.buyer]!;
    const seller = this.world.accounts[order.seller]!;
    const own = this.buyerOrders.get(order.buyer) ?? [];
    const ownTimes = this.buyerOrderTimes.get(order.buyer) ?? [];
    const end = countBefore(ownTimes, now);
    const earlierCount = end - (order.createdAt < now ? 1 : 0); // the order itself was created before its payment
    const lastDay = own.slice(countBefore(ownTimes, now - DAY), end).filter((o) => o.id !== order.id);
    const newestDevice = Math.max(-Infinity, ...buyer.devices.filter((d) => d.at < now).map((d) => d.at));
    const device = this.shared(this.deviceHolders, buyer.devices, buyer.id, now);
    const card = this.shared(this.cardHolders, buyer.cards, buyer.id, now);
    const disputes = (this.buyerDisputes.get(buyer.id) ?? []).filter((d) => d.at < now && d.order !== order.id);
    return {
      amount_minor: order.listing.priceMinor,
      currency_exponent: CURRENCIES[order.listing.currency]!.exponent,
      buyer_account_age_days: (now - buyer.createdAt) / DAY,
      buyer_prior_orders: buyer.baseOrders + earlierCount,
      buyer_orders_last_24h: lastDay.length,
      buyer_distinct_sellers_last_24h: new Set(lastDay.map((o) => o.seller)).size,
      seller_account_age_days: (now - seller.createdAt) / DAY,
      seller_completed_sales: seller.baseSales + countBefore(this.sellerCompletions.get(seller.id) ?? [], now, true),
      listing_age_hours: (now - order.listing.createdAt) / HOUR,
      price_vs_category_median: this.priceRatio(order.listing, now),
      hour_of_day: new Date(now).getUTCHours(),
      pair_prior_orders: (this.pairOrderTimes.get(`${order.buyer}>${order.seller}`) ?? []).filter((o) => o.id !== order.id && o.createdAt < now).length,
      buyer_hours_since_new_device: (now - (Number.isFinite(newestDevice) ? newestDevice : buyer.createdAt)) / HOUR,
      buyer_device_shared_accounts: device.all,
      buyer_card_shared_accounts: card.all,
      buyer_hours_since_payout_change: this.lastPayoutChange(buyer, now),
      buyer_sales_last_7d: countIn(this.sellerOrderTimes.get(buyer.id) ?? [], now - 7 * DAY, now),
      pair_prior_reviews: countBefore(this.pairReviewTimes.get(pairKey(buyer.id, seller.id)) ?? [], now),
      seller_reviews_last_30d: countIn(this.reviewsOfSubject.get(seller.id) ?? [], now - 30 * DAY, now),
      buyer_device_shared_new_accounts: device.fresh,
      buyer_device_shared_established_accounts: device.established,
      buyer_card_shared_new_accounts: card.fresh,
      buyer_prior_disputes: disputes.length,
    };
  }

  sellerRiskInput(m: SellerMoment): SellerRiskInput {
    const now = m.at;
    const seller = this.world.accounts[m.seller]!;
    const sales = (this.sellerOrders.get(seller.id) ?? []).filter((o) => o.paidAt < now);
    const open = sales.filter((o) => o.closedAt > now);
    const recentListings = (this.sellerListings.get(seller.id) ?? []).filter((l) => l.createdAt < now && l.createdAt >= now - 30 * DAY);
    const ratio = m.listing ? this.priceRatio(m.listing, now) : recentListings.length ? Math.min(...recentListings.map((l) => this.priceRatio(l, now))) : 1;
    return {
      moment: m.moment,
      seller_account_age_days: (now - seller.createdAt) / DAY,
      seller_completed_sales: seller.baseSales + countBefore(this.sellerCompletions.get(seller.id) ?? [], now),
      seller_open_sales: open.length,
      seller_open_high_value_sales: open.filter((o) => this.priceRatio(o.listing, now) >= 2).length,
      listing_price_vs_category_median: ratio,
      seller_hours_since_payout_change: this.lastPayoutChange(seller, now),
      seller_sales_last_90d: countIn(this.sellerOrderTimes.get(seller.id) ?? [], now - 90 * DAY, now),
      seller_disputes_last_90d: countIn(this.sellerDisputeTimes.get(seller.id) ?? [], now - 90 * DAY, now),
      seller_device_shared_accounts: this.shared(this.deviceHolders, seller.devices, seller.id, now).all,
    };
  }
}

function holders(map: Map<number, { account: number; at: number }[]>, hash: number) {
  let list = map.get(hash);
  if (!list) map.set(hash, (list = []));
  return list;
}
