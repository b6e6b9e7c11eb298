// Replays the simulated history in time order and, for each order, computes the RiskInput the
// platform would have known at that moment — the same point-in-time semantics as the API's
// loadRiskInput over the same facts loaded into Postgres (api risk.parity.int.test.ts checks
// that they agree exactly). Every window is [now - w, now): strictly earlier facts only.

import { ESTABLISHED_ACCOUNT_DAYS, NEVER_HOURS, NEW_ACCOUNT_DAYS, type RiskInput } from '../features';
import { medianMinor } from './catalog';
import type { OrderEvent, Simulation } from './marketplace';
import { COMPLETION_DELAY_MS, DAY_MS, HOUR_MS, fingerprints, toDate, toMs, type Fingerprint } from './timeline';

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Per user: the fingerprints they were seen with. Per fingerprint: every user seen with it. */
function index(rows: readonly Fingerprint[]) {
  const byUser = new Map<number, Fingerprint[]>();
  const byId = new Map<number, Fingerprint[]>();
  for (const row of rows) {
    append(byUser, row.user, row);
    append(byId, row.id, row);
  }
  return { byUser, byId };
}

type FingerprintIndex = ReturnType<typeof index>;

/** Other users sharing any fingerprint with `user`, counting sightings before `now` only. */
function sharedAccounts(fp: FingerprintIndex, user: number, now: number): Set<number> {
  const others = new Set<number>();
  for (const own of fp.byUser.get(user) ?? []) {
    if (own.firstSeenMs >= now) continue;
    for (const other of fp.byId.get(own.id) ?? []) if (other.user !== user && other.firstSeenMs < now) others.add(other.user);
  }
  return others;
}

/** Entries of a time-sorted list in [from, to). */
function countInWindow(times: readonly number[] | undefined, from: number, to: number): number {
  let n = 0;
  for (let i = (times?.length ?? 0) - 1; i >= 0; i--) {
    const t = times![i]!;
    if (t < from) break;
    if (t < to) n++;
  }
  return n;
}

/** The tail of a time-sorted purchase list from `from` on (a power buyer's list is long). */
function recentPurchases(list: readonly { ms: number; seller: number }[] | undefined, from: number) {
  if (!list) return [];
  let i = list.length;
  while (i > 0 && list[i - 1]!.ms >= from) i--;
  return list.slice(i);
}

const pairKey = (a: number, b: number) => `${a}>${b}`;

