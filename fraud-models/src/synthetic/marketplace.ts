// Simulates who buys what from whom and when: the legitimate segments (segments.ts) plus the
// fraud typologies (typologies.ts, typology-variants.ts) documented in fraud-models/README.md. It
// emits raw facts only — accounts, devices, payout changes, orders, reviews, disputes — and
// features are derived afterwards from that history (history.ts), as serving derives them from
// the database.

import { CATEGORIES, LOCAL_HOUR_WEIGHTS, MARKETS, MARKET_WEIGHTS, medianMinor, type Category, type Market } from './catalog';
import { Rng, WeightedIndex } from './prng';
import { populateLegitBuyers, viralSeller, VIRAL_SELLERS_AT_REFERENCE_SCALE, type LegitSegment } from './segments';
import { CHARGEBACK_RATE, FRAUD_TYPOLOGIES, INCIDENTS_AT_REFERENCE_SCALE, TYPOLOGY_SIMULATORS, type FraudTypology } from './typologies';

export { LEGIT_SEGMENTS, type LegitSegment } from './segments';
export { FRAUD_TYPOLOGIES, type FraudTypology } from './typologies';
export type Typology = 'legit' | FraudTypology;
/** Who placed an order: the legitimate segment, or the fraud typology. */
export type Segment = LegitSegment | FraudTypology;

/** A person's login: what serving knows about them beyond their orders. */
export interface User {
  market: number; // index into MARKETS
  createdAt: number; // hours relative to the simulation start; negative = existed before it
  devices: Sighting[]; // device fingerprints (X-Device-Id on register/login) and when first seen
  payoutChangedAt: number | null; // last change of payout details (what payout_details.updated_at keeps)
}

export interface Sighting {
  id: number; // fingerprint identity: equal ids are the same device
  t: number;
}

/** A user acting as buyer or as seller; one user may hold both roles. */
export interface Account {
  user: number;
  market: number;
  createdAt: number; // the user's
  // Before the simulation, and at least PREHISTORY_GAP_DAYS before its start: buyer: orders
  // placed; seller: sales completed. Old enough never to fall in a time window.
  ordersBefore: number;
  segment: LegitSegment; // a buyer's, for its legitimate orders
}

export interface OrderEvent {
  id: number; // creation sequence, stable across the time sort
  t: number; // hours since the simulation start
  buyer: number;
  seller: number;
  category: number;
  listingPriceMinor: number;
  amountMinor: number;
  currencyExponent: number;
  listingAgeHours: number;
  card: number; // card fingerprint identity
  typology: Typology;
  segment: Segment;
}

/** A buyer claim (opened in the app) or a chargeback (from the card issuer) on an order. */
export interface Dispute {
  t: number;
  order: number; // OrderEvent.id
  source: 'buyer' | 'chargeback';
}

export interface Review {
  t: number;
  order: number; // OrderEvent.id
  author: number; // user
  subject: number; // user
  role: 'buyer' | 'seller'; // the author's side of the order
}

export interface SimulationConfig {
  seed: number;
  days: number;
  buyers: number; // legitimate buyer accounts; fraud incidents scale with buyers × days
  sellers: number;
}

export const DEFAULT_SIMULATION: SimulationConfig = { seed: 20_240_917, days: 60, buyers: 30_000, sellers: 6_000 };
export const PREHISTORY_GAP_DAYS = 8;

export interface Simulation {
  config: SimulationConfig;
  users: User[];
  buyers: Account[];
  sellers: Account[];
  orders: OrderEvent[]; // sorted by time
  reviews: Review[];
  disputes: Dispute[]; // sorted by time, all before the horizon
}

const DAY = 24;

const LEGIT_CATEGORY_WEIGHTS = CATEGORIES.map((c) => c.share);

export class MarketplaceSimulator {
  readonly rng: Rng;
  readonly horizon: number;
  readonly users: User[] = [];
  readonly buyers: Account[] = [];
  readonly sellers: Account[] = [];
  readonly orders: OrderEvent[] = [];
  readonly reviews: Review[] = [];
  readonly disputes: Dispute[] = [];
  private legitBuyerCount = 0;
  private sellerPickers: WeightedIndex[] = [];
  private sellersByMarket: number[][] = [];
  private nextDevice = 0;
  private nextCard = 0;
  private readonly ownCard = new Map<number, number>(); // user → the card they usually pay with
  private readonly disputeRate = new Map<number, number>(); // user → chance an order of theirs is disputed

