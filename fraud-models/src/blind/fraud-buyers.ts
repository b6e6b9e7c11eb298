// Fraud seen from the buyer's payment, typology by typology, each with variants that look normal on
// most signals. Every order a scheme places in the window is a fraud row; the history it builds
// first (an aged account's clean past) gives no rows.

import { DAY, HIGH_VALUE_CATEGORIES, HOUR, NIGHT_HOUR_WEIGHTS, WARMUP_START, WINDOW_END, WINDOW_START, dayOf, shoppingMoment } from './market';
import { chance, exponential, int, logNormal, pick, uniform } from './prng';
import type { Person, Sim } from './sim';
import type { RowTruth } from './world';

const fraud = (typology: string): RowTruth => ({ typology, segment: typology });
const MINUTE = 60_000;

/** A moment in the window leaving `marginDays` before its end. */
const schemeStart = (sim: Sim, marginDays: number): number => WINDOW_START + sim.r() * (WINDOW_END - WINDOW_START - marginDays * DAY);

/** Small orders checking which stolen cards work. Bursts from one fresh (sometimes taken-over)
 * account with a new card each time; and distributed campaigns: one fresh account per test, each
 * ordering once, on one emulator or a fresh device id each, cards from a small pool or all fresh. */
export function cardTesting(sim: Sim, bursts: number, campaigns: number): void {
  const r = sim.r;
  const truth = fraud('card_testing');
  const small = { category: pick(r, [0, 11, 3]), ratio: uniform(r, 0.1, 0.5), sigma: 0.3 };
  for (let b = 0; b < bursts; b++) {
    const start = shoppingMoment(r, dayOf(schemeStart(sim, 1)), int(r, 0, 3), NIGHT_HOUR_WEIGHTS);
    const aged = chance(r, 0.15);
    const p = aged ? sim.established(start, uniform(r, 60, 900)) : sim.person(start - uniform(r, 0.05, 72) * HOUR);
    if (aged) sim.routine(p, WARMUP_START, start - DAY, 0.03);
    const sellers = Array.from({ length: int(r, 1, 4) }, () => sim.seller(p.currency));
    let t = start;
    for (let k = int(r, 6, 25); k > 0; k--, t += exponential(r, 6 * MINUTE)) {
      sim.purchase(p, t, { ...small, ratio: uniform(r, 0.1, 0.6), seller: pick(r, sellers), card: sim.world.newHash(), outcome: 'refunded', truth });
    }
  }
  for (let c = 0; c < campaigns; c++) {
    const start = shoppingMoment(r, dayOf(schemeStart(sim, 1)), int(r, 0, 3), NIGHT_HOUR_WEIGHTS);
    const currency = int(r, 0, 3);
    const emulator = chance(r, 0.4) ? sim.world.newHash() : undefined;
    const cards = chance(r, 0.5) ? Array.from({ length: int(r, 2, 6) }, () => sim.world.newHash()) : null;
    const seller = sim.seller(currency);
    let t = start;
    for (let k = int(r, 6, 25); k > 0; k--, t += exponential(r, 12 * MINUTE)) {
      const p = sim.person(t - uniform(r, 1, 30) * MINUTE, { currency, device: emulator });
      const card = cards ? pick(r, cards) : sim.world.newHash();
      sim.purchase(p, t, { ...small, ratio: uniform(r, 0.1, 0.6), seller: chance(r, 0.6) ? seller : undefined, card, outcome: 'refunded', truth });
    }
  }
}

/** An established account in someone else's hands. Half log in on a new device and change the payout
 * details, then wait minutes to days before buying; some come on a new device without touching the
 * payout; the stealthy ones spoof the owner's device and use the stored card, so only the spending
 * changes. The owner charges the orders back weeks later. */
