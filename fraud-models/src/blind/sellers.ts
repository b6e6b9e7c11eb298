// The seller side: shops publishing listings and cashing out, honest and not. Each scenario seller
// gives a row at every listing publication and every payout in the window.

import { DAY, HIGH_VALUE_CATEGORIES, HOUR, WARMUP_START, WINDOW_END, WINDOW_START, pickCategory, priceMinor } from './market';
import { chance, exponential, int, logNormal, pick, uniform } from './prng';
import type { Person, Sim } from './sim';
import type { Order, RowTruth } from './world';

interface Shop {
  from: number;
  to: number;
  listPerDay: number;
  categories: readonly number[] | null; // null: any
  ratio: () => number; // asking price relative to market
  sellChance: number;
  sellDelayHours: number;
  outcome: 'delivered' | 'open';
  disputeRate: number;
  payoutEveryDays: number;
  truth: RowTruth | null; // null: history only
}

/** Publishes listings over [from, to), sells some to background buyers, and cashes out every few
 * days when sales have completed since the last payout. */
function runShop(sim: Sim, seller: Person, shop: Shop): Order[] {
  const r = sim.r;
  const w = sim.world;
  const sales: Order[] = [];
  for (let t = shop.from + exponential(r, DAY / shop.listPerDay); t < Math.min(shop.to, WINDOW_END); t += exponential(r, DAY / shop.listPerDay)) {
    const category = shop.categories ? pick(r, shop.categories) : pickCategory(r);
    const listing = w.listing(seller.account, t, category, seller.currency, priceMinor(r, category, seller.currency, shop.ratio()));
    if (shop.truth && t >= WINDOW_START) w.sellerMoment(seller.account, 'listing', t, listing, shop.truth);
    if (!chance(r, shop.sellChance)) continue;
    const soldAt = t + exponential(r, shop.sellDelayHours * HOUR) + 60_000;
    if (soldAt >= WINDOW_END) continue;
    const dispute = chance(r, shop.disputeRate) ? uniform(r, 3, 25) : undefined;
    sales.push(
      sim.purchase(sim.backgroundBuyer(seller.currency, 1500), soldAt, {
        listing,
        outcome: dispute && shop.outcome === 'delivered' ? 'refunded' : shop.outcome,
        disputeAfterDays: dispute,
      }),
    );
  }
  if (shop.truth) payouts(sim, seller, sales, Math.max(shop.from, WINDOW_START), shop.payoutEveryDays, shop.truth);
  return sales;
}

/** Payout moments: every few days, when a sale completed since the previous one. */
function payouts(sim: Sim, seller: Person, sales: readonly Order[], from: number, everyDays: number, truth: RowTruth): void {
  const r = sim.r;
  let last = from;
  for (let t = from + uniform(r, 0.5, everyDays) * DAY; t < WINDOW_END; t += uniform(r, 0.6, 1.4) * everyDays * DAY) {
    const moment = t;
    if (sales.some((o) => o.completed && o.closedAt > last && o.closedAt <= moment)) {
      sim.world.sellerMoment(seller.account, 'payout', t, null, truth);
      last = t;
    }
  }
}

const legit = (segment: string): RowTruth => ({ typology: 'legit', segment });
const fraud = (typology: string): RowTruth => ({ typology, segment: typology });

const honest = (truth: RowTruth | null, from: number, over: Partial<Shop> = {}): Shop => ({
  from,
  to: WINDOW_END,
  listPerDay: 0.15,
  categories: null,
  ratio: () => 1,
  sellChance: 0.7,
  sellDelayHours: 72,
  outcome: 'delivered',
  disputeRate: 0.01,
  payoutEveryDays: 7,
  truth,
  ...over,
});

export function ordinarySellers(sim: Sim, sellers: number): void {
  const r = sim.r;
  for (let i = 0; i < sellers; i++) {
    const p = sim.established(WARMUP_START, logNormal(r, 500, 0.9));
    p.account.baseSales = Math.round(logNormal(r, 20, 1.2));
    if (chance(r, 0.05)) sim.world.changePayout(p.account, WARMUP_START + r() * (WINDOW_END - WARMUP_START));
    runShop(
      sim,
      p,
      honest(legit('ordinary_sellers'), WARMUP_START, { listPerDay: logNormal(r, 0.12, 0.6), sellDelayHours: logNormal(r, 60, 0.8), payoutEveryDays: uniform(r, 4, 14) }),
    );
  }
}

