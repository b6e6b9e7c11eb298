// The fraud typologies the model must learn, each a function adding one incident to the
// simulation: the classic patterns here, the variants that look normal on most signals in
// typology-variants.ts. README.md documents what each looks like and which features reveal it.
// Timings are drawn from smooth, wide distributions (log-normal, not narrow uniform windows) so
// that no feature has a cliff a model could learn and an attacker could walk around.

import { CASH_OUT, categoryWeights, MARKET_WEIGHTS, WESTERN_MARKET_WEIGHTS } from './catalog';
import type { MarketplaceSimulator } from './marketplace';
import { agedReviewRing, distributedCardTesting, friendlyFraud, promoAbuse, recruitedSellerLaundering, sleeperBustOut, stealthTakeover } from './typology-variants';

export const FRAUD_TYPOLOGIES = [
  'stolen_card_burst',
  'new_account_high_value',
  'collusion',
  'account_takeover',
  'triangulation',
  'review_ring',
  'velocity_abuse',
  'stealth_takeover',
  'distributed_card_testing',
  'promo_abuse',
  'sleeper_bust_out',
  'aged_review_ring',
  'recruited_seller_laundering',
  'friendly_fraud',
] as const;
export type FraudTypology = (typeof FRAUD_TYPOLOGIES)[number];

// Incidents per 30,000 buyers over 60 days, tuned so that ~2% of orders are fraud. At least 15
// each, so the parity test's 1/30 scale still sees every typology.
export const INCIDENTS_AT_REFERENCE_SCALE: Record<FraudTypology, number> = {
  stolen_card_burst: 60,
  new_account_high_value: 200,
  collusion: 30,
  account_takeover: 90,
  triangulation: 25,
  review_ring: 18,
  velocity_abuse: 18,
  stealth_takeover: 70,
  distributed_card_testing: 20,
  promo_abuse: 20,
  sleeper_bust_out: 40,
  aged_review_ring: 18,
  recruited_seller_laundering: 30,
  friendly_fraud: 100,
};

/** Share of a typology's orders that the card's owner later charges back (friendly fraud disputes its own). */
export const CHARGEBACK_RATE: Record<FraudTypology, number> = {
  stolen_card_burst: 0.8,
  new_account_high_value: 0.8,
  collusion: 0.1,
  account_takeover: 0.7,
  triangulation: 0.8,
  review_ring: 0,
  velocity_abuse: 0.4,
  stealth_takeover: 0.7,
  distributed_card_testing: 0.5,
  promo_abuse: 0.1,
  sleeper_bust_out: 0.6,
  aged_review_ring: 0,
  recruited_seller_laundering: 0.1,
  friendly_fraud: 0,
};

const DAY = 24;

/** Stolen card: a throw-away account buys resellable goods from many sellers within hours. */
function stolenCardBurst(sim: MarketplaceSimulator): void {
  const { rng } = sim;
  const market = rng.weighted(WESTERN_MARKET_WEIGHTS);
  const duration = Math.min(24, rng.logNormal(3, 0.8));
  const t0 = sim.incidentStart(market, 0, sim.horizon - duration);
  // A quarter of rings age their accounts for a few weeks to get past "new account" rules.
  const createdAt = t0 - (rng.chance(0.25) ? rng.logNormal(10 * DAY, 0.7) : rng.logNormal(6, 1.2));
  const buyer = sim.newBuyer(market, createdAt);
  const cards = Array.from({ length: rng.int(1, 2) }, () => sim.newCard());
  const count = Math.min(20, 3 + rng.poisson(4));
  const times = Array.from({ length: count }, () => t0 + rng.uniform(0, duration));
  for (const t of times.sort((a, b) => a - b)) {
    const seller = sim.pickSeller(market, t);
    sim.addOrder({
      t,
      buyer,
      seller,
      category: rng.weighted(CASH_OUT),
      priceRatio: rng.logNormal(1.3, 0.5),
      quantity: rng.chance(0.15) ? 2 : 1,
      listingAgeHours: sim.legitListingAge(seller, t),
      card: rng.pick(cards),
      typology: 'stolen_card_burst',
    });
  }
}