export function accountTakeover(sim: Sim, accounts: number): void {
  const r = sim.r;
  const truth = fraud('account_takeover');
  for (let i = 0; i < accounts; i++) {
    const p = sim.established(WARMUP_START, uniform(r, 120, 2500));
    const login = schemeStart(sim, 8);
    sim.routine(p, WARMUP_START, login, logNormal(r, 0.05, 0.7));
    const variant = r();
    let shopping = login + uniform(r, 5, 90) * MINUTE;
    if (variant < 0.45) {
      sim.world.seeDevice(p.account, sim.world.newHash(), login);
      const changed = login + uniform(r, 2, 40) * MINUTE;
      sim.world.changePayout(p.account, changed);
      const wait = pick(r, [uniform(r, 5, 60) * MINUTE, uniform(r, 1, 24) * HOUR, uniform(r, 1, 6) * DAY]);
      shopping = changed + wait;
    } else if (variant < 0.7) {
      sim.world.seeDevice(p.account, sim.world.newHash(), login);
    }
    const stealth = variant >= 0.7;
    const mule = chance(r, 0.3) ? sim.established(WARMUP_START, uniform(r, 5, 200), { currency: p.currency }).account : null;
    for (let k = stealth ? int(r, 1, 4) : int(r, 1, 6); k > 0; k--, shopping += exponential(r, stealth ? 10 * HOUR : 2 * HOUR)) {
      sim.purchase(p, shopping, {
        seller: mule ?? undefined,
        category: chance(r, 0.7) ? pick(r, [...HIGH_VALUE_CATEGORIES, 11]) : undefined,
        ratio: stealth ? uniform(r, 0.8, 1.6) : uniform(r, 0.7, 1.2),
        truth,
        disputeAfterDays: chance(r, 0.8) ? uniform(r, 5, 45) : undefined,
      });
    }
  }
}

/** A young account sells cheaply to real buyers and fills each sale by buying the same goods from an
 * honest seller with a stolen card, shipped to the real buyer. */
export function triangulation(sim: Sim, accounts: number): void {
  const r = sim.r;
  const truth = fraud('triangulation');
  for (let i = 0; i < accounts; i++) {
    const start = schemeStart(sim, 10);
    const p = sim.person(start - uniform(r, 2, 45) * DAY);
    const category = pick(r, [1, 2, 6, 8, 4]);
    const days = uniform(r, 3, 20);
    const perDay = uniform(r, 0.5, 2.5);
    let card = sim.world.newHash();
    for (let t = start + exponential(r, DAY / perDay); t < Math.min(WINDOW_END, start + days * DAY); t += exponential(r, DAY / perDay)) {
      sim.purchase(sim.backgroundBuyer(p.currency), t, { seller: p.account, category, ratio: uniform(r, 0.5, 0.8), reviewChance: 0.5 });
      if (chance(r, 0.3)) card = sim.world.newHash();
      if (chance(r, 0.85))
        sim.purchase(p, t + uniform(r, 0.2, 12) * HOUR, {
          category,
          card,
          ratio: uniform(r, 0.85, 1.15),
          truth,
          disputeAfterDays: chance(r, 0.7) ? uniform(r, 10, 50) : undefined,
        });
    }
  }
}

/** Money moved through a recruited established seller (years old, many completed sales): a few
 * buyer accounts pay inflated prices for items that may not exist, again and again; some keep prices
 * close to normal. */
export function collusionLaundering(sim: Sim, sellers: number): void {
  const r = sim.r;
  const truth = fraud('collusion_laundering');
  for (let s = 0; s < sellers; s++) {
    const currency = int(r, 0, 3);
    const seller = sim.established(WARMUP_START, uniform(r, 365, 2500), { currency });
    seller.account.baseSales = Math.round(uniform(r, 40, 600));
    const start = schemeStart(sim, 15);
    const mild = chance(r, 0.3);
    for (let b = int(r, 1, 4); b > 0; b--) {
      const buyer = sim.established(start, uniform(r, 3, 240), { currency });
      let t = start + exponential(r, 3 * DAY);
      for (let k = int(r, 3, 12); k > 0 && t < WINDOW_END; k--, t += exponential(r, 3 * DAY)) {
        sim.purchase(buyer, sim.shift(t, currency), {
          seller: seller.account,
          category: pick(r, [9, 10, 6]),
          ratio: mild ? uniform(r, 1.2, 2.2) : logNormal(r, 6, 0.5),
          reviewChance: 0.6,
          truth,
        });
      }
    }
  }
}

/** Accounts that trade with each other to earn reviews: cheap items, quick completions, reviews both
 * ways. Young rings, and aged rings whose accounts are months old; some run on one person's devices. */
