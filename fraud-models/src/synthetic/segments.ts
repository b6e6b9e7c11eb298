// The legitimate population, by segment. Most buyers are ordinary; the other segments are the
// honest look-alikes a fraud model must not punish: families on one device or card, people back
// on a new phone (some changing payout details the same week), high-velocity power buyers and
// resellers, collectors paying far above the median, gift sprees to many sellers, the crowd
// around a seller who went viral, and new users buying within hours of signing up.

import { CATEGORIES, categoryWeights, MARKET_WEIGHTS } from './catalog';
import type { MarketplaceSimulator, ShoppingStyle } from './marketplace';

export const LEGIT_SEGMENTS = ['ordinary', 'new_user', 'new_device', 'household', 'power_buyer', 'reseller', 'collector', 'gift_spree', 'viral_seller_buyer'] as const;
export type LegitSegment = (typeof LEGIT_SEGMENTS)[number];

/** Sellers going viral per 30,000 buyers over 60 days. */
export const VIRAL_SELLERS_AT_REFERENCE_SCALE = 20;

const DAY = 24;
const GIFTS = categoryWeights({ gift_cards: 0.2, electronics: 0.2, fashion: 0.2, home: 0.15, books: 0.15, tickets: 0.1 });
const COLLECTING = { categories: categoryWeights({ collectibles: 0.75, electronics: 0.1, tickets: 0.15 }), priceMedian: 4, priceSigma: 0.8, favouriteRate: 0.5 };
const RESELLING = {
  categories: categoryWeights({ electronics: 0.35, fashion: 0.35, collectibles: 0.2, books: 0.1 }),
  priceMedian: 0.7,
  priceSigma: 0.5,
  bulkRate: 0.4,
  favouriteRate: 0.1,
};

/** Creates config.buyers legitimate buyer accounts, each with its orders over the simulation. */
export function populateLegitBuyers(sim: MarketplaceSimulator): void {
  const { rng } = sim;
  while (sim.buyers.length < sim.config.buyers) {
    const market = rng.weighted(MARKET_WEIGHTS);
    const r = rng.next();
    if (r < 0.012) household(sim, market);
    else if (r < 0.017) establishedShopper(sim, market, 'power_buyer', rng.logNormal(0.6, 0.5), { favouriteRate: 0.4, sessionContinueRate: 0.4 });
    else if (r < 0.024) establishedShopper(sim, market, 'collector', rng.logNormal(0.05, 0.8), COLLECTING);
    else if (r < 0.027) reseller(sim, market);
    // One in ten buyers is a seller who also shops.
    else if (r < 0.127) ordinaryBuyer(sim, sim.sellers[sim.organicSeller(market)]!.user, true);
    else ordinaryBuyer(sim, sim.newUser(market, sim.createdAt(0.2, 400)), false);
  }
}

/** Orders per day of an ordinary buyer: most buy once a month or less, a few every few days. */
const ordinaryRate = (sim: MarketplaceSimulator) => sim.rng.logNormal(0.035, 1);

/** First purchase soon after signing up, for most people who join: spread from minutes to days. */
function firstPurchase(sim: MarketplaceSimulator, createdAt: number, chance: number): number[] {
  return createdAt > 0 && sim.rng.chance(chance) ? [createdAt + sim.rng.logNormal(1.5, 1.5)] : [];
}

function ordinaryBuyer(sim: MarketplaceSimulator, user: number, sells: boolean): void {
  const { rng } = sim;
  const u = sim.user(user);
  const joined = u.createdAt > 0;
  const newDevice = !joined && rng.chance(0.08);
  const buyer = sim.buyerAccount(user, joined ? 'new_user' : newDevice ? 'new_device' : 'ordinary');
  const rate = ordinaryRate(sim);
  sim.buyers[buyer]!.ordersBefore = rng.poisson(rate * sim.historyDays(sim.buyers[buyer]!));
  const extra = firstPurchase(sim, u.createdAt, 0.7);
  if (newDevice) {
    // Back on a new phone: often buying again within hours; some update their payout details the same week.
    const deviceAt = rng.uniform(0, sim.horizon);
    u.devices.push({ id: sim.newDevice(), t: deviceAt });
    if (rng.chance(0.6)) extra.push(deviceAt + rng.logNormal(4, 1.5));
    if (rng.chance(0.3)) sim.changePayoutDetails(user, Math.max(0, deviceAt + rng.normal(0, 30)));
  } else if (!sells && rng.chance(0.03)) {
    // Buyers enter payout details too (refunds, a first sale).
    sim.changePayoutDetails(user, rng.uniform(Math.max(0, u.createdAt), sim.horizon));
  }
  sim.shop(buyer, rate, {}, extra);
  if (!joined && rng.chance(0.03)) giftSpree(sim, buyer);
}

function establishedShopper(sim: MarketplaceSimulator, market: number, segment: LegitSegment, rate: number, style: ShoppingStyle): void {
  const user = sim.newUser(market, -Math.min(3650, sim.rng.logNormal(600, 0.8)) * DAY);
  const buyer = sim.buyerAccount(user, segment);
  sim.buyers[buyer]!.ordersBefore = sim.rng.poisson(rate * sim.historyDays(sim.buyers[buyer]!));
  sim.shop(buyer, rate, style);
}