  constructor(readonly config: SimulationConfig) {
    this.rng = new Rng(config.seed);
    this.horizon = config.days * DAY;
  }

  run(): Simulation {
    this.createSellers();
    populateLegitBuyers(this);
    this.legitBuyerCount = this.buyers.length;
    const scale = (this.config.buyers / DEFAULT_SIMULATION.buyers) * (this.config.days / DEFAULT_SIMULATION.days);
    for (let i = 0; i < Math.round(VIRAL_SELLERS_AT_REFERENCE_SCALE * scale); i++) viralSeller(this);
    const legitOrders = this.orders.length;
    for (const typology of FRAUD_TYPOLOGIES) {
      const count = Math.round(INCIDENTS_AT_REFERENCE_SCALE[typology] * scale);
      for (let i = 0; i < count; i++) TYPOLOGY_SIMULATORS[typology](this);
    }
    // The card's owner disputes most stolen-card charges, weeks later.
    for (const order of this.orders.slice(legitOrders)) {
      if (order.typology !== 'legit' && this.rng.chance(CHARGEBACK_RATE[order.typology])) this.dispute(order, 'chargeback', order.t + this.rng.logNormal(18 * DAY, 0.5));
    }
    // Array.prototype.sort is stable, so equal timestamps keep generation order: deterministic.
    this.orders.sort((a, b) => a.t - b.t);
    const disputes = this.disputes.filter((d) => d.t < this.horizon).sort((a, b) => a.t - b.t);
    const { config, users, buyers, sellers, orders, reviews } = this;
    return { config, users, buyers, sellers, orders, reviews, disputes };
  }

  // ---- population -------------------------------------------------------------------------

  /** Account creation time: some join during the simulation, the rest have a log-normal age. */
  createdAt(joinRate: number, medianAgeDays: number): number {
    if (this.rng.chance(joinRate)) return this.rng.uniform(0, this.horizon);
    return -Math.min(3650, this.rng.logNormal(medianAgeDays, 1)) * DAY;
  }

  /** Days of pre-simulation history that count: the prehistory sits before the gap. */
  historyDays(account: Account): number {
    return Math.max(0, -account.createdAt / DAY - PREHISTORY_GAP_DAYS);
  }

  /** A new user, registered from a new device at creation. */
  newUser(market: number, createdAt: number): number {
    this.users.push({ market, createdAt, devices: [{ id: this.newDevice(), t: createdAt }], payoutChangedAt: null });
    return this.users.length - 1;
  }

  newDevice(): number {
    return this.nextDevice++;
  }

  newCard(): number {
    return this.nextCard++;
  }

  user(id: number): User {
    return this.users[id] as User;
  }

  /** The card a user normally pays with (households may share one: payWith). */
  cardOf(user: number): number {
    let card = this.ownCard.get(user);
    if (card === undefined) {
      card = this.newCard();
      this.ownCard.set(user, card);
    }
    return card;
  }

  payWith(user: number, card: number): void {
    this.ownCard.set(user, card);
  }

  /** How often a user's legitimate orders end in a dispute: most rarely, a few picky buyers often. */
  private disputeRateOf(user: number): number {
    let rate = this.disputeRate.get(user);
    if (rate === undefined) {
      rate = this.rng.chance(0.1) ? this.rng.logNormal(0.05, 0.5) : this.rng.logNormal(0.006, 0.7);
      this.disputeRate.set(user, rate);
    }
    return rate;
  }

  dispute(order: OrderEvent, source: Dispute['source'], t: number): void {
    this.disputes.push({ t, order: order.id, source });
  }

  changePayoutDetails(user: number, t: number): void {
    const u = this.user(user);
    u.payoutChangedAt = Math.max(u.payoutChangedAt ?? -Infinity, t);
  }

  private createSellers(): void {
    const popularity: number[] = [];
    for (let i = 0; i < this.config.sellers; i++) {
      const market = this.rng.weighted(MARKET_WEIGHTS);
      const user = this.newUser(market, this.createdAt(0.15, 500));
      const seller = this.sellerAccount(user);
      const salesPerDay = this.rng.logNormal(0.08, 1.2);
      seller.ordersBefore = this.rng.poisson(salesPerDay * this.historyDays(seller));
      // Sellers enter payout details when they start selling; a few change them later.
      this.changePayoutDetails(user, seller.createdAt + this.rng.exponential(12));
      if (this.rng.chance(0.04)) this.changePayoutDetails(user, this.rng.uniform(0, this.horizon));
      popularity.push(salesPerDay);
    }
    // Pickers cover legitimate sellers only; sellers added by typologies get no organic traffic.
    this.sellersByMarket = MARKETS.map((_, m) => this.sellers.flatMap((s, i) => (s.market === m ? [i] : [])));
    this.sellerPickers = this.sellersByMarket.map((ids) => new WeightedIndex(ids.map((i) => popularity[i] as number)));
  }

