// Legitimate buyers, segment by segment. Each segment is built to look like fraud on some signal:
// that is what makes it worth measuring a false-block rate on.

import { BLACK_FRIDAY, CHRISTMAS, DAY, HOUR, RESALE_CATEGORIES, WARMUP_START, WINDOW_END, WINDOW_START, priceMinor } from './market';
import { chance, exponential, int, logNormal, pick, poisson, uniform } from './prng';
import type { Person, Sim } from './sim';
import type { RowTruth } from './world';

const legit = (segment: string): RowTruth => ({ typology: 'legit', segment });
const SPAN = WINDOW_END - WARMUP_START;

/** Most people: established or recent accounts ordering now and then. A few without a device id, a
 * few who changed phones or payout details at some point, a few who also sell now and then. */
export function ordinary(sim: Sim, accounts: number): void {
  const r = sim.r;
  const truth = legit('ordinary');
  for (let i = 0; i < accounts; i++) {
    const p = chance(r, 0.7)
      ? sim.established(WARMUP_START, logNormal(r, 400, 1), { device: chance(r, 0.05) ? null : undefined })
      : sim.person(WARMUP_START + r() * SPAN, { device: chance(r, 0.05) ? null : undefined });
    const start = Math.max(WARMUP_START, p.account.createdAt);
    if (chance(r, 0.06)) sim.world.seeDevice(p.account, sim.world.newHash(), start + r() * (WINDOW_END - start));
    if (chance(r, 0.03)) sim.world.changePayout(p.account, start + r() * (WINDOW_END - start));
    if (chance(r, 0.05)) p.card = sim.world.newHash(); // a renewed card
    sim.routine(p, start, WINDOW_END, logNormal(r, 0.04, 0.9), truth);
    if (chance(r, 0.04)) {
      const buyer = sim.backgroundBuyer(p.currency);
      for (let k = poisson(r, 3); k > 0; k--) sim.purchase(buyer, start + r() * (WINDOW_END - start), { seller: p.account });
    }
  }
}

/** First purchase within hours of signing up; some buy several things on the first day, some pay a
 * lot, some signed up on a partner's phone. */
export function newUsers(sim: Sim, accounts: number): void {
  const r = sim.r;
  const truth = legit('new_users');
  for (let i = 0; i < accounts; i++) {
    const createdAt = WINDOW_START + r() * (WINDOW_END - WINDOW_START - DAY);
    const partner = chance(r, 0.12) ? sim.established(createdAt, logNormal(r, 700, 0.6)) : null;
    const p = sim.person(createdAt, { device: partner ? partner.account.devices[0]!.hash : undefined });
    if (partner) sim.routine(partner, WARMUP_START, WINDOW_END, 0.03);
    const first = createdAt + exponential(r, 3 * HOUR) + 5 * 60_000;
    const high = chance(r, 0.1);
    sim.purchase(p, first, { category: high ? pick(r, [6, 7, 8]) : undefined, listingAgeHours: high ? exponential(r, 12) + 0.2 : undefined, truth });
    for (let k = chance(r, 0.15) ? int(r, 1, 3) : 0; k > 0; k--) sim.purchase(p, first + exponential(r, 4 * HOUR), { truth });
    sim.routine(p, first + DAY, WINDOW_END, logNormal(r, 0.05, 0.8), truth);
  }
}

/** 2–5 accounts on one shared tablet or laptop, often one family card, most of them long-standing;
 * now and then a brand-new family member joins and buys within days. */
