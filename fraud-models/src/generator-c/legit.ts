// Legitimate segments. Several are built to look like fraud on one or two signals (new accounts
// buying within hours, shared devices, bursts to many sellers, far-above-median prices, new devices
// with payout changes, brand-new sellers): the model must learn that one odd signal is not fraud.

import { ALL_CATEGORIES, type Category, CHEAP_CATEGORIES, END, pickCurrency, type Seller, WARM_UP_DAYS } from './market';
import { arrivals, buy, type Ctx, diurnal, type Person, person, switchDevice } from './people';
import { DAY, HOUR } from './world';

const START = -WARM_UP_DAYS * DAY;
const LEGIT = 'legit';

/** An account's creation: mostly long-standing, `freshShare` of them joining during the window. */
function createdAt(ctx: Ctx, freshShare: number): number {
  return ctx.rng.chance(freshShare) ? ctx.rng.uniform(START, END - DAY) : -ctx.rng.logUniform(20, 2500) * DAY;
}

/** Ordinary life of an account from its creation to the end: orders at its own rate, sometimes a
 * new phone, a second card, a payout change. */
function ordinaryLife(ctx: Ctx, who: Person, created: number, perDay: number, segment: string, categories?: readonly Category[], multiple?: () => number): void {
  const { rng, world } = ctx;
  if (rng.chance(0.3)) switchDevice(ctx, who, rng.uniform(created, END));
  if (rng.chance(0.3)) who.cards.push(world.newCard());
  if (rng.chance(0.08)) world.changePayout(who.id, rng.uniform(Math.max(created, START), END));
  let favourite: Seller | undefined;
  for (const at of arrivals(rng, perDay, Math.max(created + rng.exponential(3) * DAY, START), END)) {
    const category = categories ? rng.pick(categories) : undefined;
    if (!favourite || !rng.chance(0.25)) favourite = ctx.sellers.pick(at, category);
    buy(ctx, who, at, LEGIT, segment, { listing: ctx.sellers.listingFor(favourite, at, { category, multiple: multiple?.() }) });
  }
}

export function ordinary(ctx: Ctx, count: number): Person[] {
  const people: Person[] = [];
  for (let i = 0; i < count; i++) {
    const created = createdAt(ctx, 0.15);
    const who = person(ctx, created);
    ordinaryLife(ctx, who, created, ctx.rng.logNormal(0.04, 1), 'ordinary');
    people.push(who);
  }
  return people;
}

/** Sign up and buy within minutes to two days; some come back. */
export function newUsers(ctx: Ctx, count: number): void {
  const { rng } = ctx;
  for (let i = 0; i < count; i++) {
    const created = rng.uniform(0, END - 2 * DAY);
    const who = person(ctx, created);
    let at = created + rng.logUniform(0.05, 48) * HOUR;
    const orders = rng.chance(0.45) ? rng.int(2, 5) : 1;
    for (let k = 0; k < orders && at < END; k++) {
      buy(ctx, who, at, LEGIT, 'new_user', { multiple: rng.chance(0.15) ? rng.logUniform(1.5, 6) : 1 });
      at += rng.chance(0.4) ? rng.logUniform(0.1, 6) * HOUR : rng.logUniform(1, 20) * DAY;
    }
  }
}

/** 2–5 accounts on one shared device, sometimes one shared card; mostly long-standing members,
 * now and then a brand-new one (a teenager, a partner moving in). */
export function households(ctx: Ctx, count: number): void {
  const { rng, world } = ctx;
  for (let i = 0; i < count; i++) {
    const device = world.newDevice();
    const sharedCard = rng.chance(0.4) ? world.newCard() : undefined;
    const members = rng.int(2, 5);
    const newcomer = rng.chance(0.25);
    for (let m = 0; m < members; m++) {
      const fresh = newcomer && m === members - 1;
      const created = fresh ? rng.uniform(0, END - 5 * DAY) : -rng.logUniform(60, 3000) * DAY;
      const who = person(ctx, created, { device });
      if (sharedCard !== undefined) who.cards = rng.chance(0.6) ? [sharedCard] : [sharedCard, world.newCard()];
      if (fresh) {
        // The newcomer buys soon after joining, on the family device.
        for (let at = created + rng.logUniform(0.2, 72) * HOUR, k = rng.int(1, 4); k > 0 && at < END; k--, at += rng.logUniform(2, 300) * HOUR)
          buy(ctx, who, at, LEGIT, 'household');
      } else ordinaryLife(ctx, who, created, rng.logNormal(0.05, 0.8), 'household');
    }
  }
}

/** Heavy buyers: active days with several orders to different sellers within hours. */
export function powerBuyers(ctx: Ctx, count: number): void {
  const { rng } = ctx;
  for (let i = 0; i < count; i++) {
    const who = person(ctx, -rng.logUniform(60, 2000) * DAY);
    const activeDays = rng.uniform(0.15, 0.6);
    for (let day = -WARM_UP_DAYS; day < END / DAY; day++) {
      if (!rng.chance(activeDays)) continue;
      let at = diurnal(rng, day * DAY);
      for (let k = rng.int(1, 9); k > 0 && at < END; k--, at += rng.logUniform(0.05, 3) * HOUR) buy(ctx, who, at, LEGIT, 'power_buyer');
    }
  }
}