/** Sign up during the window and start listing within days; some list high-value items early, some
 * set their payout details just before the first cash-out, as everyone new must. */
export function newSellers(sim: Sim, sellers: number): void {
  const r = sim.r;
  for (let i = 0; i < sellers; i++) {
    const created = WINDOW_START + r() * (WINDOW_END - WINDOW_START - 10 * DAY);
    const p = sim.person(created);
    const first = created + exponential(r, 2 * DAY);
    sim.world.changePayout(p.account, first + exponential(r, 5 * DAY));
    runShop(
      sim,
      p,
      honest(legit('new_sellers'), first, {
        listPerDay: logNormal(r, 0.3, 0.6),
        categories: chance(r, 0.2) ? HIGH_VALUE_CATEGORIES : null,
        ratio: () => uniform(r, 0.75, 1.15),
        payoutEveryDays: uniform(r, 3, 10),
      }),
    );
  }
}

/** Ordinary shops whose listings suddenly sell out: many open sales at once, a lot to pay out. */
export function viralShopSellers(sim: Sim, sellers: number): void {
  const r = sim.r;
  const truth = legit('viral_sellers');
  for (let i = 0; i < sellers; i++) {
    const p = sim.established(WARMUP_START, uniform(r, 20, 600));
    const surge = WINDOW_START + r() * (WINDOW_END - WINDOW_START - 10 * DAY);
    runShop(sim, p, honest(truth, WARMUP_START, { listPerDay: 0.15 }));
    runShop(
      sim,
      p,
      honest(truth, surge, {
        to: surge + uniform(r, 2, 7) * DAY,
        listPerDay: uniform(r, 3, 10),
        sellChance: 0.95,
        sellDelayHours: 8,
        ratio: () => uniform(r, 0.8, 1.3),
        payoutEveryDays: 2,
      }),
    );
  }
}

/** Buy-and-sell traders: many listings in resale categories, slightly above market, steady sales. */
export function resellerSellers(sim: Sim, sellers: number): void {
  const r = sim.r;
  for (let i = 0; i < sellers; i++) {
    const p = sim.established(WARMUP_START, uniform(r, 60, 1500));
    p.account.baseSales = Math.round(uniform(r, 30, 800));
    if (chance(r, 0.3)) sim.world.seeDevice(p.account, sim.world.newHash(), WARMUP_START + r() * 90 * DAY);
    if (chance(r, 0.2)) sim.world.changePayout(p.account, WARMUP_START + r() * (WINDOW_END - WARMUP_START));
    runShop(
      sim,
      p,
      honest(legit('resellers'), WARMUP_START, {
        listPerDay: uniform(r, 0.3, 1.2),
        categories: [2, 6, 8, 9],
        ratio: () => uniform(r, 0.9, 1.5),
        sellChance: 0.8,
        payoutEveryDays: uniform(r, 2, 7),
      }),
    );
  }
}

/** Honest people clearing stock (moving house, closing a hobby): a burst of listings far below market. */
export function clearanceSellers(sim: Sim, sellers: number): void {
  const r = sim.r;
  const truth = legit('clearance_sellers');
  for (let i = 0; i < sellers; i++) {
    const p = chance(r, 0.7) ? sim.established(WARMUP_START, uniform(r, 30, 2500)) : sim.person(WINDOW_START + r() * 60 * DAY);
    const start = Math.max(p.account.createdAt + DAY, WINDOW_START + r() * (WINDOW_END - WINDOW_START - 15 * DAY));
    runShop(sim, p, honest(truth, Math.max(WARMUP_START, p.account.createdAt), { listPerDay: 0.05 }));
    runShop(
      sim,
      p,
      honest(truth, start, {
        to: start + uniform(r, 2, 10) * DAY,
        listPerDay: uniform(r, 3, 8),
        ratio: () => uniform(r, 0.25, 0.65),
        sellChance: 0.85,
        sellDelayHours: 24,
        payoutEveryDays: 3,
      }),
    );
  }
}

/** Takes payment for goods it never ships: a new account, listings of high-value goods priced as
 * bargains, as discounted premium models or normally, many open sales before any completes, payout details changed before cashing out
 * (after fake tracking releases a few sales). Some run several accounts from one device. */