/** A reseller buys bargains every day from many shops and sells them on: a popular seller who shops. */
function reseller(sim: MarketplaceSimulator, market: number): void {
  const seller = sim.pickSeller(market, 0);
  const buyer = sim.buyerAccount(sim.sellers[seller]!.user, 'reseller');
  const rate = sim.rng.logNormal(0.8, 0.5);
  sim.buyers[buyer]!.ordersBefore = sim.rng.poisson(rate * sim.historyDays(sim.buyers[buyer]!));
  sim.shop(buyer, rate, RESELLING);
}

/**
 * 2–5 accounts on one family device, most long-standing; sometimes a brand-new member registers
 * on it during the simulation and buys right away; a third of households pay with one card.
 */
function household(sim: MarketplaceSimulator, market: number): void {
  const { rng } = sim;
  const size = rng.int(2, 5);
  const founder = sim.newUser(market, -Math.min(3650, rng.logNormal(900, 0.6)) * DAY);
  const founderCreatedAt = sim.user(founder).createdAt;
  const familyDevice = sim.user(founder).devices[0]!.id;
  const sharedCard = rng.chance(0.33) ? sim.cardOf(founder) : null;
  const newcomerJoins = rng.chance(0.35);
  for (let k = 0; k < size; k++) {
    const newcomer = newcomerJoins && k === size - 1;
    const user = k === 0 ? founder : sim.newUser(market, newcomer ? rng.uniform(0, sim.horizon) : -Math.min(3650, rng.logNormal(600, 0.7)) * DAY);
    const u = sim.user(user);
    if (newcomer)
      u.devices[0]!.id = familyDevice; // registers on the family computer
    else if (k > 0) u.devices.push({ id: familyDevice, t: Math.max(u.createdAt, founderCreatedAt) + rng.exponential(90 * DAY) });
    if (sharedCard !== null && (k === 0 || rng.chance(0.7))) sim.payWith(user, sharedCard);
    const buyer = sim.buyerAccount(user, 'household');
    const rate = newcomer ? rng.logNormal(0.06, 0.8) : ordinaryRate(sim);
    sim.buyers[buyer]!.ordersBefore = rng.poisson(rate * sim.historyDays(sim.buyers[buyer]!));
    sim.shop(buyer, rate, {}, firstPurchase(sim, u.createdAt, 0.8));
  }
}

/**
 * Gift shopping: an established buyer orders from many different shops within an hour or two,
 * more often in the two gift seasons of the simulated period. Looks like a stolen-card burst.
 */
function giftSpree(sim: MarketplaceSimulator, buyer: number): void {
  const { rng } = sim;
  const h = sim.horizon;
  const season = rng.next();
  const t0 = season < 0.3 ? rng.uniform(0.3 * h, 0.42 * h) : season < 0.6 ? rng.uniform(0.8 * h, 0.92 * h) : rng.uniform(0, h);
  const span = rng.logNormal(1.5, 0.8);
  const count = 3 + rng.poisson(4);
  const times = Array.from({ length: count }, () => t0 + rng.uniform(0, span)).sort((a, b) => a - b);
  const market = sim.buyers[buyer]!.market;
  for (const t of times.filter((x) => x < h)) {
    sim.legitOrder(t, buyer, sim.pickSeller(market, t, sim.buyers[buyer]!.user), { segment: 'gift_spree', categories: GIFTS });
  }
}

/**
 * A days-old seller goes viral: dozens of buyers, a third of them signing up for it, order from
 * its fresh listings within a day or two. Young seller, no completed sales, many new buyers.
 */
export function viralSeller(sim: MarketplaceSimulator): void {
  const { rng } = sim;
  const market = rng.weighted(MARKET_WEIGHTS);
  const t0 = rng.uniform(0, sim.horizon - 12);
  const sellerUser = sim.newUser(market, t0 - rng.logNormal(6 * DAY, 1));
  const sellerCreatedAt = sim.user(sellerUser).createdAt;
  sim.changePayoutDetails(sellerUser, sellerCreatedAt + rng.exponential(12));
  sim.sellerAccount(sellerUser);
  const seller = sim.sellers.length - 1;
  const category = rng.weighted(CATEGORIES.map((c) => c.share));
  const categories = CATEGORIES.map((_, i) => (i === category ? 1 : 0));
  const span = rng.logNormal(30, 0.6);
  const count = Math.round(rng.logNormal(50, 0.6));
  for (let k = 0; k < count; k++) {
    const t = t0 + span * rng.next() ** 1.5;
    if (t >= sim.horizon) continue;
    const buyer = rng.chance(0.35) ? sim.newBuyer(market, t - rng.logNormal(0.5, 1.2), 'new_user') : sim.existingBuyer(market, t, 0);
    sim.legitOrder(t, buyer, seller, {
      segment: 'viral_seller_buyer',
      categories,
      priceMedian: 0.9,
      priceSigma: 0.3,
      listingAgeHours: () => Math.min(rng.logNormal(8, 1), t - sellerCreatedAt),
    });
  }
}