/** A new account's first purchase is an expensive item, paid with a stolen card. */
function newAccountHighValue(sim: MarketplaceSimulator): void {
  const { rng } = sim;
  const market = rng.weighted(MARKET_WEIGHTS);
  const t = sim.incidentStart(market, 0, sim.horizon);
  const buyer = sim.newBuyer(market, t - rng.logNormal(8, 1.3));
  const categories = categoryWeights({ electronics: 0.6, collectibles: 0.2, tickets: 0.2 });
  const card = sim.newCard();
  const times = rng.chance(0.2) ? [t, t + rng.logNormal(2, 1)] : [t];
  for (const time of times.filter((x) => x < sim.horizon)) {
    const seller = sim.pickSeller(market, time);
    sim.addOrder({
      t: time,
      buyer,
      seller,
      category: rng.weighted(categories),
      priceRatio: rng.logNormal(3, 0.6),
      quantity: 1,
      listingAgeHours: sim.legitListingAge(seller, time),
      card,
      typology: 'new_account_high_value',
    });
  }
}

/**
 * Collusion (laundering): a brand-new seller and a buyer — often one person on one device —
 * trade repeatedly at ~8× the category median, on listings created just for the buyer, and the
 * buyer praises every sale to build the seller's reputation.
 */
function collusion(sim: MarketplaceSimulator): void {
  const { rng } = sim;
  const market = rng.weighted(MARKET_WEIGHTS);
  const t0 = sim.incidentStart(market, 0, sim.horizon - 3 * DAY);
  const sellerUser = sim.newUser(market, t0 - rng.logNormal(4 * DAY, 0.8));
  sim.changePayoutDetails(sellerUser, sim.user(sellerUser).createdAt + rng.logNormal(1, 1.2));
  const sellerAccount = sim.sellerAccount(sellerUser);
  const seller = sim.sellers.length - 1;
  const buyer = rng.chance(0.7) ? sim.newBuyer(market, t0 - rng.logNormal(5 * DAY, 1)) : sim.existingBuyer(market, t0, 0); // a mule recruited among ordinary accounts
  const buyerUser = sim.user(sim.buyers[buyer]!.user);
  if (rng.chance(0.5)) buyerUser.devices.push({ id: sim.user(sellerUser).devices[0]!.id, t: t0 - rng.logNormal(4, 1.2) });
  const card = sim.cardOf(sim.buyers[buyer]!.user);
  const category = rng.weighted(categoryWeights({ collectibles: 0.4, electronics: 0.3, gift_cards: 0.3 }));
  const count = Math.min(12, 3 + rng.poisson(3));
  let t = t0;
  for (let k = 0; k < count && t < sim.horizon; k++) {
    const listingAgeHours = Math.min(rng.logNormal(1.5, 1.2), t - sellerAccount.createdAt);
    const order = sim.addOrder({ t, buyer, seller, category, priceRatio: rng.logNormal(6, 0.7), quantity: 1, listingAgeHours, card, typology: 'collusion' });
    if (rng.chance(0.8)) sim.review(order, 'buyer', t + rng.logNormal(6, 1));
    t += rng.logNormal(14, 1);
  }
}

/**
 * Account takeover: an established account logs in from a new device, changes the payout
 * details to the attacker's, and buys a few expensive, resellable things — within hours, or
 * (a third of takeovers) after waiting days so the change looks settled.
 */
