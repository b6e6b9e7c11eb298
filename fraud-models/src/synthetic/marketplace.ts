// Simulates who buys what from whom and when: legitimate shoppers plus the fraud typologies
// documented in fraud-models/README.md (typologies.ts). It emits raw facts only — accounts,
// devices, payout changes, orders, reviews — and features are derived afterwards from that
// history (history.ts), as serving derives them from the database.

import { CATEGORIES, LOCAL_HOUR_WEIGHTS, MARKETS, MARKET_WEIGHTS, medianMinor, type Category, type Market } from './catalog';
import { Rng, WeightedIndex } from './prng';
import { FRAUD_TYPOLOGIES, INCIDENTS_AT_REFERENCE_SCALE, TYPOLOGY_SIMULATORS, type FraudTypology } from './typologies';

export { FRAUD_TYPOLOGIES, type FraudTypology } from './typologies';
export type Typology = 'legit' | FraudTypology;

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
  private legitBuyerCount = 0;
  private sellerPickers: WeightedIndex[] = [];
  private sellersByMarket: number[][] = [];
  private nextDevice = 0;
  private nextCard = 0;
  private readonly ownCard = new Map<number, number>(); // user → the card they usually pay with

  constructor(readonly config: SimulationConfig) {
    this.rng = new Rng(config.seed);
    this.horizon = config.days * DAY;
  }

  run(): Simulation {
    this.createSellers();
    this.createLegitBuyersAndOrders();
    const scale = (this.config.buyers / DEFAULT_SIMULATION.buyers) * (this.config.days / DEFAULT_SIMULATION.days);
    for (const typology of FRAUD_TYPOLOGIES) {
      const count = Math.round(INCIDENTS_AT_REFERENCE_SCALE[typology] * scale);
      for (let i = 0; i < count; i++) TYPOLOGY_SIMULATORS[typology](this);
    }
    // Array.prototype.sort is stable, so equal timestamps keep generation order: deterministic.
    this.orders.sort((a, b) => a.t - b.t);
    const { config, users, buyers, sellers, orders, reviews } = this;
    return { config, users, buyers, sellers, orders, reviews };
  }

  // ---- population -------------------------------------------------------------------------

  /** Account creation time: some join during the simulation, the rest have a log-normal age. */
  private createdAt(joinRate: number, medianAgeDays: number): number {
    if (this.rng.chance(joinRate)) return this.rng.uniform(0, this.horizon);
    return -Math.min(3650, this.rng.logNormal(medianAgeDays, 1)) * DAY;
  }

  /** Days of pre-simulation history that count: the prehistory sits before the gap. */
  private historyDays(account: Account): number {
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

  /** The card a user normally pays with; a few households share one. */
  cardOf(user: number): number {
    let card = this.ownCard.get(user);
    if (card === undefined) {
      card = this.ownCard.size > 0 && this.rng.chance(0.01) ? this.rng.pick([...this.ownCard.values()].slice(-50)) : this.newCard();
      this.ownCard.set(user, card);
    }
    return card;
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
    this.sellers.push({ user, market: u.market, createdAt: u.createdAt, ordersBefore: 0 });
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

  buyerAccount(user: number): number {
    const u = this.user(user);
    this.buyers.push({ user, market: u.market, createdAt: u.createdAt, ordersBefore: 0 });
    return this.buyers.length - 1;
  }

  newBuyer(market: number, createdAt: number): number {
    return this.buyerAccount(this.newUser(market, createdAt));
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
  }): OrderEvent {
    const market = (this.buyers[order.buyer] as Account).market;
    const median = medianMinor(order.category, market);
    const listingPriceMinor = Math.max(1, Math.round(median * order.priceRatio));
    const event: OrderEvent = {
      id: this.orders.length,
      t: order.t,
      buyer: order.buyer,
      seller: order.seller,
      category: order.category,
      listingPriceMinor,
      amountMinor: listingPriceMinor * order.quantity,
      currencyExponent: (MARKETS[market] as Market).exponent,
      listingAgeHours: order.listingAgeHours,
      card: order.card,
      typology: order.typology,
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

  legitOrder(t: number, buyer: number, seller: number): OrderEvent {
    const category = this.rng.weighted(LEGIT_CATEGORY_WEIGHTS);
    const ratio = this.rng.logNormal(1, (CATEGORIES[category] as Category).spread);
    const quantity = this.rng.chance(0.88) ? 1 : this.rng.int(2, 3);
    const listingAgeHours = this.legitListingAge(seller, t);
    const card = this.cardOf((this.buyers[buyer] as Account).user);
    const order = this.addOrder({ t, buyer, seller, category, priceRatio: ratio, quantity, listingAgeHours, card, typology: 'legit' });
    // Reviews come after delivery, from some buyers and fewer sellers.
    if (this.rng.chance(0.35)) this.review(order, 'buyer', t + 72 + this.rng.exponential(48));
    if (this.rng.chance(0.2)) this.review(order, 'seller', t + 72 + this.rng.exponential(48));
    return order;
  }

  /**
   * Legitimate demand includes the look-alikes that make fraud hard: brand-new accounts buying
   * right after sign-up, multi-order shopping sessions, regulars re-buying from favourite
   * sellers, a few high-velocity power buyers (resellers), sellers who also buy, new phones,
   * shared family devices and cards, payout details entered before a first sale.
   */
  private createLegitBuyersAndOrders(): void {
    for (let i = 0; i < this.config.buyers; i++) {
      const market = this.rng.weighted(MARKET_WEIGHTS);
      // One in ten buyers is a seller who also shops.
      const sellerUser = this.rng.chance(0.1) ? (this.sellers[this.rng.pick(this.sellersByMarket[market] as number[])] as Account).user : -1;
      const user = sellerUser >= 0 ? sellerUser : this.newUser(market, this.createdAt(0.2, 400));
      const buyerId = this.buyerAccount(user);
      const buyer = this.buyers[buyerId] as Account;
      const u = this.user(user);
      const activeFrom = Math.max(0, buyer.createdAt);
      if (this.rng.chance(0.08)) u.devices.push({ id: this.newDevice(), t: this.rng.uniform(activeFrom, this.horizon) });
      if (i > 0 && this.rng.chance(0.02)) {
        // A family computer: the device of another account, seen once both exist.
        const other = this.user((this.buyers[this.rng.int(0, i - 1)] as Account).user);
        const device = this.rng.pick(other.devices);
        u.devices.push({ id: device.id, t: this.rng.uniform(Math.max(activeFrom, device.t), Math.max(activeFrom, device.t) + this.horizon) });
      }
      if (sellerUser < 0 && this.rng.chance(0.03)) this.changePayoutDetails(user, this.rng.uniform(activeFrom, this.horizon));

      const powerBuyer = this.rng.chance(0.003);
      const ordersPerDay = powerBuyer ? this.rng.logNormal(1.2, 0.5) : this.rng.logNormal(0.035, 1);
      buyer.ordersBefore = this.rng.poisson(ordersPerDay * this.historyDays(buyer));

      const sessions: number[] = [];
      const sessionCount = this.rng.poisson((ordersPerDay * (this.horizon - activeFrom)) / DAY);
      for (let s = 0; s < sessionCount; s++) sessions.push(this.shoppingTime(market, activeFrom, this.horizon));
      // Many people sign up because they want to buy something now.
      if (buyer.createdAt > 0 && this.rng.chance(0.7)) {
        const first = buyer.createdAt + this.rng.exponential(6);
        if (first < this.horizon) sessions.push(first);
      }
      sessions.sort((a, b) => a - b);

      const favourites: number[] = [];
      for (const start of sessions) {
        let t = start;
        let previous = -1;
        for (let k = 0; k < 6 && t < this.horizon; k++) {
          const seller =
            previous >= 0 && this.rng.chance(0.5)
              ? previous // bundle: a second item from the same shop
              : favourites.length > 0 && this.rng.chance(0.25)
                ? this.rng.pick(favourites)
                : this.pickSeller(market, t, user);
          if (!favourites.includes(seller)) favourites.push(seller);
          this.legitOrder(t, buyerId, seller);
          previous = seller;
          if (!this.rng.chance(0.3)) break;
          t += this.rng.uniform(2, 40) / 60;
        }
      }
    }
    this.legitBuyerCount = this.buyers.length;
  }
}

export function simulateMarketplace(config: SimulationConfig = DEFAULT_SIMULATION): Simulation {
  return new MarketplaceSimulator(config).run();
}