  sellerAccount(user: number): Account {
    const u = this.user(user);
    this.sellers.push({ user, market: u.market, createdAt: u.createdAt, ordersBefore: 0, segment: 'ordinary' });
    return this.sellers[this.sellers.length - 1] as Account;
  }

  /** A popularity-weighted seller of the market whose account exists at time t, other than `self` (a user). */
  pickSeller(market: number, t: number, self = -1): number {
    const ids = this.sellersByMarket[market] as number[];
    const picker = this.sellerPickers[market] as WeightedIndex;
    for (;;) {
      const id = ids[picker.sample(this.rng)] as number;
      const seller = this.sellers[id] as Account;
      if (seller.createdAt <= t && seller.user !== self) return id;
    }
  }

  buyerAccount(user: number, segment: LegitSegment = 'ordinary'): number {
    const u = this.user(user);
    this.buyers.push({ user, market: u.market, createdAt: u.createdAt, ordersBefore: 0, segment });
    return this.buyers.length - 1;
  }

  newBuyer(market: number, createdAt: number, segment: LegitSegment = 'ordinary'): number {
    return this.buyerAccount(this.newUser(market, createdAt), segment);
  }

  /** A seller with organic traffic in the market: its index in `sellers`. */
  organicSeller(market: number): number {
    return this.rng.pick(this.sellersByMarket[market] as number[]);
  }

  /** An established legitimate buyer of the market, at least minAgeDays old at time t. */
  existingBuyer(market: number, t: number, minAgeDays: number): number {
    for (;;) {
      const id = this.rng.int(0, this.legitBuyerCount - 1);
      const buyer = this.buyers[id] as Account;
      if (buyer.market === market && buyer.createdAt <= t - minAgeDays * DAY) return id;
    }
  }

  // ---- time -------------------------------------------------------------------------------

  /** A time in [from, to) following the market's local shopping rhythm. */
  shoppingTime(market: number, from: number, to: number): number {
    const offset = (MARKETS[market] as Market).utcOffset;
    const firstDay = Math.floor((from + offset) / DAY);
    const lastDay = Math.floor((to + offset) / DAY);
    for (let attempt = 0; attempt < 50; attempt++) {
      const local = this.rng.int(firstDay, lastDay) * DAY + this.rng.weighted(LOCAL_HOUR_WEIGHTS) + this.rng.next();
      const t = local - offset;
      if (t >= from && t < to) return t;
    }
    return this.rng.uniform(from, to); // windows of a few hours rarely hit a sampled hour
  }

  /**
   * When a fraud incident starts: mostly in the market's shopping hours (attackers blend in, and
   * many live there), otherwise at any hour — so the hour of day is a weak hint, not a giveaway.
   */
  incidentStart(market: number, from: number, to: number): number {
    return this.rng.chance(0.6) ? this.shoppingTime(market, from, to) : this.rng.uniform(from, to);
  }

  // ---- orders and reviews -----------------------------------------------------------------

  legitListingAge(seller: number, t: number): number {
    const sellerAgeHours = t - (this.sellers[seller] as Account).createdAt;
    return Math.min(this.rng.logNormal(60, 1.6), sellerAgeHours);
  }

  addOrder(order: {
    t: number;
    buyer: number;
    seller: number;
    category: number;
    priceRatio: number; // listing price / category median
    quantity: number;
    listingAgeHours: number;
    card: number;
    typology: Typology;
    segment?: LegitSegment; // a legitimate order's, when not the buyer's own
  }): OrderEvent {
    const buyer = this.buyers[order.buyer] as Account;
    const median = medianMinor(order.category, buyer.market);
    const listingPriceMinor = Math.max(1, Math.round(median * order.priceRatio));
    const event: OrderEvent = {
      id: this.orders.length,
      t: order.t,
      buyer: order.buyer,
      seller: order.seller,
      category: order.category,
      listingPriceMinor,
      amountMinor: listingPriceMinor * order.quantity,
      currencyExponent: (MARKETS[buyer.market] as Market).exponent,
      listingAgeHours: order.listingAgeHours,
      card: order.card,
      typology: order.typology,
      segment: order.typology === 'legit' ? (order.segment ?? buyer.segment) : order.typology,
    };
    this.orders.push(event);
    return event;
  }

