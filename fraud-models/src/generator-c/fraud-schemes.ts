// Fraud run as a scheme across several accounts: triangulation, collusion and laundering between
// buyer and seller, review-manipulation rings, promo and multi-account abuse.

import { ALL_CATEGORIES, type Category, CHEAP_CATEGORIES, END, pickCurrency, RESALE_CATEGORIES, type Seller } from './market';
import { buy, type Ctx, type Person, person } from './people';
import { chargeback, incidentStart } from './fraud-payments';
import { DAY, HOUR } from './world';

const MINUTE = 60_000;

/** A storefront sells below market to real customers, then buys each item from an honest seller
 * with a stolen card, shipped to the customer. The buying account is the storefront itself (its
 * sales show in buyer_sales_last_7d) or a separate, quieter account. */
export function triangulation(ctx: Ctx, incidents: number, customers: readonly Person[]): void {
  const { rng, world, sellers } = ctx;
  for (let i = 0; i < incidents; i++) {
    const start = incidentStart(ctx, i, incidents, 2 * DAY);
    const category = rng.pick(RESALE_CATEGORIES);
    const front = person(ctx, start - rng.logUniform(1, 200) * DAY);
    const storefront: Seller = { id: front.id, currency: pickCurrency(rng), categories: [category] };
    const buyer = i % 2 === 0 ? front : person(ctx, start - rng.logUniform(0.1, 120) * DAY);
    const discount = rng.uniform(0.55, 0.92);
    const fate = chargeback(ctx, rng.uniform(0.85, 1));
    const span = rng.logUniform(1, 20) * DAY;
    for (let k = rng.int(3, 25); k > 0; k--) {
      const sold = start + rng.uniform(0, span);
      const customer = rng.pick(customers);
      if (sold >= END || (world.createdAt[customer.id] as number) > sold) continue;
      buy(ctx, customer, sold, 'legit', 'ordinary', { listing: sellers.listingFor(storefront, sold, { category, multiple: discount, ageHours: rng.logUniform(1, 300) }) });
      const at = sold + rng.logUniform(5, 24 * 60) * MINUTE;
      if (at < END) buy(ctx, buyer, at, 'triangulation', 'triangulation', { category, card: rng.chance(0.7) ? world.newCard() : undefined, fate });
    }
  }
}

/** Money moved from buyer to seller through sham sales: a fresh seller or a recruited, established
 * one; one to four buyer accounts ordering again and again, at prices inflated a little or a lot,
 * often reviewing each other. */
export function collusion(ctx: Ctx, incidents: number): void {
  const { rng, world, sellers } = ctx;
  for (let i = 0; i < incidents; i++) {
    const start = incidentStart(ctx, i, incidents, DAY);
    const recruited = i % 5 < 2;
    const seller: Seller = recruited
      ? sellers.pick(start)
      : { id: person(ctx, start - rng.logUniform(0.2, 25) * DAY).id, currency: pickCurrency(rng), categories: [rng.pick(ALL_CATEGORIES)] };
    const inflation = rng.chance(0.3) ? rng.logUniform(1, 1.6) : rng.logUniform(1.6, 30);
    const sharedDevice = rng.chance(0.25) ? world.newDevice() : undefined;
    const buyers = Array.from({ length: rng.int(1, 4) }, () =>
      person(ctx, start - (rng.chance(0.5) ? rng.logUniform(0.1, 10) : rng.logUniform(30, 700)) * DAY, { device: sharedDevice }),
    );
    const reviews = rng.uniform(0, 0.9);
    const span = rng.logUniform(1, 40) * DAY;
    const times = Array.from({ length: rng.int(3, 20) }, () => start + rng.uniform(0, span)).sort((a, b) => a - b);
    for (const at of times) {
      if (at >= END) break;
      const category = rng.pick(seller.categories) as Category;
      buy(ctx, rng.pick(buyers), at, 'collusion', 'collusion', {
        listing: sellers.listingFor(seller, at, { category, multiple: inflation, ageHours: rng.logUniform(0.1, 200) }),
        fate: { delivered: 0.97, buyerReviews: reviews, sellerReviews: reviews * 0.7, dispute: 0.02 },
      });
    }
  }
}

/** Accounts that buy cheap items from one seller to leave reviews: freshly made or aged (bought)
 * accounts, from a few farm devices or each from its own. */
export function reviewRings(ctx: Ctx, rings: number): void {
  const { rng, world, sellers } = ctx;
  for (let r = 0; r < rings; r++) {
    const start = incidentStart(ctx, r, rings, 2 * DAY);
    const seller: Seller = rng.chance(0.6)
      ? { id: person(ctx, start - rng.logUniform(1, 40) * DAY).id, currency: pickCurrency(rng), categories: [rng.pick(CHEAP_CATEGORIES)] }
      : sellers.pick(start);
    const aged = r % 5 < 2;
    const farm = Array.from({ length: rng.int(1, 4) }, () => world.newDevice());
    const useFarm = rng.chance(0.5);
    const span = rng.logUniform(0.5, 20) * DAY;
    for (let a = rng.int(5, 25); a > 0; a--) {
      const first = start + rng.uniform(0, span);
      const who = person(ctx, aged ? first - rng.logUniform(180, 1500) * DAY : first - rng.logUniform(0.05, 10) * DAY, { device: useFarm ? rng.pick(farm) : undefined });
      for (let k = rng.int(1, 3), at = first; k > 0 && at < END; k--, at += rng.logUniform(1, 200) * HOUR) {
        buy(ctx, who, at, 'review_ring', 'review_ring', {
          listing: sellers.listingFor(seller, at, { category: rng.pick(seller.categories), multiple: rng.logUniform(0.2, 1.1) }),
          fate: { delivered: 0.98, buyerReviews: 0.95, sellerReviews: 0.3, dispute: 0, completeAfterDays: [0.3, 4] },
        });
      }
    }
  }
}

/** Sign-up promotions farmed with many accounts: one device for all, or a device reset each time;
 * one card for all or a card each. Each account orders once or twice soon after signing up. */
export function promoAbuse(ctx: Ctx, incidents: number): void {
  const { rng, world } = ctx;
  for (let i = 0; i < incidents; i++) {
    const start = incidentStart(ctx, i, incidents, DAY);
    const device = i % 2 === 0 ? world.newDevice() : undefined; // one device for all, or a reset per account
    const card = rng.chance(0.4) ? world.newCard() : undefined;
    const span = rng.logUniform(1, 240) * HOUR;
    for (let a = rng.int(3, 25); a > 0; a--) {
      const created = start + rng.uniform(0, span);
      const who = person(ctx, created, { device, card });
      let at = created + rng.logUniform(1, 24 * 60) * MINUTE;
      for (let k = rng.chance(0.7) ? 1 : 2; k > 0 && at < END; k--, at += rng.logUniform(0.5, 72) * HOUR)
        buy(ctx, who, at, 'promo_abuse', 'promo_abuse', { multiple: rng.logUniform(0.3, 1.5), fate: { delivered: 0.9, dispute: 0.05, buyerReviews: 0.1 } });
    }
  }
}
