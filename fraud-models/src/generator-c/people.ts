// Accounts as the simulation sees them: an account with the devices and cards it uses, and the
// one way any of them, honest or not, buys something.

import { type Category, type Fate, type SellerPool, settle } from './market';
import type { Random } from './random';
import { DAY, HOUR, type Listing, type Order, type World } from './world';

export interface Person {
  id: number;
  device: number; // the device it uses now
  cards: number[];
}

export interface Ctx {
  world: World;
  rng: Random;
  sellers: SellerPool;
}

export function person(ctx: Ctx, createdAt: number, options: { device?: number; card?: number } = {}): Person {
  const device = options.device ?? ctx.world.newDevice();
  const id = ctx.world.account(createdAt, device);
  return { id, device, cards: [options.card ?? ctx.world.newCard()] };
}

/** Move to another device (a new phone, a reset, an attacker's machine) first seen at `at`. */
export function switchDevice(ctx: Ctx, who: Person, at: number, device = ctx.world.newDevice()): void {
  who.device = device;
  ctx.world.seeDevice(who.id, device, at);
}

/** People shop more in the evening (UTC here stands for the market's local time). */
const HOUR_WEIGHTS = [1, 0.6, 0.4, 0.3, 0.3, 0.4, 0.7, 1.1, 1.5, 1.8, 2, 2.1, 2.3, 2.2, 2.1, 2.1, 2.2, 2.4, 2.8, 3.2, 3.4, 3.1, 2.5, 1.6];
const HOUR_TOTAL = HOUR_WEIGHTS.reduce((a, b) => a + b, 0);

/** A moment on day floor(at) at a diurnal hour. */
export function diurnal(rng: Random, at: number): number {
  let u = rng.next() * HOUR_TOTAL;
  let hour = 0;
  while (hour < 23 && (u -= HOUR_WEIGHTS[hour] as number) > 0) hour++;
  return Math.floor(at / DAY) * DAY + (hour + rng.next()) * HOUR;
}

/** Poisson arrival times at `perDay` over [from, to), each moved to a diurnal hour of its day. */
export function arrivals(rng: Random, perDay: number, from: number, to: number): number[] {
  const times: number[] = [];
  if (to <= from || perDay <= 0) return times;
  for (let t = from + rng.exponential(1 / perDay) * DAY; t < to; t += rng.exponential(1 / perDay) * DAY) {
    const at = diurnal(rng, t);
    if (at >= from && at < to) times.push(at);
  }
  return times;
}

export interface Purchase {
  listing?: Listing;
  category?: Category;
  multiple?: number;
  ageHours?: number;
  card?: number;
  fate?: Fate;
}

export function buy(ctx: Ctx, who: Person, at: number, typology: string, segment: string, purchase: Purchase = {}): Order {
  const listing =
    purchase.listing ??
    ctx.sellers.listingFor(ctx.sellers.pick(at, purchase.category), at, { category: purchase.category, multiple: purchase.multiple, ageHours: purchase.ageHours });
  const order = ctx.world.order(who.id, listing, at, purchase.card ?? ctx.rng.pick(who.cards), who.device, typology, segment);
  settle(ctx.world, ctx.rng, order, purchase.fate);
  return order;
}
