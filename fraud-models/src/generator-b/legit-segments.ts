// Legitimate traffic: the ordinary bulk and the segments that look like fraud on one signal or more
// (new users buying at once, households sharing a device or card, power buyers, resellers,
// collectors, returning users on a new phone, gift bursts, buyers of a seller gone viral).
// Every count is multiplied by `scale`.

import { DAYS, DAY, WARMUP_DAYS, type Currency } from './world';
import { Market, type Person } from './population';

const START = -WARMUP_DAYS;

/** An account at least `minDays` old before the warm-up, by a heavy-tailed age (weeks to years). */
function agedPerson(m: Market, perDay: number, minDays = 20, currency?: Currency): Person {
  const age = minDays + m.random.logNormal(300, 1.1);
  return m.person(Market.bornAgo(Math.min(age, 3000) + WARMUP_DAYS * m.random.next()), currency, perDay);
}

/** Sellers: a pool of shops and occasional sellers, heavy-tailed popularity, a few new each week. */
export function sellers(m: Market, scale: number): void {
  const r = m.random;
  for (let i = 0; i < Math.round(4000 * scale); i++) {
    const fresh = r.chance(0.12);
    const createdAt = fresh ? r.uniform(START, DAYS) * DAY : Market.bornAgo(r.logNormal(500, 1) + WARMUP_DAYS);
    const p = m.person(createdAt, m.currency(), 0.03);
    m.addSeller(p.account, Math.min(60, 1 / Math.pow(r.uniform(0.002, 1), 0.9)));
    if (r.chance(0.05)) m.world.changePayout(p.account, r.uniform(createdAt, DAYS * DAY));
  }
}

/** The ordinary bulk: most accounts buy a few times a month or less; some also sell now and then. */
export function ordinary(m: Market, scale: number): void {
  const r = m.random;
  for (let i = 0; i < Math.round(24500 * scale); i++) {
    const perDay = Math.min(1.5, r.logNormal(0.04, 0.9));
    const youngDay = r.chance(0.12) ? r.uniform(START, DAYS) : null;
    const p = youngDay === null ? agedPerson(m, perDay) : m.person(youngDay * DAY, undefined, perDay);
    if (r.chance(0.08)) m.addSeller(p.account, r.uniform(0.2, 2));
    // Phones are replaced now and then; so are payout details of those who sell.
    const newPhoneAt = r.chance(0.06) ? Math.max(m.world.accounts[p.account]!.createdAt, r.uniform(START, DAYS) * DAY) : null;
    let switched = false;
    if (r.chance(0.02)) m.world.changePayout(p.account, Math.max(m.world.accounts[p.account]!.createdAt, r.uniform(START, DAYS) * DAY));
    const fromDay = Math.max(START, m.world.accounts[p.account]!.createdAt / DAY);
    for (const at of m.moments(p.currency, perDay, fromDay, DAYS)) {
      if (at <= m.world.accounts[p.account]!.createdAt) continue;
      if (!switched && newPhoneAt !== null && at > newPhoneAt) {
        switched = true;
        m.world.seeDevice(p.account, (p.device = m.world.key()), newPhoneAt);
      }
      m.buy(p, at, { segment: 'ordinary' });
    }
  }
}

/** Sign-up and first purchase within minutes or hours, then a few more over the following days. */
export function newUsers(m: Market, scale: number): void {
  const r = m.random;
  for (let i = 0; i < Math.round(1100 * scale); i++) {
    const created = r.uniform(-3, DAYS) * DAY;
    const p = m.person(created);
    let at = created + r.logNormal(1.2, 1.3);
    const n = 1 + r.poisson(r.uniform(0.3, 2.5));
    const keen = r.chance(0.25); // came for one expensive item
    for (let k = 0; k < n && at < DAYS * DAY; k++) {
      const category = keen && k === 0 ? m.category(['electronics', 'phones', 'bikes', 'sneakers', 'luxury']) : m.category();
      m.buy(p, at, { segment: 'new_user', category });
      at += r.chance(0.4) ? r.logNormal(2, 1) : r.logNormal(72, 1.2);
    }
  }
}

/** 2–5 accounts sharing a home device (tablet, laptop) and sometimes a card; mostly long-standing,
 * sometimes a member who has just joined and buys within hours on the family device. */
export function households(m: Market, scale: number): void {
  const r = m.random;
  for (let h = 0; h < Math.round(420 * scale); h++) {
    const currency = m.currency();
    const shared = m.world.key();
    const sharedCard = r.chance(0.4) ? m.world.key() : null;
    const size = r.int(2, 5);
    const members: Person[] = [];
    for (let k = 0; k < size; k++) {
      const p = k > 0 && r.chance(0.15) ? m.person(Market.bornAgo(r.uniform(1, 200)), currency, 0.05, shared) : agedPerson(m, 0.05, 30, currency);
      if (p.device !== shared) m.world.seeDevice(p.account, shared, Math.max(m.world.accounts[p.account]!.createdAt, Market.bornAgo(r.uniform(WARMUP_DAYS, 900))));
      p.device = shared;
      if (sharedCard !== null && r.chance(0.7)) p.card = sharedCard;
      members.push(p);
    }
    // A brand-new member joins during the window and orders soon on the shared device.
    if (r.chance(0.3)) {
      const joined = r.uniform(0, DAYS - 2) * DAY;
      const kid = m.person(joined, currency, 0, shared);
      if (sharedCard !== null && r.chance(0.5)) kid.card = sharedCard;
      let at = joined + r.logNormal(3, 1.3);
      for (let k = r.int(1, 4); k > 0 && at < DAYS * DAY; k--, at += r.logNormal(40, 1.2)) m.buy(kid, at, { segment: 'household' });
    }
    for (const p of members) {
      const fromDay = Math.max(START, m.world.accounts[p.account]!.createdAt / DAY);
      for (const at of m.moments(currency, r.logNormal(0.07, 0.6), fromDay, DAYS)) m.buy(p, at, { segment: 'household' });
    }
  }
}