  /** A review of one party by the other, about `order`. */
  review(order: OrderEvent, role: 'buyer' | 'seller', t: number): void {
    const buyer = (this.buyers[order.buyer] as Account).user;
    const seller = (this.sellers[order.seller] as Account).user;
    const [author, subject] = role === 'buyer' ? [buyer, seller] : [seller, buyer];
    this.reviews.push({ t, order: order.id, author, subject, role });
  }

  /**
   * An honest order: reviews after delivery from some buyers and fewer sellers, and now and then
   * an honest dispute (item not as described, or a charge the buyer's bank disputes).
   */
  legitOrder(t: number, buyer: number, seller: number, style: ShoppingStyle = {}): OrderEvent {
    const category = this.rng.weighted(style.categories ?? LEGIT_CATEGORY_WEIGHTS);
    const ratio = this.rng.logNormal(style.priceMedian ?? 1, style.priceSigma ?? (CATEGORIES[category] as Category).spread);
    const quantity = this.rng.chance(style.bulkRate ?? 0.12) ? this.rng.int(2, 3) : 1;
    const listingAgeHours = style.listingAgeHours?.() ?? this.legitListingAge(seller, t);
    const user = (this.buyers[buyer] as Account).user;
    const card = this.cardOf(user);
    const order = this.addOrder({ t, buyer, seller, category, priceRatio: ratio, quantity, listingAgeHours, card, typology: 'legit', segment: style.segment });
    if (this.rng.chance(0.35)) this.review(order, 'buyer', t + 72 + this.rng.exponential(48));
    if (this.rng.chance(0.2)) this.review(order, 'seller', t + 72 + this.rng.exponential(48));
    if (this.rng.chance(this.disputeRateOf(user))) this.dispute(order, this.rng.chance(0.8) ? 'buyer' : 'chargeback', t + this.rng.logNormal(6 * DAY, 0.7));
    return order;
  }

  /**
   * A buyer's legitimate shopping over the simulation: Poisson sessions by local time plus any
   * `extraSessions`; a session holds several orders within minutes, often from the same shop;
   * regulars re-buy from favourite sellers.
   */
  shop(buyerId: number, ordersPerDay: number, style: ShoppingStyle = {}, extraSessions: readonly number[] = []): void {
    const buyer = this.buyers[buyerId] as Account;
    const activeFrom = Math.max(0, buyer.createdAt);
    const sessions = [...extraSessions.filter((t) => t >= activeFrom && t < this.horizon)];
    const sessionCount = this.rng.poisson((ordersPerDay * (this.horizon - activeFrom)) / DAY);
    for (let s = 0; s < sessionCount; s++) sessions.push(this.shoppingTime(buyer.market, activeFrom, this.horizon));
    sessions.sort((a, b) => a - b);
    const favourites: number[] = [];
    for (const start of sessions) {
      let t = start;
      let previous = -1;
      for (let k = 0; k < 6 && t < this.horizon; k++) {
        const seller =
          previous >= 0 && this.rng.chance(style.bundleRate ?? 0.5)
            ? previous // bundle: a second item from the same shop
            : favourites.length > 0 && this.rng.chance(style.favouriteRate ?? 0.25)
              ? this.rng.pick(favourites)
              : this.pickSeller(buyer.market, t, buyer.user);
        if (!favourites.includes(seller)) favourites.push(seller);
        this.legitOrder(t, buyerId, seller, style);
        previous = seller;
        if (!this.rng.chance(style.sessionContinueRate ?? 0.3)) break;
        t += this.rng.logNormal(10, 0.8) / 60;
      }
    }
  }
}

/** How a legitimate segment shops; every field defaults to the ordinary buyer's habit. */
export interface ShoppingStyle {
  segment?: LegitSegment; // the orders' segment when not the buyer's own
  categories?: readonly number[]; // weights over CATEGORIES
  priceMedian?: number; // of listing price / category median
  priceSigma?: number;
  bulkRate?: number; // orders of 2–3 units
  bundleRate?: number; // a session's next order from the same shop
  favouriteRate?: number;
  sessionContinueRate?: number;
  listingAgeHours?: () => number;
}

export function simulateMarketplace(config: SimulationConfig = DEFAULT_SIMULATION): Simulation {
  return new MarketplaceSimulator(config).run();
}