export function nonDelivery(sim: Sim, sellers: number): void {
  const r = sim.r;
  const truth = fraud('non_delivery');
  for (let i = 0; i < sellers; i++) {
    const start = WINDOW_START + r() * (WINDOW_END - WINDOW_START - 7 * DAY);
    const p = chance(r, 0.8) ? sim.person(start - uniform(r, 0.2, 20) * DAY) : sim.established(start, uniform(r, 60, 900)); // some buy aged accounts
    if (chance(r, 0.3)) sim.world.seeDevice(p.account, sim.world.newHash(), start - uniform(r, 0, 48) * HOUR);
    // Bargains far below market; premium models at a discount that still sits far above their
    // category's median (the "new phone at 20% off"); or prices that look normal.
    const pricing = pick(r, [() => uniform(r, 0.3, 0.7), () => uniform(r, 1.8, 3.5), () => uniform(r, 0.8, 1.15)]);
    const sales = runShop(sim, p, {
      ...honest(null, start, { to: start + uniform(r, 2, 12) * DAY, listPerDay: uniform(r, 1, 6), categories: [...HIGH_VALUE_CATEGORIES, 2, 9] }),
      ratio: pricing,
      sellChance: 0.8,
      sellDelayHours: 10,
      outcome: 'open',
      truth,
    });
    for (const o of sales) {
      if (chance(r, 0.25)) {
        o.closedAt = o.paidAt + uniform(r, 3, 8) * DAY; // fake tracking: auto-completed
        o.completed = true;
      } else if (chance(r, 0.5)) sim.world.dispute(o, o.paidAt + uniform(r, 5, 20) * DAY);
    }
    if (chance(r, 0.8)) sim.world.changePayout(p.account, start + uniform(r, 1, 8) * DAY);
    for (let k = int(r, 1, 3); k > 0; k--) sim.world.sellerMoment(p.account, 'payout', start + uniform(r, 2, 12) * DAY, null, truth);
  }
}

/** Receives laundered money: a recruited (often established) account or a fresh one, payout details
 * switched to the organiser's, the organiser's device seen on several mules, a sudden volume of
 * sales at high prices from a few buyers, completed at once. */
export function muleSellers(sim: Sim, rings: number): void {
  const r = sim.r;
  const truth = fraud('mule_seller');
  for (let g = 0; g < rings; g++) {
    const organiser = sim.world.newHash();
    const start = WINDOW_START + r() * (WINDOW_END - WINDOW_START - 15 * DAY);
    const currency = int(r, 0, 3);
    for (let m = int(r, 1, 4); m > 0; m--) {
      const recruited = chance(r, 0.5);
      const p = recruited ? sim.established(WARMUP_START, uniform(r, 200, 2000), { currency }) : sim.person(start - uniform(r, 1, 30) * DAY, { currency });
      if (recruited) runShop(sim, p, honest(null, WARMUP_START, { to: start }));
      if (chance(r, 0.75)) sim.world.seeDevice(p.account, organiser, start - uniform(r, 0, 3) * DAY);
      if (chance(r, 0.8)) sim.world.changePayout(p.account, start - uniform(r, 0, 5) * DAY);
      const payers = Array.from({ length: int(r, 2, 6) }, () => sim.person(start - uniform(r, 1, 60) * DAY, { currency, device: chance(r, 0.4) ? organiser : undefined }));
      const end = start + uniform(r, 5, 14) * DAY;
      const sales: Order[] = [];
      for (let t = start + exponential(r, DAY / 2); t < Math.min(end, WINDOW_END); t += exponential(r, DAY / uniform(r, 1, 5))) {
        const category = pick(r, [9, 10, 6, 11]);
        const listing = sim.world.listing(p.account, t - exponential(r, 2 * HOUR), category, currency, priceMinor(r, category, currency, logNormal(r, 3, 0.6)));
        sim.world.sellerMoment(p.account, 'listing', listing.createdAt, listing, truth);
        const o = sim.purchase(pick(r, payers), t, { listing, reviewChance: 0.3 });
        o.closedAt = o.paidAt + uniform(r, 0.2, 2) * DAY;
        sales.push(o);
      }
      payouts(sim, p, sales, start, 1.5, truth);
    }
  }
}