export function households(sim: Sim, count: number): void {
  const r = sim.r;
  const truth = legit('households');
  for (let h = 0; h < count; h++) {
    const shared = sim.world.newHash();
    const familyCard = chance(r, 0.4) ? sim.world.newHash() : null;
    const currency = int(r, 0, 3);
    const members: Person[] = [];
    for (let m = int(r, 2, 5); m > 0; m--) {
      const p = sim.established(WARMUP_START, chance(r, 0.85) ? uniform(r, 200, 3000) : uniform(r, 20, 200), { currency, device: chance(r, 0.3) ? shared : undefined });
      sim.world.seeDevice(p.account, shared, Math.max(p.account.createdAt, WARMUP_START - uniform(r, 0, 400) * DAY));
      members.push(p);
    }
    if (chance(r, 0.25)) {
      const joined = WINDOW_START + r() * (WINDOW_END - WINDOW_START - 3 * DAY);
      const p = sim.person(joined, { currency, device: shared });
      members.push(p);
    }
    for (const p of members) {
      if (familyCard && chance(r, 0.7)) p.card = familyCard;
      const start = Math.max(WARMUP_START, p.account.createdAt + exponential(r, DAY));
      sim.routine(p, start, WINDOW_END, logNormal(r, 0.035, 0.7), truth);
    }
  }
}

/** Established accounts that place many orders a day with many sellers. */
export function powerBuyers(sim: Sim, accounts: number): void {
  const r = sim.r;
  const truth = legit('power_buyers');
  for (let i = 0; i < accounts; i++) {
    const p = sim.established(WARMUP_START, uniform(r, 300, 3000), { ordersPerYear: uniform(r, 300, 1500) });
    const active = uniform(r, 0.25, 0.6);
    const perDay = uniform(r, 3, 8);
    for (let day = WARMUP_START; day < WINDOW_END; day += DAY) {
      if (!chance(r, active)) continue;
      const start = sim.shift(day, p.currency);
      for (let k = poisson(r, perDay); k > 0; k--) sim.purchase(p, start + r() * 8 * HOUR, { truth: day >= WINDOW_START ? truth : null });
    }
  }
}

/** Buy to resell: frequent purchases in resale categories slightly under market, frequent sales. */
export function resellers(sim: Sim, accounts: number): void {
  const r = sim.r;
  const truth = legit('resellers');
  for (let i = 0; i < accounts; i++) {
    const p = sim.established(WARMUP_START, uniform(r, 60, 1500), { ordersPerYear: uniform(r, 50, 300) });
    if (chance(r, 0.2)) sim.world.changePayout(p.account, WARMUP_START + r() * SPAN);
    if (chance(r, 0.3)) sim.world.seeDevice(p.account, sim.world.newHash(), WARMUP_START + r() * SPAN);
    sim.routine(p, WARMUP_START, WINDOW_END, uniform(r, 0.2, 0.8), truth, { category: pick(r, RESALE_CATEGORIES), ratio: uniform(r, 0.6, 1) });
    const salesPerDay = uniform(r, 0.3, 2.5);
    for (let t = WARMUP_START + exponential(r, DAY / salesPerDay); t < WINDOW_END; t += exponential(r, DAY / salesPerDay)) {
      sim.purchase(sim.backgroundBuyer(p.currency), t, { seller: p.account, category: pick(r, RESALE_CATEGORIES), ratio: uniform(r, 1, 1.4) });
    }
  }
}

/** Prices far above the category median, often from the same few dealers. */
export function collectors(sim: Sim, accounts: number): void {
  const r = sim.r;
  const truth = legit('collectors');
  for (let i = 0; i < accounts; i++) {
    const p = sim.established(WARMUP_START, uniform(r, 100, 3000));
    const dealers = Array.from({ length: int(r, 1, 4) }, () => sim.seller(p.currency));
    const perDay = logNormal(r, 0.08, 0.6);
    for (let t = WARMUP_START + exponential(r, DAY / perDay); t < WINDOW_END; t += exponential(r, DAY / perDay)) {
      const rare = chance(r, 0.75);
      sim.purchase(p, sim.shift(t, p.currency), {
        seller: rare && chance(r, 0.6) ? pick(r, dealers) : undefined,
        category: rare ? pick(r, [9, 10, 8]) : undefined,
        ratio: rare ? logNormal(r, 4, 0.6) : 1,
        truth: t >= WINDOW_START ? truth : null,
      });
    }
  }
}

/** Returning users on a new phone; some changed payout details within 72 h for honest reasons (a new
 * bank, a move). Rows are their orders in the two weeks after the new phone. */