/** Aged accounts buying every day, often several times, from many sellers. */
export function powerBuyers(m: Market, scale: number): void {
  const r = m.random;
  for (let i = 0; i < Math.round(55 * scale); i++) {
    const perDay = r.logNormal(1.4, 0.5);
    const p = agedPerson(m, perDay, 90);
    for (const at of m.moments(p.currency, perDay, START, DAYS)) {
      m.buy(p, at, { segment: 'power_buyer' });
      // Sessions: a purchase often pulls more from other shops within the hour.
      for (let k = r.poisson(r.uniform(0, 1.5)); k > 0; k--) m.buy(p, at + r.uniform(0.05, 1), { segment: 'power_buyer' });
    }
  }
}

/** Buy to resell: many purchases, many sales, payout details adjusted now and then. */
export function resellers(m: Market, scale: number): void {
  const r = m.random;
  for (let i = 0; i < Math.round(80 * scale); i++) {
    const perDay = r.logNormal(0.5, 0.5);
    const p = agedPerson(m, perDay, 60);
    m.addSeller(p.account, r.uniform(3, 25));
    for (let t = r.uniform(START, 0) * DAY; t < DAYS * DAY; t += r.logNormal(25, 0.6) * DAY) m.world.changePayout(p.account, t);
    const category = m.category(['sneakers', 'electronics', 'gaming', 'fashion', 'collectibles', 'phones']);
    for (const at of m.moments(p.currency, perDay, START, DAYS)) m.buy(p, at, { segment: 'reseller', category, priceFactor: r.logNormal(0.8, 0.4) });
  }
}

/** Expensive pieces far above the category median, bought by long-standing accounts. */
export function collectors(m: Market, scale: number): void {
  const r = m.random;
  for (let i = 0; i < Math.round(300 * scale); i++) {
    const perDay = r.logNormal(0.12, 0.5);
    const p = agedPerson(m, perDay, 60);
    const passion = m.category(['collectibles', 'luxury', 'sneakers', 'bikes', 'electronics']);
    const premium = r.logNormal(4, 0.5);
    for (const at of m.moments(p.currency, perDay, START, DAYS)) {
      m.buy(p, at, { segment: 'collector', category: passion, priceFactor: r.logNormal(premium, 0.6), listingAgeHours: r.chance(0.3) ? r.uniform(0.1, 3) : undefined });
    }
  }
}

/** A long-standing user on a new phone buys within hours or days; some update payout details
 * within 72 hours of it (a new bank app on the new phone). */
export function newDevices(m: Market, scale: number): void {
  const r = m.random;
  for (let i = 0; i < Math.round(1500 * scale); i++) {
    const p = agedPerson(m, r.logNormal(0.05, 0.6), 40);
    const switched = r.uniform(0, DAYS - 1) * DAY;
    m.world.seeDevice(p.account, (p.device = m.world.key()), switched);
    if (r.chance(0.3)) m.world.changePayout(p.account, switched + r.uniform(-24, 72));
    if (r.chance(0.2)) p.card = m.world.key();
    let at = switched + r.logNormal(8, 1.5);
    for (let k = r.int(1, 3); k > 0 && at < DAYS * DAY; k--, at += r.logNormal(30, 1.3)) m.buy(p, at, { segment: 'new_device' });
  }
}

/** Holiday and gift shopping: many small orders to many sellers within a few hours. */
export function giftBursts(m: Market, scale: number): void {
  const r = m.random;
  const holidays = [r.uniform(8, 14), r.uniform(40, 50), r.uniform(62, 70)];
  for (let i = 0; i < Math.round(450 * scale); i++) {
    const p = agedPerson(m, r.logNormal(0.05, 0.6), r.chance(0.15) ? 2 : 40);
    const start = (r.pick(holidays) + r.uniform(-3, 3)) * DAY + r.uniform(8, 22);
    const hours = r.logNormal(2, 0.8);
    for (let k = r.int(4, 14); k > 0; k--)
      m.buy(p, start + r.uniform(0, hours), { segment: 'gift_burst', category: m.category(['fashion', 'books', 'kids', 'home', 'gaming', 'gift_cards', 'collectibles']) });
  }
}

/** A seller a few days old goes viral: a crowd of new and old buyers orders fresh listings. */
export function viralSellers(m: Market, scale: number): void {
  const r = m.random;
  for (let v = 0; v < Math.round(16 * scale); v++) {
    const currency = m.currency();
    const start = r.uniform(2, DAYS - 4) * DAY;
    const seller = m.person(start - r.uniform(0.5, 12) * DAY, currency, 0);
    const category = m.category();
    const price = r.logNormal(1, 0.5);
    const span = r.uniform(1, 6) * DAY;
    for (let k = r.int(80, 260); k > 0; k--) {
      const at = start + span * Math.pow(r.next(), 1.5);
      const fresh = r.chance(r.uniform(0.2, 0.6));
      const buyer = fresh ? m.person(at - r.logNormal(1, 1.5), currency) : agedPerson(m, 0.05, 20, currency);
      m.buy(buyer, at, { segment: 'viral_seller', seller: seller.account, category, priceFactor: price * r.logNormal(1, 0.2), listingAgeHours: r.logNormal(6, 1) });
    }
  }
}
