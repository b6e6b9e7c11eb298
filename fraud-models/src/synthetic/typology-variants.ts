// Fraud variants that look normal on most signals: what attackers do once the classic patterns
// (typologies.ts) are caught. Each leaves one or two weak traces, and the model has to combine
// them. README.md documents what each looks like and which features reveal it.

import { CASH_OUT, categoryWeights, MARKET_WEIGHTS, WESTERN_MARKET_WEIGHTS } from './catalog';
import type { MarketplaceSimulator } from './marketplace';

const DAY = 24;

/** A buyer account created at `createdAt`, with a little history of its own before the simulation. */
function agedBuyer(sim: MarketplaceSimulator, market: number, createdAt: number, ordersBefore: number): number {
  const buyer = sim.newBuyer(market, createdAt);
  sim.buyers[buyer]!.ordersBefore = Math.round(Math.min(ordersBefore, sim.historyDays(sim.buyers[buyer]!)));
  return buyer;
}

/**
 * Stealth takeover: the attacker replays the victim's device id and leaves the payout details
 * alone; only the spending changes — several expensive, resellable items from shops the victim
 * never used, within hours, usually on the stored card.
 */
export function stealthTakeover(sim: MarketplaceSimulator): void {
  const { rng } = sim;
  const market = rng.weighted(MARKET_WEIGHTS);
  const t0 = sim.incidentStart(market, 1, sim.horizon - 2);
  const buyer = sim.existingBuyer(market, t0, 60);
  const card = rng.chance(0.8) ? sim.cardOf(sim.buyers[buyer]!.user) : sim.newCard();
  const count = 2 + Math.min(6, rng.poisson(1.5));
  const span = rng.logNormal(3, 1);
  const times = Array.from({ length: count }, () => t0 + rng.uniform(0, span)).sort((a, b) => a - b);
  for (const t of times.filter((x) => x < sim.horizon)) {
    const seller = sim.pickSeller(market, t);
    sim.addOrder({
      t,
      buyer,
      seller,
      category: rng.weighted(CASH_OUT),
      priceRatio: rng.logNormal(2.5, 0.7),
      quantity: rng.chance(0.2) ? 2 : 1,
      listingAgeHours: sim.legitListingAge(seller, t),
      card,
      typology: 'stealth_takeover',
    });
  }
}

/**
 * Distributed card testing: each stolen card of a batch is tested by one cheap purchase from its
 * own fresh account on its own fresh device, minutes after sign-up; a few cards are retried from a
 * second account. Per account: one small order, nothing shared (mostly).
 */
export function distributedCardTesting(sim: MarketplaceSimulator): void {
  const { rng } = sim;
  const market = rng.weighted(WESTERN_MARKET_WEIGHTS);
  const tests = 6 + rng.poisson(8);
  const span = rng.logNormal(12, 1);
  const t0 = sim.incidentStart(market, 0, sim.horizon - 1);
  const tested: number[] = [];
  for (let k = 0; k < tests; k++) {
    const t = t0 + rng.uniform(0, span);
    if (t >= sim.horizon) continue;
    const buyer = sim.newBuyer(market, t - rng.logNormal(0.2, 1.2));
    const card = tested.length > 0 && rng.chance(0.25) ? rng.pick(tested) : sim.newCard();
    tested.push(card);
    const seller = sim.pickSeller(market, t);
    sim.addOrder({
      t,
      buyer,
      seller,
      category: rng.weighted(categoryWeights({ gift_cards: 0.5, books: 0.3, fashion: 0.2 })),
      priceRatio: rng.logNormal(0.4, 0.6),
      quantity: 1,
      listingAgeHours: sim.legitListingAge(seller, t),
      card,
      typology: 'distributed_card_testing',
    });
  }
}

/**
 * Promo abuse with device resets: one person claims the first-order promotion again and again,
 * each account from a reset (fresh) device id, cycling one to three own cards. Only the cards
 * link the accounts.
 */