function accountTakeover(sim: MarketplaceSimulator): void {
  const { rng } = sim;
  const market = rng.weighted(MARKET_WEIGHTS);
  const t0 = sim.incidentStart(market, 1, sim.horizon - 6);
  const buyer = sim.existingBuyer(market, t0, 30);
  const user = sim.buyers[buyer]!.user;
  const takenAt = t0 - (rng.chance(0.33) ? rng.logNormal(3 * DAY, 0.6) : rng.logNormal(4, 1.2));
  sim.user(user).devices.push({ id: sim.newDevice(), t: takenAt - rng.logNormal(0.5, 1.2) });
  if (rng.chance(0.75)) sim.changePayoutDetails(user, takenAt);
  const card = rng.chance(0.7) ? sim.cardOf(user) : sim.newCard(); // the stored card, or a stolen one
  const categories = categoryWeights({ electronics: 0.5, gift_cards: 0.25, tickets: 0.1, collectibles: 0.15 });
  const count = 1 + Math.min(5, rng.poisson(1.2));
  const duration = rng.logNormal(2, 0.8);
  const times = Array.from({ length: count }, () => t0 + rng.uniform(0, duration));
  for (const t of times.sort((a, b) => a - b)) {
    const seller = sim.pickSeller(market, t);
    sim.addOrder({
      t,
      buyer,
      seller,
      category: rng.weighted(categories),
      priceRatio: rng.logNormal(2.5, 0.6),
      quantity: rng.chance(0.2) ? 2 : 1,
      listingAgeHours: sim.legitListingAge(seller, t),
      card,
      typology: 'account_takeover',
    });
  }
}

/**
 * Triangulation: a fraudster sells goods cheaply to real buyers (who pay and are happy), then
 * buys each item from an honest seller at the full price with a stolen card, shipped to the
 * victim. The fraud orders are the fraudster's purchases, right after their own sales.
 */
function triangulation(sim: MarketplaceSimulator): void {
  const { rng } = sim;
  const market = rng.weighted(WESTERN_MARKET_WEIGHTS);
  const t0 = sim.incidentStart(market, 0, sim.horizon - 4 * DAY);
  const user = sim.newUser(market, t0 - rng.logNormal(12 * DAY, 0.8));
  sim.changePayoutDetails(user, sim.user(user).createdAt + rng.logNormal(4, 1.2));
  sim.sellerAccount(user);
  const fence = sim.sellers.length - 1;
  const buyer = sim.buyerAccount(user);
  const cards = Array.from({ length: rng.int(1, 4) }, () => sim.newCard());
  const category = rng.weighted(categoryWeights({ electronics: 0.5, fashion: 0.2, home: 0.15, tickets: 0.15 }));
  const sales = 4 + Math.min(11, rng.poisson(4));
  const span = rng.logNormal(8 * DAY, 0.5);
  for (let k = 0; k < sales; k++) {
    const t = t0 + rng.uniform(0, span);
    // The victim's order is genuine: they pay, get the goods and review the "seller".
    const victim = sim.existingBuyer(market, t, 0);
    const sale = sim.addOrder({
      t,
      buyer: victim,
      seller: fence,
      category,
      priceRatio: rng.logNormal(0.6, 0.2),
      quantity: 1,
      listingAgeHours: Math.min(rng.logNormal(12, 1), t - sim.user(user).createdAt),
      card: sim.cardOf(sim.buyers[victim]!.user),
      typology: 'legit',
    });
    if (rng.chance(0.4)) sim.review(sale, 'buyer', t + 72 + rng.exponential(48));
    const purchaseAt = t + rng.logNormal(2, 1.2);
    const seller = sim.pickSeller(market, purchaseAt);
    sim.addOrder({
      t: purchaseAt,
      buyer,
      seller,
      category,
      priceRatio: rng.logNormal(1, 0.3),
      quantity: 1,
      listingAgeHours: sim.legitListingAge(seller, purchaseAt),
      card: rng.pick(cards),
      typology: 'triangulation',
    });
  }
}

/**
 * Review ring: a handful of fresh accounts, run from one or two devices and paying with the
 * same cards, buy cheap items from each other and review every trade both ways, manufacturing
 * reputation for all of them.
 */
