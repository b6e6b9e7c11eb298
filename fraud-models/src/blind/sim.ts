// What every scenario needs on top of the event log: a pool of honest sellers and background buyers,
// and an ordinary purchase with its delivery, review and (rarely) dispute.

import { DAY, HOUR, WARMUP_START, WINDOW_END, dayOf, pickCategory, pickCurrency, priceMinor, shoppingMoment } from './market';
import { type Rand, chance, exponential, logNormal, pick, uniform } from './prng';
import { type Account, type Listing, type Order, type RowTruth, World } from './world';

export interface Person {
  account: Account;
  currency: number;
  card: number;
}

export interface PurchaseOptions {
  seller?: Account;
  category?: number;
  ratio?: number; // price relative to the category's market price
  sigma?: number;
  listing?: Listing;
  listingAgeHours?: number;
  card?: number;
  truth?: RowTruth | null;
  /** What happens after payment: delivered (default), never delivered, refunded. */
  outcome?: 'delivered' | 'open' | 'refunded';
  reviewChance?: number;
  disputeAfterDays?: number; // the buyer opens a dispute (or chargeback) this many days after paying
}

export class Sim {
  readonly world: World;
  private readonly sellers: Account[][] = [];
  private readonly sellerWeights: number[][] = []; // cumulative
  private readonly background: Person[][] = [[], [], [], []];

  constructor(
    readonly r: Rand,
    sellersPerCurrency: number,
  ) {
    this.world = new World(r);
    for (let c = 0; c < 4; c++) {
      const pool: Account[] = [];
      const n = Math.max(20, Math.round(sellersPerCurrency * [1, 0.7, 0.4, 0.3][c]!));
      for (let i = 0; i < n; i++) {
        const ageDays = Math.min(2500, logNormal(r, 300, 1.1));
        const baseSales = Math.round(logNormal(r, 15, 1.3) * Math.min(1, ageDays / 365));
        pool.push(this.world.account(WARMUP_START - ageDays * DAY, { baseSales, baseOrders: Math.round(logNormal(r, 8, 1)) }));
      }
      this.sellers.push(pool);
      let total = 0;
      this.sellerWeights.push(pool.map((_, i) => (total += 1 / (i + 3))));
    }
  }

  /** An honest seller, popular ones more often (Zipf-like). */
  seller(currency: number): Account {
    const cumulative = this.sellerWeights[currency]!;
    const x = this.r() * cumulative[cumulative.length - 1]!;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    return this.sellers[currency]![lo]!;
  }

  /** A counterparty whose own orders give no rows: someone buying from a scenario's seller. A pool of
   * ordinary established accounts, grown on demand up to `cap` per currency. */
  backgroundBuyer(currency: number, cap = 400): Person {
    const pool = this.background[currency]!;
    if (pool.length < cap && (pool.length === 0 || chance(this.r, 0.3))) pool.push(this.established(WARMUP_START, logNormal(this.r, 400, 0.8), { currency }));
    return pick(this.r, pool);
  }

  /** A person with an account created at `createdAt`, their own device and card. */
  person(createdAt: number, opts: { currency?: number; device?: number | null; baseOrders?: number; baseSales?: number } = {}): Person {
    const account = this.world.account(createdAt, opts);
    return { account, currency: opts.currency ?? pickCurrency(this.r), card: this.world.newHash() };
  }

  /** Days-old account created `ageDays` before `at`, with pre-log history proportional to its age. */
  established(at: number, ageDays: number, opts: { currency?: number; device?: number | null; ordersPerYear?: number } = {}): Person {
    const createdAt = at - ageDays * DAY;
    const before = Math.max(0, (WARMUP_START - createdAt) / DAY);
    const p = this.person(createdAt, { ...opts, baseOrders: Math.round((before / 365) * (opts.ordersPerYear ?? logNormal(this.r, 8, 0.8))) });
    // People replace their phones every couple of years: an old account's newest device is younger than the account.
    if (opts.device === undefined && before > 365) this.world.seeDevice(p.account, this.world.newHash(), WARMUP_START - uniform(this.r, 0, Math.min(before, 900)) * DAY);
    return p;
  }

  purchase(buyer: Person, at: number, opts: PurchaseOptions = {}): Order {
    const r = this.r;
    const w = this.world;
    const seller = opts.listing ? w.accounts[opts.listing.seller]! : (opts.seller ?? this.seller(buyer.currency));
    const listing =
      opts.listing ??
      (() => {
        const category = opts.category ?? pickCategory(r);
        const ageHours = opts.listingAgeHours ?? exponential(r, 24 * 6) + 0.1;
        return w.listing(seller, at - ageHours * HOUR, category, buyer.currency, priceMinor(r, category, buyer.currency, opts.ratio ?? 1, opts.sigma));
      })();
    const outcome = opts.outcome ?? 'delivered';
    const closeAfter = outcome === 'open' ? undefined : outcome === 'refunded' ? uniform(r, 5, 30) * DAY : uniform(r, 2, 12) * DAY;
    const order = w.order(buyer.account, listing, at, { card: opts.card ?? buyer.card, closeAfter, completed: outcome === 'delivered', truth: opts.truth ?? null });
    if (outcome === 'delivered' && chance(r, opts.reviewChance ?? 0.4)) w.review(buyer.account, seller, order.closedAt + exponential(r, 2 * DAY));
    if (outcome === 'delivered' && chance(r, 0.15)) w.review(seller, buyer.account, order.closedAt + exponential(r, 2 * DAY));
    if (opts.disputeAfterDays !== undefined) w.dispute(order, order.paidAt + opts.disputeAfterDays * DAY);
    else if (chance(r, 0.006)) w.dispute(order, order.paidAt + uniform(r, 3, 25) * DAY);
    return order;
  }

  /** Ordinary orders of `buyer` at `perDay` over [from, to), as history (no rows) unless `truth`. */
  routine(buyer: Person, from: number, to: number, perDay: number, truth: RowTruth | null = null, opts: PurchaseOptions = {}): Order[] {
    const out: Order[] = [];
    for (let t = from + exponential(this.r, DAY / perDay); t < Math.min(to, WINDOW_END); t += exponential(this.r, DAY / perDay)) {
      const at = this.shift(t, buyer.currency);
      out.push(this.purchase(buyer, at < from ? t : at, { ...opts, truth }));
    }
    return out;
  }

  /** `t`'s day at a plausible local shopping hour. */
  shift(t: number, currency: number): number {
    return shoppingMoment(this.r, dayOf(t), currency);
  }
}