export function promoAbuse(sim: MarketplaceSimulator): void {
  const { rng } = sim;
  const market = rng.weighted(MARKET_WEIGHTS);
  const accounts = 5 + Math.min(15, rng.poisson(5));
  const span = rng.logNormal(3 * DAY, 0.7);
  const t0 = sim.incidentStart(market, 0, sim.horizon - 1);
  const cards = Array.from({ length: rng.int(1, 3) }, () => sim.newCard());
  for (let a = 0; a < accounts; a++) {
    const createdAt = t0 + rng.uniform(0, span);
    const t = createdAt + rng.logNormal(1, 1.2);
    if (t >= sim.horizon) continue;
    const buyer = sim.newBuyer(market, createdAt);
    const seller = sim.pickSeller(market, t);
    sim.addOrder({
      t,
      buyer,
      seller,
      category: rng.weighted(categoryWeights({ fashion: 0.3, home: 0.3, electronics: 0.2, books: 0.2 })),
      priceRatio: rng.logNormal(1, 0.4),
      quantity: 1,
      listingAgeHours: sim.legitListingAge(seller, t),
      card: rng.pick(cards),
      typology: 'promo_abuse',
    });
  }
}

/**
 * Sleeper bust-out: an account opened months ago with a little history, on its own device and
 * never touched since, suddenly buys many expensive things within a day or two, then vanishes.
 */
export function sleeperBustOut(sim: MarketplaceSimulator): void {
  const { rng } = sim;
  const market = rng.weighted(MARKET_WEIGHTS);
  const t0 = sim.incidentStart(market, 0, sim.horizon - 1);
  const buyer = agedBuyer(sim, market, t0 - rng.logNormal(200 * DAY, 0.6), rng.poisson(3));
  const card = rng.chance(0.6) ? sim.cardOf(sim.buyers[buyer]!.user) : sim.newCard();
  const count = 3 + Math.min(12, rng.poisson(4));
  const span = rng.logNormal(24, 0.7);
  const times = Array.from({ length: count }, () => t0 + rng.uniform(0, span)).sort((a, b) => a - b);
  for (const t of times.filter((x) => x < sim.horizon)) {
    const seller = sim.pickSeller(market, t);
    sim.addOrder({
      t,
      buyer,
      seller,
      category: rng.weighted(CASH_OUT),
      priceRatio: rng.logNormal(2.2, 0.6),
      quantity: rng.chance(0.25) ? 2 : 1,
      listingAgeHours: sim.legitListingAge(seller, t),
      card,
      typology: 'sleeper_bust_out',
    });
  }
}

/**
 * Aged review ring: the ring's accounts were opened months ago, each on its own device and card
 * (a few shared), with some history; they trade at ordinary prices and review each other.
 */
export function agedReviewRing(sim: MarketplaceSimulator): void {
  const { rng } = sim;
  const market = rng.weighted(MARKET_WEIGHTS);
  const t0 = sim.incidentStart(market, 0, sim.horizon - 3 * DAY);
  const device = sim.newDevice();
  const card = sim.newCard();
  const members = Array.from({ length: rng.int(4, 8) }, () => {
    const buyer = agedBuyer(sim, market, t0 - rng.logNormal(120 * DAY, 0.5), rng.poisson(2));
    const user = sim.buyers[buyer]!.user;
    const u = sim.user(user);
    if (rng.chance(0.3)) u.devices.push({ id: device, t: u.createdAt + rng.logNormal(10 * DAY, 1) });
    if (rng.chance(0.3)) sim.payWith(user, card);
    sim.changePayoutDetails(user, u.createdAt + rng.logNormal(2 * DAY, 1));
    const seller = sim.sellerAccount(user);
    seller.ordersBefore = rng.poisson(2);
    return { seller: sim.sellers.length - 1, buyer };
  });
  const categories = categoryWeights({ books: 0.3, fashion: 0.35, home: 0.35 });
  const trades = members.length * rng.int(1, 3);
  const span = rng.logNormal(10 * DAY, 0.5);
  for (let k = 0; k < trades; k++) {
    const from = rng.int(0, members.length - 1);
    const to = (from + rng.int(1, members.length - 1)) % members.length;
    const t = t0 + rng.uniform(0, span);
    if (t >= sim.horizon) continue;
    const buyer = members[from]!.buyer;
    const order = sim.addOrder({
      t,
      buyer,
      seller: members[to]!.seller,
      category: rng.weighted(categories),
      priceRatio: rng.logNormal(0.8, 0.4),
      quantity: 1,
      listingAgeHours: Math.min(rng.logNormal(24, 1), t - sim.sellers[members[to]!.seller]!.createdAt),
      card: sim.cardOf(sim.buyers[buyer]!.user),
      typology: 'aged_review_ring',
    });
    sim.review(order, 'buyer', t + rng.logNormal(30, 0.8));
    if (rng.chance(0.8)) sim.review(order, 'seller', t + rng.logNormal(30, 0.8));
  }
}