function reviewRing(sim: MarketplaceSimulator): void {
  const { rng } = sim;
  const market = rng.weighted(MARKET_WEIGHTS);
  const t0 = sim.incidentStart(market, 0, sim.horizon - 3 * DAY);
  const devices = Array.from({ length: rng.int(1, 2) }, () => sim.newDevice());
  const cards = Array.from({ length: rng.int(1, 2) }, () => sim.newCard());
  const members = Array.from({ length: rng.int(4, 8) }, () => {
    const user = sim.newUser(market, t0 - rng.logNormal(6 * DAY, 0.8));
    const u = sim.user(user);
    if (rng.chance(0.7)) u.devices.push({ id: rng.pick(devices), t: u.createdAt + rng.logNormal(2, 1.2) });
    sim.changePayoutDetails(user, u.createdAt + rng.logNormal(4, 1.2));
    sim.sellerAccount(user);
    return { seller: sim.sellers.length - 1, buyer: sim.buyerAccount(user) };
  });
  const categories = categoryWeights({ books: 0.4, fashion: 0.35, home: 0.25 });
  const trades = members.length * rng.int(1, 3);
  const span = rng.logNormal(5 * DAY, 0.5);
  for (let k = 0; k < trades; k++) {
    const from = rng.int(0, members.length - 1);
    const to = (from + rng.int(1, members.length - 1)) % members.length;
    const t = t0 + rng.uniform(0, span);
    const order = sim.addOrder({
      t,
      buyer: members[from]!.buyer,
      seller: members[to]!.seller,
      category: rng.weighted(categories),
      priceRatio: rng.logNormal(0.7, 0.3),
      quantity: 1,
      listingAgeHours: Math.min(rng.logNormal(6, 1), t - sim.sellers[members[to]!.seller]!.createdAt),
      card: rng.pick(cards),
      typology: 'review_ring',
    });
    sim.review(order, 'buyer', t + rng.logNormal(10, 1));
    sim.review(order, 'seller', t + rng.logNormal(10, 1));
  }
}

/**
 * Velocity abuse: one operator creates account after account on the same device and cycles a
 * few cards through them (card testing, first-order promotions), each account buying once or
 * twice right after sign-up.
 */
function velocityAbuse(sim: MarketplaceSimulator): void {
  const { rng } = sim;
  const market = rng.weighted(WESTERN_MARKET_WEIGHTS);
  const span = rng.logNormal(24, 0.8);
  const t0 = sim.incidentStart(market, 0, sim.horizon - span);
  const devices = Array.from({ length: rng.int(1, 2) }, () => sim.newDevice());
  const cards = Array.from({ length: rng.int(1, 3) }, () => sim.newCard());
  const accounts = 5 + Math.min(15, rng.poisson(5));
  for (let a = 0; a < accounts; a++) {
    const createdAt = t0 + (span * a) / accounts;
    const user = sim.newUser(market, createdAt);
    sim.user(user).devices[0]!.id = rng.pick(devices); // registered from the operator's device
    const buyer = sim.buyerAccount(user);
    const orders = rng.chance(0.6) ? 1 : 2;
    for (let k = 0; k < orders; k++) {
      const t = createdAt + rng.logNormal(0.5, 1);
      if (t >= sim.horizon) continue;
      const seller = sim.pickSeller(market, t);
      sim.addOrder({
        t,
        buyer,
        seller,
        category: rng.weighted(CASH_OUT),
        priceRatio: rng.logNormal(1, 0.4),
        quantity: 1,
        listingAgeHours: sim.legitListingAge(seller, t),
        card: rng.pick(cards),
        typology: 'velocity_abuse',
      });
    }
  }
}

export const TYPOLOGY_SIMULATORS: Record<FraudTypology, (sim: MarketplaceSimulator) => void> = {
  stolen_card_burst: stolenCardBurst,
  new_account_high_value: newAccountHighValue,
  collusion,
  account_takeover: accountTakeover,
  triangulation,
  review_ring: reviewRing,
  velocity_abuse: velocityAbuse,
  stealth_takeover: stealthTakeover,
  distributed_card_testing: distributedCardTesting,
  promo_abuse: promoAbuse,
  sleeper_bust_out: sleeperBustOut,
  aged_review_ring: agedReviewRing,
  recruited_seller_laundering: recruitedSellerLaundering,
  friendly_fraud: friendlyFraud,
};