export function reviewRings(sim: Sim, rings: number): void {
  const r = sim.r;
  const truth = fraud('review_ring');
  for (let g = 0; g < rings; g++) {
    const currency = int(r, 0, 3);
    const start = schemeStart(sim, 10);
    const aged = g % 2 === 1; // every other ring is months old
    const device = chance(r, 0.3) ? sim.world.newHash() : undefined;
    const members: Person[] = Array.from({ length: int(r, 3, 8) }, () =>
      aged ? sim.established(start, uniform(r, 120, 400), { currency, device }) : sim.person(start - uniform(r, 1, 40) * DAY, { currency, device }),
    );
    for (const m of members) if (aged) sim.routine(m, WARMUP_START, start, 0.03);
    const trades = members.length * int(r, 2, 6);
    for (let k = 0; k < trades; k++) {
      const buyer = pick(r, members);
      const seller = pick(
        r,
        members.filter((m) => m !== buyer),
      );
      const o = sim.purchase(buyer, sim.shift(start + r() * 30 * DAY, currency), {
        seller: seller.account,
        ratio: uniform(r, 0.5, 1.2),
        listingAgeHours: exponential(r, 10),
        reviewChance: 0,
        truth,
      });
      if (o.closedAt < Infinity) {
        o.closedAt = o.paidAt + uniform(r, 0.5, 3) * DAY;
        sim.world.review(buyer.account, seller.account, o.closedAt + exponential(r, 6 * HOUR));
        if (chance(r, 0.8)) sim.world.review(seller.account, buyer.account, o.closedAt + exponential(r, 6 * HOUR));
      }
    }
  }
}

/** One person, many accounts, each for a first-order promotion: a fresh device id per account
 * (reset or emulator), sometimes the same phone; cards sometimes reused. */
export function promoAbuse(sim: Sim, persons: number): void {
  const r = sim.r;
  const truth = fraud('promo_abuse');
  for (let i = 0; i < persons; i++) {
    const currency = int(r, 0, 3);
    const phone = chance(r, 0.3) ? sim.world.newHash() : undefined;
    const cards = chance(r, 0.4) ? Array.from({ length: int(r, 1, 2) }, () => sim.world.newHash()) : null;
    let t = schemeStart(sim, 20);
    for (let k = int(r, 3, 12); k > 0 && t < WINDOW_END; k--, t += uniform(r, 0.3, 6) * DAY) {
      const p = sim.person(t, { currency, device: phone ?? (chance(r, 0.05) ? null : undefined) });
      sim.purchase(p, t + uniform(r, 0.1, 30) * HOUR, { card: cards ? pick(r, cards) : undefined, ratio: uniform(r, 0.6, 1.5), truth });
    }
  }
}

/** Accounts aged months with a clean history on their own device that suddenly buy many high-value
 * items within a day or two, then never pay (chargebacks). */
export function sleeperBustOut(sim: Sim, accounts: number): void {
  const r = sim.r;
  const truth = fraud('sleeper_bust_out');
  for (let i = 0; i < accounts; i++) {
    const bust = schemeStart(sim, 3);
    const p = sim.established(bust, uniform(r, 60, 420), { ordersPerYear: uniform(r, 4, 20) });
    sim.routine(p, Math.max(WARMUP_START, p.account.createdAt), bust - DAY, logNormal(r, 0.05, 0.5), null, { reviewChance: 0.6 });
    const card = chance(r, 0.4) ? sim.world.newHash() : p.card;
    const span = uniform(r, 6, 48) * HOUR;
    for (let k = int(r, 3, 12); k > 0; k--) {
      sim.purchase(p, bust + r() * span, { category: pick(r, [...HIGH_VALUE_CATEGORIES, 11]), ratio: uniform(r, 0.8, 1.4), card, truth, disputeAfterDays: uniform(r, 10, 60) });
    }
  }
}

/** Buyers who dispute legitimate deliveries: earlier claims on their record, and the row is the
 * order they will charge back although it arrived. */
export function friendlyFraud(sim: Sim, accounts: number): void {
  const r = sim.r;
  const truth = fraud('friendly_fraud');
  for (let i = 0; i < accounts; i++) {
    const p = sim.established(WARMUP_START, uniform(r, 30, 1500));
    const earlier = sim.routine(p, Math.max(WARMUP_START, p.account.createdAt), WINDOW_END - 20 * DAY, logNormal(r, 0.06, 0.5));
    for (const o of earlier) if (chance(r, 0.3)) sim.world.dispute(o, o.paidAt + uniform(r, 5, 40) * DAY);
    const at = schemeStart(sim, 1);
    for (let k = int(r, 1, 2); k > 0; k--)
      sim.purchase(p, sim.shift(at + k * uniform(r, 0, 10) * DAY, p.currency), {
        category: chance(r, 0.5) ? pick(r, [1, 6, 2]) : undefined,
        truth,
        disputeAfterDays: uniform(r, 7, 45),
      });
  }
}