export function newDevices(sim: Sim, accounts: number): void {
  const r = sim.r;
  const truth = legit('new_devices');
  for (let i = 0; i < accounts; i++) {
    const p = sim.established(WARMUP_START, uniform(r, 60, 2500));
    const switched = WINDOW_START + r() * (WINDOW_END - WINDOW_START - 2 * DAY);
    sim.routine(p, WARMUP_START, switched, logNormal(r, 0.05, 0.7));
    sim.world.seeDevice(p.account, sim.world.newHash(), switched);
    if (chance(r, 0.35)) sim.world.changePayout(p.account, switched + uniform(r, -72, 72) * HOUR);
    if (chance(r, 0.15)) p.card = sim.world.newHash();
    const first = switched + exponential(r, 18 * HOUR) + 10 * 60_000;
    sim.purchase(p, first, { truth, category: chance(r, 0.2) ? pick(r, [6, 7]) : undefined });
    sim.routine(p, first, Math.min(WINDOW_END, switched + 14 * DAY), logNormal(r, 0.15, 0.6), truth);
    sim.routine(p, switched + 14 * DAY, WINDOW_END, logNormal(r, 0.05, 0.7));
  }
}

/** Bursts of presents to many sellers around Black Friday and before Christmas. */
export function giftSeason(sim: Sim, accounts: number): void {
  const r = sim.r;
  const truth = legit('gift_season');
  for (let i = 0; i < accounts; i++) {
    const peak = chance(r, 0.45) ? BLACK_FRIDAY + uniform(r, 0, 4) * DAY : CHRISTMAS - uniform(r, 3, 16) * DAY;
    const p = chance(r, 0.85) ? sim.established(WARMUP_START, uniform(r, 30, 2500)) : sim.person(peak - uniform(r, 0.1, 10) * DAY);
    sim.routine(p, Math.max(WARMUP_START, p.account.createdAt), peak - 2 * DAY, logNormal(r, 0.03, 0.7));
    const span = uniform(r, 3, 60) * HOUR;
    for (let k = int(r, 4, 15); k > 0; k--) sim.purchase(p, peak + r() * span, { truth, category: chance(r, 0.15) ? 11 : undefined, ratio: uniform(r, 0.8, 1.3) });
  }
}

/** Buyers of a seller whose listings suddenly take off: hundreds of orders in a day or two, a third
 * of them from accounts opened just to buy. */
export function viralSellers(sim: Sim, sellers: number, buyersPerSeller: number): void {
  const r = sim.r;
  const truth = legit('viral_sellers');
  for (let s = 0; s < sellers; s++) {
    const currency = int(r, 0, 3);
    const surge = WINDOW_START + r() * (WINDOW_END - WINDOW_START - 3 * DAY);
    const seller = sim.established(WARMUP_START, uniform(r, 20, 300), { currency });
    seller.account.baseSales = Math.round(logNormal(r, 4, 1));
    for (let k = poisson(r, 8); k > 0; k--) sim.purchase(sim.backgroundBuyer(currency), WARMUP_START + r() * (surge - WARMUP_START), { seller: seller.account });
    const listings = Array.from({ length: int(r, 1, 3) }, () => {
      const category = sim.r() < 0.5 ? pick(r, [1, 3, 9]) : int(r, 0, 11);
      return sim.world.listing(seller.account, surge - uniform(r, 1, 72) * HOUR, category, currency, priceMinor(r, category, currency, uniform(r, 0.75, 1.1), 0.05));
    });
    for (let b = Math.round(buyersPerSeller * uniform(r, 0.6, 1.4)); b > 0; b--) {
      const at = surge + exponential(r, 14 * HOUR);
      const buyer = chance(r, 0.3) ? sim.person(at - exponential(r, 2 * HOUR) - 60_000, { currency }) : sim.established(WARMUP_START, logNormal(r, 400, 1), { currency });
      sim.purchase(buyer, at, { listing: pick(r, listings), truth });
    }
  }
}