/**
 * Laundering through a recruited established seller: a long-standing shop with real sales lists
 * items for one buyer (a fresh account or a recruited ordinary one), who pays several times the
 * median for them, again and again over days. The seller looks fine; the pair and the prices do not.
 */
export function recruitedSellerLaundering(sim: MarketplaceSimulator): void {
  const { rng } = sim;
  const market = rng.weighted(MARKET_WEIGHTS);
  const t0 = sim.incidentStart(market, 0, sim.horizon - DAY);
  let seller = sim.pickSeller(market, t0);
  for (let tries = 0; tries < 20 && sim.sellers[seller]!.createdAt > t0 - 180 * DAY; tries++) seller = sim.pickSeller(market, t0);
  const buyer = rng.chance(0.6) ? sim.newBuyer(market, t0 - rng.logNormal(3 * DAY, 1)) : sim.existingBuyer(market, t0, 0);
  const card = sim.cardOf(sim.buyers[buyer]!.user);
  const category = rng.weighted(categoryWeights({ collectibles: 0.4, electronics: 0.3, gift_cards: 0.15, fashion: 0.15 }));
  const count = 3 + Math.min(9, rng.poisson(2));
  let t = t0;
  for (let k = 0; k < count && t < sim.horizon; k++) {
    const order = sim.addOrder({
      t,
      buyer,
      seller,
      category,
      priceRatio: rng.logNormal(5, 0.7),
      quantity: 1,
      listingAgeHours: Math.min(rng.logNormal(3, 1.2), t - sim.sellers[seller]!.createdAt),
      card,
      typology: 'recruited_seller_laundering',
    });
    if (rng.chance(0.6)) sim.review(order, 'buyer', t + rng.logNormal(24, 1));
    t += rng.logNormal(30, 0.8);
  }
}

/**
 * Friendly fraud: an established buyer who has learnt that disputes pay orders ordinary things,
 * receives them, and disputes the charge — again and again, weeks apart. The first looks like any
 * order; each later one comes with the buyer's earlier disputes on record.
 */
export function friendlyFraud(sim: MarketplaceSimulator): void {
  const { rng } = sim;
  const market = rng.weighted(MARKET_WEIGHTS);
  let t = sim.incidentStart(market, 0, sim.horizon - 5 * DAY);
  const buyer = sim.existingBuyer(market, t, 30);
  const count = 2 + Math.min(4, rng.poisson(1.5));
  for (let k = 0; k < count && t < sim.horizon; k++) {
    const seller = sim.pickSeller(market, t);
    const order = sim.addOrder({
      t,
      buyer,
      seller,
      category: rng.weighted(categoryWeights({ electronics: 0.35, fashion: 0.35, home: 0.15, tickets: 0.15 })),
      priceRatio: rng.logNormal(1.5, 0.6),
      quantity: 1,
      listingAgeHours: sim.legitListingAge(seller, t),
      card: sim.cardOf(sim.buyers[buyer]!.user),
      typology: 'friendly_fraud',
    });
    sim.dispute(order, rng.chance(0.6) ? 'chargeback' : 'buyer', t + rng.logNormal(6 * DAY, 0.5));
    t += rng.logNormal(8 * DAY, 0.5);
  }
}