export function replayRiskInputs(simulation: Simulation): RiskInput[] {
  const { users, buyers, sellers, orders } = simulation;
  const sightings = fingerprints(simulation);
  const devices = index(sightings.devices);
  const cards = index(sightings.cards);
  const reviews = simulation.reviews.map((r) => ({ ...r, ms: toMs(r.t) })).sort((a, b) => a.ms - b.ms);
  // Disputes per buyer, in time order. A dispute comes after its order, so those before `now` are
  // on the buyer's other orders, as serving's `o.id <> order` requires.
  const buyerOf = new Map(orders.map((o) => [o.id, buyers[o.buyer]!.user]));
  const disputes = new Map<number, number[]>();
  for (const d of simulation.disputes) append(disputes, buyerOf.get(d.order)!, toMs(d.t));

  const priorOrders = new Map<number, number>(); // buyer user → orders
  const completedSales = new Map<number, number>(); // seller user → completed sales
  for (const b of buyers) priorOrders.set(b.user, (priorOrders.get(b.user) ?? 0) + b.ordersBefore);
  for (const s of sellers) completedSales.set(s.user, (completedSales.get(s.user) ?? 0) + s.ordersBefore);
  const purchases = new Map<number, { ms: number; seller: number }[]>(); // buyer user → time-sorted
  const sales = new Map<number, number[]>(); // seller user → order times
  const pairOrders = new Map<string, number>();
  const pairReviews = new Map<string, number>();
  const reviewsReceived = new Map<number, number[]>();
  let nextCompletion = 0;
  let nextReview = 0;
  const recorded: { buyer: number; seller: number; ms: number }[] = []; // orders in time order

  const inputs: RiskInput[] = [];
  let pending: { buyer: number; seller: number; ms: number }[] = [];
  const flush = () => {
    for (const o of pending) {
      priorOrders.set(o.buyer, (priorOrders.get(o.buyer) ?? 0) + 1);
      append(purchases, o.buyer, { ms: o.ms, seller: o.seller });
      append(sales, o.seller, o.ms);
      pairOrders.set(pairKey(o.buyer, o.seller), (pairOrders.get(pairKey(o.buyer, o.seller)) ?? 0) + 1);
      recorded.push(o);
    }
    pending = [];
  };

  for (const order of orders as OrderEvent[]) {
    const now = toMs(order.t);
    // Orders at the same millisecond do not see each other (serving counts created_at < now).
    if (pending.length > 0 && pending[0]!.ms < now) flush();
    for (; nextCompletion < recorded.length && recorded[nextCompletion]!.ms + COMPLETION_DELAY_MS <= now; nextCompletion++) {
      const seller = recorded[nextCompletion]!.seller;
      completedSales.set(seller, (completedSales.get(seller) ?? 0) + 1);
    }
    for (; nextReview < reviews.length && reviews[nextReview]!.ms < now; nextReview++) {
      const r = reviews[nextReview]!;
      for (const key of [pairKey(r.author, r.subject), pairKey(r.subject, r.author)]) pairReviews.set(key, (pairReviews.get(key) ?? 0) + 1);
      append(reviewsReceived, r.subject, r.ms);
    }

    const buyer = buyers[order.buyer]!.user;
    const seller = sellers[order.seller]!.user;
    const buyerCreated = toMs(users[buyer]!.createdAt);
    const recent = recentPurchases(purchases.get(buyer), now - DAY_MS);
    const newestDevice = Math.max(...(devices.byUser.get(buyer) ?? []).filter((d) => d.firstSeenMs < now).map((d) => d.firstSeenMs));
    const payoutChange = users[buyer]!.payoutChangedAt;
    const sharingDevice = [...sharedAccounts(devices, buyer, now)].map((u) => now - toMs(users[u]!.createdAt));
    const sharingCard = [...sharedAccounts(cards, buyer, now)].map((u) => now - toMs(users[u]!.createdAt));
    const isNew = (age: number) => age < NEW_ACCOUNT_DAYS * DAY_MS;
    const payoutMs = payoutChange === null ? null : toMs(payoutChange);
    inputs.push({
      amount_minor: order.amountMinor,
      currency_exponent: order.currencyExponent,
      buyer_account_age_days: (now - buyerCreated) / DAY_MS,
      buyer_prior_orders: priorOrders.get(buyer) ?? 0,
      buyer_orders_last_24h: recent.length,
      buyer_distinct_sellers_last_24h: new Set(recent.map((p) => p.seller)).size,
      seller_account_age_days: (now - toMs(users[seller]!.createdAt)) / DAY_MS,
      seller_completed_sales: completedSales.get(seller) ?? 0,
      listing_age_hours: toMs(order.listingAgeHours) / HOUR_MS,
      price_vs_category_median: order.listingPriceMinor / medianMinor(order.category, users[buyer]!.market),
      hour_of_day: toDate(now).getUTCHours(),
      pair_prior_orders: pairOrders.get(pairKey(buyer, seller)) ?? 0,
      buyer_hours_since_new_device: (now - (Number.isFinite(newestDevice) ? newestDevice : buyerCreated)) / HOUR_MS,
      buyer_device_shared_accounts: sharingDevice.length,
      buyer_card_shared_accounts: sharingCard.length,
      buyer_hours_since_payout_change: payoutMs !== null && payoutMs < now ? (now - payoutMs) / HOUR_MS : NEVER_HOURS,
      buyer_sales_last_7d: countInWindow(sales.get(buyer), now - 7 * DAY_MS, now),
      pair_prior_reviews: pairReviews.get(pairKey(buyer, seller)) ?? 0,
      seller_reviews_last_30d: countInWindow(reviewsReceived.get(seller), now - 30 * DAY_MS, now),
      buyer_device_shared_new_accounts: sharingDevice.filter(isNew).length,
      buyer_device_shared_established_accounts: sharingDevice.filter((age) => age >= ESTABLISHED_ACCOUNT_DAYS * DAY_MS).length,
      buyer_card_shared_new_accounts: sharingCard.filter(isNew).length,
      buyer_prior_disputes: countInWindow(disputes.get(buyer), -Infinity, now),
    });
    pending.push({ buyer, seller, ms: now });
  }
  return inputs;
}
