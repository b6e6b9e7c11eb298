// Simulates who buys what from whom and when: legitimate shoppers plus the fraud typologies
// documented in fraud-models/README.md. It emits raw order events only; features are derived
// afterwards from the event history (history.ts), as serving derives them from the database.

import { CATEGORIES, LOCAL_HOUR_WEIGHTS, MARKETS, categoryIndex, type Category, type Market } from './catalog';
import { Rng, WeightedIndex } from './prng';

export const FRAUD_TYPOLOGIES = [
  'stolen_card_burst',
  'new_account_high_value',
  'collusion',
  'account_takeover_velocity',
] as const;
export type FraudTypology = (typeof FRAUD_TYPOLOGIES)[number];
export type Typology = 'legit' | FraudTypology;

export interface Account {
  market: number; // index into MARKETS
  createdAt: number; // hours relative to the simulation start; negative = existed before it
  ordersBefore: number; // buyer: orders placed before the simulation; seller: sales completed before it
}

export interface OrderEvent {
  t: number; // hours since the simulation start
  buyer: number;
  seller: number;
  amountMinor: number;
  currencyExponent: number;
  listingAgeHours: number;
  priceVsCategoryMedian: number;
  typology: Typology;
}

export interface SimulationConfig {
  seed: number;
  days: number;
  buyers: number; // legitimate buyer accounts; fraud incidents scale with buyers × days
  sellers: number;
}

export const DEFAULT_SIMULATION: SimulationConfig = { seed: 20_240_917, days: 60, buyers: 30_000, sellers: 6_000 };

export interface Simulation {
  config: SimulationConfig;
  buyers: Account[];
  sellers: Account[];
  orders: OrderEvent[]; // sorted by time
}

// Incidents per 30,000 buyers over 60 days, tuned so that ~1.5% of orders are fraud.
const INCIDENTS_AT_REFERENCE_SCALE: Record<FraudTypology, number> = {
  stolen_card_burst: 150,
  new_account_high_value: 400,
  collusion: 70,
  account_takeover_velocity: 25,
};

const UNKNOWN_MEDIAN_RATE = 0.03; // thin category+currency combinations report a ratio of 1
const DAY = 24;

function categoryWeights(preferences: Record<string, number>): number[] {
  const weights = CATEGORIES.map(() => 0);
  for (const [name, weight] of Object.entries(preferences)) weights[categoryIndex(name)] = weight;
  return weights;
}

const LEGIT_CATEGORY_WEIGHTS = CATEGORIES.map((c) => c.share);
const MARKET_WEIGHTS = MARKETS.map((m) => m.share);

class MarketplaceSimulator {
  private readonly rng: Rng;
  private readonly horizon: number;
  readonly buyers: Account[] = [];
  readonly sellers: Account[] = [];
  readonly orders: OrderEvent[] = [];
  private legitBuyerCount = 0;
  private sellerPickers: WeightedIndex[] = [];
  private sellersByMarket: number[][] = [];

  constructor(private readonly config: SimulationConfig) {
    this.rng = new Rng(config.seed);
    this.horizon = config.days * DAY;
  }

  run(): Simulation {
    this.createSellers();
    this.createLegitBuyersAndOrders();
    const scale =
      (this.config.buyers / DEFAULT_SIMULATION.buyers) * (this.config.days / DEFAULT_SIMULATION.days);
    const count = (typology: FraudTypology) =>
      Math.round(INCIDENTS_AT_REFERENCE_SCALE[typology] * scale);
    for (let i = 0; i < count('stolen_card_burst'); i++) this.stolenCardBurst();
    for (let i = 0; i < count('new_account_high_value'); i++) this.newAccountHighValue();
    for (let i = 0; i < count('collusion'); i++) this.collusion();
    for (let i = 0; i < count('account_takeover_velocity'); i++) this.accountTakeover();
    // Array.prototype.sort is stable, so equal timestamps keep generation order: deterministic.
    this.orders.sort((a, b) => a.t - b.t);
    return { config: this.config, buyers: this.buyers, sellers: this.sellers, orders: this.orders };
  }

  // ---- population -------------------------------------------------------------------------

  /** Account creation time: some join during the simulation, the rest have a log-normal age. */
  private createdAt(joinRate: number, medianAgeDays: number): number {
    if (this.rng.chance(joinRate)) return this.rng.uniform(0, this.horizon);
    return -Math.min(3650, this.rng.logNormal(medianAgeDays, 1)) * DAY;
  }

  private ageDaysAtStart(account: Account): number {
    return Math.max(0, -account.createdAt / DAY);
  }

  private createSellers(): void {
    const popularity: number[] = [];
    for (let i = 0; i < this.config.sellers; i++) {
      const market = this.rng.weighted(MARKET_WEIGHTS);
      const seller: Account = { market, createdAt: this.createdAt(0.15, 500), ordersBefore: 0 };
      const salesPerDay = this.rng.logNormal(0.08, 1.2);
      seller.ordersBefore = this.rng.poisson(salesPerDay * this.ageDaysAtStart(seller));
      this.sellers.push(seller);
      popularity.push(salesPerDay);
    }
    // Pickers cover legitimate sellers only; colluding sellers added later get no organic traffic.
    this.sellersByMarket = MARKETS.map((_, m) => this.sellers.flatMap((s, i) => (s.market === m ? [i] : [])));
    this.sellerPickers = this.sellersByMarket.map((ids) => new WeightedIndex(ids.map((i) => popularity[i] as number)));
  }

