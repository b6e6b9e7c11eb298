// The marketplace's people: a seller pool with heavy-tailed popularity, and buyers who carry their
// own device, card and currency. Scenarios (legit-segments.ts, fraud-typologies.ts) act through these.

import type { Random } from './random';
import { CATEGORIES, CURRENCIES, DAY, WARMUP_DAYS, dayMoment, type Currency, type Order, type OrderSpec, type World } from './world';

export interface Person {
  account: number;
  device: number;
  card: number;
  currency: Currency;
}

interface PoolSeller {
  account: number;
  createdAt: number;
}

export class Market {
  private readonly pools = new Map<string, { sellers: PoolSeller[]; cumulative: number[] }>();

  constructor(
    readonly world: World,
    readonly random: Random,
  ) {
    for (const c of CURRENCIES) this.pools.set(c.code, { sellers: [], cumulative: [] });
  }

  currency(): Currency {
    return CURRENCIES[this.random.weighted(CURRENCIES.map((c) => c.share))]!;
  }

  category(names?: readonly string[]): string {
    const options = names ? CATEGORIES.filter((c) => names.includes(c.name)) : CATEGORIES;
    return options[this.random.weighted(options.map((c) => c.popularity))]!.name;
  }

  /** An ordinary listing price relative to the median of `category`. */
  priceFactor(category: string): number {
    return this.random.logNormal(1, this.world.category(category).spread);
  }

  /** Creation time of an account that is `ageDays` old at day 0. */
  static bornAgo(ageDays: number): number {
    return -ageDays * DAY;
  }

  /**
   * A person with a device first seen at sign-up (or, for old accounts, when they last changed
   * phones) and one card. History older than the warm-up is summarised as counts at `ordersPerDay`.
   */
  person(createdAt: number, currency: Currency = this.currency(), ordersPerDay = 0.05, device = this.world.key()): Person {
    const r = this.random;
    const warmupStart = -WARMUP_DAYS * DAY;
    const legacyDays = Math.max(0, (warmupStart - createdAt) / DAY);
    const legacyOrders = r.poisson(ordersPerDay * legacyDays);
    const account = this.world.account(createdAt, currency, { orders: legacyOrders, disputes: r.poisson(legacyOrders * 0.008) });
    const deviceSince = legacyDays > 0 && r.chance(0.7) ? Math.max(createdAt, warmupStart - r.uniform(0, 700) * DAY) : createdAt;
    this.world.seeDevice(account, device, deviceSince);
    return { account, device, card: this.world.key(), currency };
  }

  /** Makes `account` a seller buyers can find, with `weight` its share of attention. */
  addSeller(account: number, weight: number, salesPerDay = weight * 0.2): void {
    const a = this.world.accounts[account]!;
    const legacyDays = Math.max(0, (-WARMUP_DAYS * DAY - a.createdAt) / DAY);
    a.legacySales += this.random.poisson(Math.min(salesPerDay, 20) * legacyDays * 0.6);
    const pool = this.pools.get(a.currency.code)!;
    pool.sellers.push({ account, createdAt: a.createdAt });
    pool.cumulative.push((pool.cumulative.at(-1) ?? 0) + weight);
  }

  /** A seller in `currency`, by popularity, that existed a few hours before `at`. */
  seller(currency: Currency, at: number, not?: number): number {
    const pool = this.pools.get(currency.code)!;
    const total = pool.cumulative.at(-1)!;
    for (;;) {
      const x = this.random.next() * total;
      let lo = 0;
      let hi = pool.cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (pool.cumulative[mid]! <= x) lo = mid + 1;
        else hi = mid;
      }
      const s = pool.sellers[lo]!;
      if (s.createdAt < at - 6 && s.account !== not) return s.account;
    }
  }

  /** The buyer opens the app on its device shortly before paying, then buys. */
  buy(person: Person, at: number, spec: Omit<OrderSpec, 'buyer' | 'seller' | 'card' | 'at' | 'category' | 'priceFactor'> & Partial<OrderSpec>): Order {
    const category = spec.category ?? this.category();
    const createdAt = this.world.accounts[person.account]!.createdAt;
    this.world.seeDevice(person.account, person.device, Math.max(createdAt, at - this.random.uniform(0.02, 0.5)));
    return this.world.order({
      ...spec,
      buyer: person.account,
      seller: spec.seller ?? this.seller(person.currency, at, person.account),
      card: spec.card ?? person.card,
      at,
      category,
      priceFactor: spec.priceFactor ?? this.priceFactor(category),
    });
  }

  /** Moments of a Poisson stream of purchases over [from, to) days, following the daily rhythm. */
  moments(currency: Currency, perDay: number, fromDay: number, toDay: number): number[] {
    const n = this.random.poisson(perDay * Math.max(0, toDay - fromDay));
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      const t = dayMoment(this.random, Math.floor(this.random.uniform(fromDay, toDay)), currency);
      if (t > fromDay * DAY && t < toDay * DAY) out.push(t);
    }
    return out.sort((a, b) => a - b);
  }
}
