// Replays the event store as api/src/modules/risk/scoring/risk.repository.ts reads the database at
// payment time: windows are [now − w, now), "before now" is strict, the scored order is excluded from
// the buyer's own counts, completed sales count up to and including now, and a card's fingerprint
// exists only from just after its first successful charge.

import { ESTABLISHED_ACCOUNT_DAYS, NEVER_HOURS, NEW_ACCOUNT_DAYS, type RiskInput } from '../features';
import { DAY, type Order, type Sighting, type World } from './world';

/** Index of the first element ≥ t (or > t when `inclusive`) in an ascending array. */
function bound(sorted: readonly number[], t: number, inclusive = false): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < t || (inclusive && sorted[mid] === t)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const countIn = (sorted: readonly number[] | undefined, from: number, to: number): number => (sorted ? bound(sorted, to) - bound(sorted, from) : 0);

function groupTimes<T>(items: readonly T[], key: (item: T) => number | string, at: (item: T) => number): Map<number | string, number[]> {
  const groups = new Map<number | string, number[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(at(item));
    else groups.set(k, [at(item)]);
  }
  for (const list of groups.values()) list.sort((a, b) => a - b);
  return groups;
}

/** First sighting of each (account, fingerprint) pair, indexed both ways. */
function firstSightings(sightings: readonly Sighting[]): { byAccount: Map<number, Sighting[]>; byKey: Map<number, Sighting[]> } {
  const first = new Map<string, Sighting>();
  for (const s of sightings) {
    const k = `${s.account}:${s.key}`;
    const seen = first.get(k);
    if (!seen || s.at < seen.at) first.set(k, s);
  }
  const byAccount = new Map<number, Sighting[]>();
  const byKey = new Map<number, Sighting[]>();
  for (const s of first.values()) {
    (byAccount.get(s.account) ?? byAccount.set(s.account, []).get(s.account)!).push(s);
    (byKey.get(s.key) ?? byKey.set(s.key, []).get(s.key)!).push(s);
  }
  return { byAccount, byKey };
}

const pairKey = (a: number, b: number): string => (a < b ? `${a}:${b}` : `${b}:${a}`);

export function pointInTimeInputs(world: World, orders: readonly Order[]): RiskInput[] {
  const byBuyer = new Map<number, Order[]>();
  for (const o of world.orders) (byBuyer.get(o.buyer) ?? byBuyer.set(o.buyer, []).get(o.buyer)!).push(o);
  for (const list of byBuyer.values()) list.sort((a, b) => a.at - b.at);
  const buyerTimes = new Map<number, number[]>([...byBuyer].map(([k, list]) => [k, list.map((o) => o.at)]));
  const salesCreated = groupTimes(
    world.orders,
    (o) => o.seller,
    (o) => o.at,
  );
  const salesCompleted = groupTimes(
    world.orders.filter((o) => o.completedAt !== null),
    (o) => o.seller,
    (o) => o.completedAt!,
  );
  const reviewsOfSubject = groupTimes(
    world.reviews,
    (r) => r.subject,
    (r) => r.at,
  );
  const reviewsOfPair = groupTimes(
    world.reviews,
    (r) => pairKey(r.author, r.subject),
    (r) => r.at,
  );
  const payouts = groupTimes(
    world.payoutChanges,
    (p) => p.account,
    (p) => p.at,
  );
  const disputesOfBuyer = new Map<number, { order: number; at: number }[]>();
  for (const d of world.disputes) (disputesOfBuyer.get(d.buyer) ?? disputesOfBuyer.set(d.buyer, []).get(d.buyer)!).push(d);
  const devices = firstSightings(world.devices);
  const cards = firstSightings(world.cards);

  const shared = (index: ReturnType<typeof firstSightings>, account: number, now: number) => {
    const others = new Set<number>();
    let newest = -Infinity;
    for (const own of index.byAccount.get(account) ?? []) {
      if (own.at >= now) continue;
      newest = Math.max(newest, own.at);
      for (const other of index.byKey.get(own.key)!) if (other.account !== account && other.at < now) others.add(other.account);
    }
    let fresh = 0;
    let established = 0;
    for (const id of others) {
      const created = world.accounts[id]!.createdAt;
      if (created > now - NEW_ACCOUNT_DAYS * DAY) fresh++;
      if (created <= now - ESTABLISHED_ACCOUNT_DAYS * DAY) established++;
    }
    return { count: others.size, fresh, established, newest };
  };

  return orders.map((order): RiskInput => {
    const now = order.at;
    const buyer = world.accounts[order.buyer]!;
    const seller = world.accounts[order.seller]!;
    const history = byBuyer.get(buyer.id)!;
    const times = buyerTimes.get(buyer.id)!;
    const before = bound(times, now);
    const dayStart = bound(times, now - DAY);
    let prior = 0;
    let last24h = 0;
    let pair = 0;
    const sellers24h = new Set<number>();
    for (let i = 0; i < before; i++) {
      const o = history[i]!;
      if (o.id === order.id) continue;
      prior++;
      if (o.seller === seller.id) pair++;
      if (i >= dayStart) {
        last24h++;
        sellers24h.add(o.seller);
      }
    }
    const device = shared(devices, buyer.id, now);
    const card = shared(cards, buyer.id, now);
    const payoutTimes = payouts.get(buyer.id);
    const lastPayout = payoutTimes ? bound(payoutTimes, now) - 1 : -1;
    const disputes = (disputesOfBuyer.get(buyer.id) ?? []).filter((d) => d.order !== order.id && d.at < now).length;
    const completed = salesCompleted.get(seller.id);
    return {
      amount_minor: order.amountMinor,
      currency_exponent: order.currency.exponent,
      buyer_account_age_days: (now - buyer.createdAt) / DAY,
      buyer_prior_orders: buyer.legacyOrders + prior,
      buyer_orders_last_24h: last24h,
      buyer_distinct_sellers_last_24h: sellers24h.size,
      seller_account_age_days: (now - seller.createdAt) / DAY,
      seller_completed_sales: seller.legacySales + (completed ? bound(completed, now, true) : 0),
      listing_age_hours: now - order.listingAt,
      price_vs_category_median: order.priceRatio,
      hour_of_day: Math.floor(now % DAY), // now ≥ 0: every emitted order is paid on or after day 0
      pair_prior_orders: pair,
      // No device on record: the account's own age, as the SQL falls back to created_at.
      buyer_hours_since_new_device: now - (device.newest > -Infinity ? device.newest : buyer.createdAt),
      buyer_device_shared_accounts: device.count,
      buyer_card_shared_accounts: card.count,
      buyer_hours_since_payout_change: lastPayout >= 0 ? now - payoutTimes![lastPayout]! : NEVER_HOURS,
      buyer_sales_last_7d: countIn(salesCreated.get(buyer.id), now - 7 * DAY, now),
      pair_prior_reviews: countIn(reviewsOfPair.get(pairKey(buyer.id, seller.id)), -Infinity, now),
      seller_reviews_last_30d: countIn(reviewsOfSubject.get(seller.id), now - 30 * DAY, now),
      buyer_device_shared_new_accounts: device.fresh,
      buyer_device_shared_established_accounts: device.established,
      buyer_card_shared_new_accounts: card.fresh,
      buyer_prior_disputes: buyer.legacyDisputes + disputes,
    };
  });
}