  /** A popularity-weighted seller of the market whose account exists at time t. */
  private pickSeller(market: number, t: number): number {
    const ids = this.sellersByMarket[market] as number[];
    const picker = this.sellerPickers[market] as WeightedIndex;
    for (;;) {
      const id = ids[picker.sample(this.rng)] as number;
      if ((this.sellers[id] as Account).createdAt <= t) return id;
    }
  }

  private newBuyer(market: number, createdAt: number): number {
    this.buyers.push({ market, createdAt, ordersBefore: 0 });
    return this.buyers.length - 1;
  }

  /** An established legitimate buyer of the market, at least minAgeDays old at time t. */
  private existingBuyer(market: number, t: number, minAgeDays: number): number {
    for (;;) {
      const id = this.rng.int(0, this.legitBuyerCount - 1);
      const buyer = this.buyers[id] as Account;
      if (buyer.market === market && buyer.createdAt <= t - minAgeDays * DAY) return id;
    }
  }

  // ---- time -------------------------------------------------------------------------------

  /** A time in [from, to) following the market's local shopping rhythm. */
  private shoppingTime(market: number, from: number, to: number): number {
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

  // ---- orders -----------------------------------------------------------------------------

  private legitListingAge(seller: number, t: number): number {
    const sellerAgeHours = t - (this.sellers[seller] as Account).createdAt;
    return Math.min(this.rng.logNormal(60, 1.6), sellerAgeHours);
  }

  private addOrder(order: {
    t: number;
    buyer: number;
    seller: number;
    category: number;
    priceRatio: number; // listing price / category median
    quantity: number;
    listingAgeHours: number;
    typology: Typology;
  }): void {
    const market = MARKETS[(this.buyers[order.buyer] as Account).market] as Market;
    const minorPerMajor = 10 ** market.exponent;
    const medianMinor = (CATEGORIES[order.category] as Category).medianEur * market.perEur * minorPerMajor;
    const priceMinor = Math.max(1, Math.round(medianMinor * order.priceRatio));
    this.orders.push({
      t: order.t,
      buyer: order.buyer,
      seller: order.seller,
      amountMinor: priceMinor * order.quantity,
      currencyExponent: market.exponent,
      listingAgeHours: order.listingAgeHours,
      priceVsCategoryMedian: this.rng.chance(UNKNOWN_MEDIAN_RATE) ? 1 : priceMinor / medianMinor,
      typology: order.typology,
    });
  }

  private legitOrder(t: number, buyer: number, seller: number): void {
    const category = this.rng.weighted(LEGIT_CATEGORY_WEIGHTS);
    const ratio = this.rng.logNormal(1, (CATEGORIES[category] as Category).spread);
    const quantity = this.rng.chance(0.88) ? 1 : this.rng.int(2, 3);
    const listingAgeHours = this.legitListingAge(seller, t);
    this.addOrder({ t, buyer, seller, category, priceRatio: ratio, quantity, listingAgeHours, typology: 'legit' });
  }

  /**
   * Legitimate demand includes the look-alikes that make fraud hard: brand-new accounts buying
   * right after sign-up, multi-order shopping sessions, regulars re-buying from favourite
   * sellers, and a few high-velocity power buyers (resellers).
   */
  private createLegitBuyersAndOrders(): void {
    for (let i = 0; i < this.config.buyers; i++) {
      const market = this.rng.weighted(MARKET_WEIGHTS);
      const buyerId = this.newBuyer(market, this.createdAt(0.2, 400));
      const buyer = this.buyers[buyerId] as Account;
      const powerBuyer = this.rng.chance(0.003);
      const ordersPerDay = powerBuyer ? this.rng.logNormal(1.2, 0.5) : this.rng.logNormal(0.035, 1);
      buyer.ordersBefore = this.rng.poisson(ordersPerDay * this.ageDaysAtStart(buyer));

      const activeFrom = Math.max(0, buyer.createdAt);
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
                : this.pickSeller(market, t);
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

  // ---- fraud typologies (see README.md) ---------------------------------------------------

  /** Stolen card: a throw-away account buys resellable goods from many sellers within hours. */
  private stolenCardBurst(): void {
    // EUR, USD, GBP, JPY: stolen card data is mostly Western, so JPY sees few bursts.
    const market = this.rng.weighted([0.45, 0.35, 0.15, 0.05]);
    const duration = this.rng.uniform(0.5, 10);
    const t0 = this.rng.uniform(0, this.horizon - duration);
    // A quarter of rings age their accounts for a few weeks to get past "new account" rules.
    const aged = this.rng.chance(0.25);
    const createdAt = aged ? t0 - this.rng.uniform(3, 30) * DAY : t0 - this.rng.uniform(0.1, 48);
    const buyer = this.newBuyer(market, createdAt);
    const categories = categoryWeights({ electronics: 0.45, gift_cards: 0.3, tickets: 0.15, fashion: 0.1 });
    const count = Math.min(20, 3 + this.rng.poisson(4));
    const times = Array.from({ length: count }, () => t0 + this.rng.uniform(0, duration));
    for (const t of times.sort((a, b) => a - b)) {
      const seller = this.pickSeller(market, t);
      const quantity = this.rng.chance(0.15) ? 2 : 1;
      const category = this.rng.weighted(categories);
      const priceRatio = this.rng.logNormal(1.3, 0.5);
      const listingAgeHours = this.legitListingAge(seller, t);
      this.addOrder({ t, buyer, seller, category, priceRatio, quantity, listingAgeHours, typology: 'stolen_card_burst' });
    }
  }

  /** A new account's first purchase is an expensive item, paid with a stolen card. */
  private newAccountHighValue(): void {
    const market = this.rng.weighted(MARKET_WEIGHTS);
    const t = this.rng.chance(0.5) ? this.shoppingTime(market, 0, this.horizon) : this.rng.uniform(0, this.horizon);
    const buyer = this.newBuyer(market, t - this.rng.uniform(0.05, 72));
    const categories = categoryWeights({ electronics: 0.6, collectibles: 0.2, tickets: 0.2 });
    const times = this.rng.chance(0.2) ? [t, t + this.rng.uniform(0.5, 12)] : [t];
    for (const time of times.filter((x) => x < this.horizon)) {
      const seller = this.pickSeller(market, time);
      const category = this.rng.weighted(categories);
      const priceRatio = this.rng.logNormal(3, 0.5);
      const listingAgeHours = this.legitListingAge(seller, time);
      this.addOrder({ t: time, buyer, seller, category, priceRatio, quantity: 1, listingAgeHours, typology: 'new_account_high_value' });
    }
  }

  /**
   * Collusion: a brand-new seller and a buyer trade repeatedly at prices far from the category
   * median (laundering when over-priced, triangulation when under-priced), on listings created
   * just for the buyer; the completed sales also inflate the seller's reputation.
   */
  private collusion(): void {
    const market = this.rng.weighted(MARKET_WEIGHTS);
    const t0 = this.rng.uniform(0, this.horizon - 3 * DAY);
    this.sellers.push({ market, createdAt: t0 - this.rng.uniform(0.5, 14) * DAY, ordersBefore: 0 });
    const seller = this.sellers.length - 1;
    const buyer = this.rng.chance(0.7)
      ? this.newBuyer(market, t0 - this.rng.uniform(0.2, 20) * DAY)
      : this.existingBuyer(market, t0, 0); // a mule recruited among ordinary accounts
    const overpriced = this.rng.chance(0.6);
    const category = this.rng.weighted(categoryWeights({ collectibles: 0.4, electronics: 0.3, gift_cards: 0.3 }));
    const count = Math.min(12, 3 + this.rng.poisson(3));
    let t = t0;
    for (let k = 0; k < count && t < this.horizon; k++) {
      const priceRatio = overpriced ? this.rng.logNormal(8, 0.5) : this.rng.logNormal(0.12, 0.4);
      const listingAgeHours = Math.min(this.rng.logNormal(1.5, 1), t - (this.sellers[seller] as Account).createdAt);
      this.addOrder({ t, buyer, seller, category, priceRatio, quantity: 1, listingAgeHours, typology: 'collusion' });
      t += 1 + this.rng.exponential(20);
    }
  }

  /** Account takeover: an established account suddenly places many cash-out orders in hours. */
  private accountTakeover(): void {
    const market = this.rng.weighted(MARKET_WEIGHTS);
    const duration = this.rng.uniform(1, 12);
    const t0 = this.rng.uniform(0, this.horizon - duration);
    const buyer = this.existingBuyer(market, t0, 30);
    const categories = categoryWeights({ gift_cards: 0.5, electronics: 0.4, tickets: 0.1 });
    const count = Math.min(30, 6 + this.rng.poisson(8));
    const times = Array.from({ length: count }, () => t0 + this.rng.uniform(0, duration));
    const used: number[] = [];
    for (const t of times.sort((a, b) => a - b)) {
      const seller = used.length > 0 && this.rng.chance(0.5) ? this.rng.pick(used) : this.pickSeller(market, t);
      used.push(seller);
      const quantity = this.rng.chance(0.3) ? this.rng.int(2, 5) : 1;
      const category = this.rng.weighted(categories);
      const priceRatio = this.rng.logNormal(1, 0.4);
      const listingAgeHours = this.legitListingAge(seller, t);
      this.addOrder({ t, buyer, seller, category, priceRatio, quantity, listingAgeHours, typology: 'account_takeover_velocity' });
    }
  }
}

export function simulateMarketplace(config: SimulationConfig = DEFAULT_SIMULATION): Simulation {
  return new MarketplaceSimulator(config).run();
}