/** Buy to resell: they buy often (cheap to mid goods) and sell a lot, so buyer_sales_last_7d is high. */
export function resellers(ctx: Ctx, count: number): void {
  const { rng, world, sellers } = ctx;
  for (let i = 0; i < count; i++) {
    const created = createdAt(ctx, 0.1);
    const who = person(ctx, created);
    const categories = [rng.pick(ALL_CATEGORIES), rng.pick(ALL_CATEGORIES)];
    sellers.add({ id: who.id, currency: pickCurrency(rng), categories }, rng.logUniform(4, 25));
    if (rng.chance(0.4)) world.changePayout(who.id, rng.uniform(Math.max(created, START), END));
    ordinaryLife(ctx, who, created, rng.logUniform(0.2, 1.2), 'reseller', categories, () => rng.logUniform(0.5, 1.2));
  }
}

/** Collectors: expensive items far above the category median, at a calm pace. */
export function collectors(ctx: Ctx, count: number): void {
  const { rng } = ctx;
  for (let i = 0; i < count; i++) {
    const created = createdAt(ctx, 0.08);
    const who = person(ctx, created);
    ordinaryLife(ctx, who, created, rng.logUniform(0.03, 0.25), 'collector', ['watches', 'collectibles', 'sneakers', 'electronics'], () => rng.logUniform(1.5, 30));
  }
}

/** Long-standing users who get a new phone or computer in the window; some change payout details
 * within 72 hours of it (a new bank, a security clean-up), then go on buying. */
export function returningOnNewDevice(ctx: Ctx, count: number): void {
  const { rng, world } = ctx;
  for (let i = 0; i < count; i++) {
    const created = -rng.logUniform(30, 2500) * DAY;
    const who = person(ctx, created);
    const switchAt = rng.uniform(0, END - DAY);
    for (const at of arrivals(rng, rng.logNormal(0.05, 0.7), Math.max(created, START), switchAt)) buy(ctx, who, at, LEGIT, 'ordinary');
    switchDevice(ctx, who, switchAt);
    if (rng.chance(0.35)) world.changePayout(who.id, switchAt + rng.uniform(-24, 72) * HOUR);
    if (rng.chance(0.3)) who.cards.push(world.newCard());
    let at = switchAt + rng.logUniform(0.1, 96) * HOUR;
    for (let k = rng.int(1, 4); k > 0 && at < END; k--, at += rng.logUniform(0.5, 200) * HOUR)
      buy(ctx, who, at, LEGIT, 'returning_new_device', { multiple: rng.chance(0.2) ? rng.logUniform(1.2, 4) : 1 });
  }
}

/** Gift seasons: one evening of orders to many different sellers. */
export function giftBursts(ctx: Ctx, count: number): void {
  const { rng } = ctx;
  for (let i = 0; i < count; i++) {
    const created = createdAt(ctx, 0.12);
    const who = person(ctx, created);
    for (const at of arrivals(rng, rng.logNormal(0.03, 0.8), Math.max(created, START), END)) buy(ctx, who, at, LEGIT, 'ordinary');
    // Peaks late in the window (the holiday season), with a long tail of birthdays.
    const day = rng.chance(0.7) ? Math.min(END / DAY - 1, Math.max(0, 52 + 5 * rng.normal())) : rng.uniform(0, END / DAY - 1);
    let at = Math.max(diurnal(rng, day * DAY), created + HOUR);
    const gifts = rng.int(3, 14);
    for (let k = 0; k < gifts && at < END; k++, at += rng.logUniform(0.03, 2) * HOUR)
      buy(ctx, who, at, LEGIT, 'holiday_gift', { category: rng.pick([...CHEAP_CATEGORIES, 'toys', 'sneakers', 'electronics', 'home']), ageHours: rng.logUniform(1, 3000) });
  }
}

/** A brand-new seller whose listing goes viral: many buyers, old and new, within days of listing. */
export function viralSellers(ctx: Ctx, count: number, crowd: readonly Person[]): void {
  const { rng, world, sellers } = ctx;
  for (let i = 0; i < count; i++) {
    const launch = rng.uniform(2 * DAY, END - 3 * DAY);
    const sellerId = world.account(launch - rng.logUniform(0.5, 20) * DAY, world.newDevice());
    const seller = { id: sellerId, currency: pickCurrency(rng), categories: [rng.pick(ALL_CATEGORIES)] };
    const category = seller.categories[0] as Category;
    const listing = sellers.listingFor(seller, launch, { category, multiple: rng.logUniform(0.6, 1.3), ageHours: 0 });
    const buyers = rng.int(60, 220);
    const spread = rng.logUniform(0.5, 5) * DAY;
    for (let k = 0; k < buyers; k++) {
      const at = launch + rng.exponential(spread / 3);
      if (at >= END) continue;
      const who = rng.chance(0.35) ? person(ctx, at - rng.logUniform(0.05, 48) * HOUR) : rng.pick(crowd);
      if ((world.createdAt[who.id] as number) > at) continue;
      buy(ctx, who, at, LEGIT, 'viral_seller_buyer', { listing });
    }
  }
}
