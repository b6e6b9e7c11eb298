// Fraud, one incident at a time. Each incident draws its own style (how many accounts, how fast,
// how much, how long the attacker waits, which traces it leaves), and every typology has a variant
// that looks ordinary on most signals. Variants take turns by incident number, so each appears in
// fixed proportion even at small scale; everything within a variant is drawn. Counts scale.

import { Market, type Person } from './population';
import { CASH_OUT_CATEGORIES, DAYS, DAY, localMoment, type OrderSpec } from './world';

type Style = Pick<OrderSpec, 'typology' | 'segment' | 'fraud'>;
const as = (typology: string): Style => ({ typology, segment: typology, fraud: true });

/** The incident's start: anywhere in the emitted window, leaving it room to unfold, in the attacker's
 * own daily rhythm (a time zone of its own) or, for scripts, at any hour. */
function startOf(m: Market, tailDays = 3): number {
  const day = Math.floor(m.random.uniform(1, DAYS - tailDays));
  return m.random.chance(0.3) ? day * DAY + m.random.uniform(0, DAY) : localMoment(m.random, day, m.random.int(-8, 10));
}

/** A paid-with-a-stolen-card outcome: usually delivered, usually charged back weeks later. */
function stolenCard(m: Market): Pick<OrderSpec, 'card' | 'completeAfterHours' | 'disputeAfterHours' | 'buyerReviewChance'> {
  const r = m.random;
  return {
    card: m.world.key(),
    completeAfterHours: r.chance(0.8) ? r.logNormal(72, 0.5) : null,
    disputeAfterHours: r.chance(0.8) ? r.uniform(72, 1400) : null,
    buyerReviewChance: 0.05,
  };
}

/** Fraudsters reuse a few devices across incidents (emulators, phone farms); sometimes they reset. */
class DevicePool {
  private readonly devices: number[] = [];
  constructor(private readonly m: Market) {}
  device(reuse: number): number {
    if (this.devices.length > 0 && this.m.random.chance(reuse)) return this.m.random.pick(this.devices);
    const d = this.m.world.key();
    this.devices.push(d);
    return d;
  }
}

/** A fresh account `ageHours` before `at`, signed up on `device`. */
function freshAccount(m: Market, at: number, ageHours: number, device: number, currency = m.currency()): Person {
  return m.person(at - ageHours, currency, 0, device);
}

/** An account with a history of its own (bought, aged, or a victim's), buying ordinarily until `until`. */
function agedAccount(m: Market, minDays: number, until: number, currency = m.currency()): Person {
  const r = m.random;
  const perDay = r.logNormal(0.05, 0.7);
  const p = m.person(Market.bornAgo(minDays + r.logNormal(200, 1)), currency, perDay);
  for (const at of m.moments(p.currency, perDay, -30, until / DAY)) if (at < until) m.buy(p, at, { segment: 'ordinary' });
  return p;
}

/** Small purchases to learn which stolen cards work: one account in a burst, many fresh accounts
 * one test each (distributed), or an aged account testing a few a day (low and slow). */
function cardTesting(m: Market, scale: number, pool: DevicePool): void {
  const r = m.random;
  for (let i = 0; i < Math.round(30 * scale); i++) {
    const style = as('card_testing');
    const start = startOf(m);
    const small = () => ({ category: m.category(['gift_cards', 'gaming', 'books', 'fashion', 'kids']), priceFactor: r.logNormal(r.uniform(0.08, 0.8), 0.4) });
    const variant = (['burst', 'distributed', 'slow'] as const)[i % 3]!;
    const currency = m.currency();
    const oneSeller = r.chance(0.35) ? m.seller(currency, start) : undefined;
    if (variant === 'burst') {
      const p = r.chance(0.75) ? freshAccount(m, start, r.logNormal(2, 1.5), pool.device(0.3), currency) : agedAccount(m, 30, start, currency);
      const gap = r.logNormal(0.08, 1);
      let at = start;
      for (let k = r.int(6, 30); k > 0; k--, at += r.exponential(gap)) m.buy(p, at, { ...style, ...stolenCard(m), ...small(), seller: oneSeller });
    } else if (variant === 'distributed') {
      const device = r.chance(0.5) ? pool.device(0.5) : null; // null: every account on a reset device
      const reused: number[] = [];
      for (let k = r.int(6, 25), at = start; k > 0; k--, at += r.logNormal(0.6, 1.5)) {
        const p = freshAccount(m, at, r.logNormal(0.5, 2), device ?? m.world.key(), currency);
        for (let j = r.chance(0.7) ? 1 : r.int(2, 3); j > 0; j--) {
          const spec = stolenCard(m);
          if (reused.length > 0 && r.chance(0.15)) spec.card = r.pick(reused);
          reused.push(spec.card);
          m.buy(p, at + r.uniform(0, 0.5), { ...style, ...spec, ...small(), seller: oneSeller });
        }
      }
    } else {
      const p = agedAccount(m, 60, start);
      for (let day = 0, days = r.int(2, 8); day < days; day++) {
        for (let k = r.int(1, 5); k > 0; k--) m.buy(p, start + day * DAY + r.uniform(0, 20), { ...style, ...stolenCard(m), ...small() });
      }
    }
  }
}

/** A stolen login: new device or a spoofed one, payout details changed or not, cashing out at once
 * or after days, on the victim's stored card. The victim's history is ordinary. */
function accountTakeover(m: Market, scale: number, pool: DevicePool): void {
  const r = m.random;
  for (let i = 0; i < Math.round(95 * scale); i++) {
    const style = as('account_takeover');
    const taken = startOf(m, 6);
    const victim = agedAccount(m, r.chance(0.2) ? 200 : 20, taken);
    const stealth = i % 10 < 3;
    const attacker: Person = { ...victim };
    if (!stealth && r.chance(0.8)) m.world.seeDevice(victim.account, (attacker.device = pool.device(0.2)), taken);
    if (!stealth && r.chance(0.55)) m.world.changePayout(victim.account, taken + r.uniform(0, 3));
    if (r.chance(0.25)) attacker.card = m.world.key();
    let at = taken + r.logNormal(r.pick([0.3, 3, 20, 60]), 0.8);
    for (let k = stealth ? r.int(1, 2) : r.int(1, 8); k > 0 && at < DAYS * DAY; k--, at += r.logNormal(r.uniform(0.1, 10), 1)) {
      const category = stealth && r.chance(0.5) ? m.category() : m.category(CASH_OUT_CATEGORIES);
      m.buy(attacker, at, {
        ...style,
        category,
        priceFactor: r.logNormal(stealth ? 1 : r.uniform(0.9, 2.5), 0.4),
        completeAfterHours: r.chance(0.7) ? r.logNormal(72, 0.5) : null,
        disputeAfterHours: r.chance(0.8) ? r.uniform(24, 500) : null,
        buyerReviewChance: 0,
      });
    }
  }
}

/** A storefront sells below market to honest buyers and fills each sale by buying the item from a
 * real seller with a stolen card, shipped to the honest buyer. The purchases are the fraud. */
function triangulation(m: Market, scale: number): void {
  const r = m.random;
  for (let i = 0; i < Math.round(20 * scale); i++) {
    const style = as('triangulation');
    const start = startOf(m, 8);
    const currency = m.currency();
    const store = m.person(start - r.uniform(1, 90) * DAY, currency, 0.02);
    const separate = (['store', 'twin', 'several'] as const)[i % 3]!; // who places the purchases
    const twins =
      separate === 'store'
        ? [store]
        : Array.from({ length: separate === 'twin' ? 1 : r.int(2, 5) }, () =>
            m.person(start - r.logNormal(5, 1.2) * DAY, currency, 0.02, separate === 'twin' ? store.device : m.world.key()),
          );
    const discount = r.uniform(0.55, 0.9);
    const category = m.category(['electronics', 'phones', 'sneakers', 'gaming', 'home', 'luxury']);
    const span = r.uniform(4, 25) * DAY;
    for (let k = r.int(6, 25); k > 0; k--) {
      const sold = start + r.uniform(0, span);
      const buyer = m.person(Market.bornAgo(r.logNormal(300, 1)), currency, 0.05);
      const factor = r.logNormal(1, 0.3);
      m.buy(buyer, sold, { segment: 'ordinary', seller: store.account, category, priceFactor: factor * discount, completeAfterHours: r.logNormal(100, 0.4) });
      m.buy(r.pick(twins), sold + r.logNormal(3, 1), { ...style, ...stolenCard(m), category, priceFactor: factor * r.logNormal(1, 0.1) });
    }
  }
}

/** Money moved buyer → seller as purchases: a mule seller, young or recruited and established;
 * prices inflated a little or a lot; listings put up just before the purchase. */
function collusion(m: Market, scale: number): void {
  const r = m.random;
  for (let i = 0; i < Math.round(32 * scale); i++) {
    const style = as('collusion');
    const start = startOf(m, 10);
    const currency = m.currency();
    const young = i % 2 === 0;
    const seller = young ? m.person(start - r.logNormal(3, 1) * DAY, currency, 0) : m.person(Market.bornAgo(r.logNormal(400, 0.8)), currency, 0.05);
    if (!young) m.addSeller(seller.account, r.uniform(0.5, 4));
    const inflation = i % 3 === 1 ? r.uniform(1.05, 1.6) : r.logNormal(r.uniform(2, 12), 0.3);
    const buyers = Array.from({ length: r.int(1, 4) }, () =>
      r.chance(0.5)
        ? m.person(start - r.logNormal(4, 1.5) * DAY, currency, 0, r.chance(0.3) ? seller.device : m.world.key())
        : m.person(Market.bornAgo(r.logNormal(300, 1)), currency, 0.05),
    );
    const dirty = r.chance(0.4); // funded with stolen cards rather than the buyer's own money
    const category = m.category();
    const span = r.uniform(2, 40) * DAY;
    for (let k = r.int(3, 18); k > 0; k--) {
      const at = start + r.uniform(0, span);
      m.buy(r.pick(buyers), at, {
        ...style,
        ...(dirty ? stolenCard(m) : { disputeAfterHours: null }),
        seller: seller.account,
        category,
        priceFactor: inflation * r.logNormal(1, 0.25),
        listingAgeHours: r.chance(0.7) ? r.logNormal(0.5, 1) : undefined,
        completeAfterHours: r.logNormal(20, 0.8),
        buyerReviewChance: r.uniform(0, 0.9),
      });
    }
  }
}

/** Rings buying cheap items from the shops they promote to leave reviews: fresh accounts on a few
 * devices, or aged accounts bought or grown to look real. */
function reviewRings(m: Market, scale: number, pool: DevicePool): void {
  const r = m.random;
  for (let i = 0; i < Math.round(26 * scale); i++) {
    const style = as('review_manipulation');
    const start = startOf(m, 10);
    const currency = m.currency();
    const shops = Array.from({ length: r.int(1, 3) }, () => m.person(start - (r.chance(0.5) ? r.logNormal(5, 1) : r.logNormal(300, 0.8)) * DAY, currency, 0.01).account);
    const aged = i % 2 === 1;
    const devices = Array.from({ length: r.int(1, 4) }, () => pool.device(0.2));
    const members = Array.from({ length: r.int(4, 16) }, () =>
      aged ? m.person(Market.bornAgo(r.uniform(190, 900)), currency, r.uniform(0.005, 0.05)) : freshAccount(m, start, r.logNormal(24, 1.5), r.pick(devices), currency),
    );
    const span = r.uniform(1, 14) * DAY;
    for (const member of members) {
      for (let k = r.int(1, 3); k > 0; k--) {
        m.buy(member, start + r.uniform(0, span), {
          ...style,
          seller: r.pick(shops),
          category: m.category(['books', 'fashion', 'home', 'kids', 'collectibles']),
          priceFactor: r.logNormal(0.5, 0.5),
          completeAfterHours: r.logNormal(30, 0.6),
          disputeAfterHours: null,
          buyerReviewChance: 0.95,
          sellerReviewChance: r.uniform(0, 0.8),
        });
      }
    }
  }
}

/** One person, many new accounts, one first-order promotion each: on one device or with the device
 * reset each time, on one card or several, sometimes buying from their own shop. */
function promoAbuse(m: Market, scale: number, pool: DevicePool): void {
  const r = m.random;
  for (let i = 0; i < Math.round(32 * scale); i++) {
    const style = as('promo_abuse');
    const start = startOf(m, 10);
    const currency = m.currency();
    const reset = i % 5 < 2;
    const device = pool.device(0.3);
    const card = r.chance(0.4) ? m.world.key() : null;
    const ownShop = r.chance(0.3) ? m.person(start - r.logNormal(30, 1) * DAY, currency, 0.02, device).account : undefined;
    const span = r.uniform(0.2, 20) * DAY;
    for (let k = r.int(3, 18); k > 0; k--) {
      const signUp = start + r.uniform(0, span);
      const p = freshAccount(m, signUp + 0.01, 0.01, reset ? m.world.key() : device, currency);
      if (card !== null) p.card = card;
      m.buy(p, signUp + r.logNormal(0.6, 1.3), { ...style, seller: ownShop, priceFactor: r.logNormal(0.9, 0.3), disputeAfterHours: null });
    }
  }
}

/** A sleeper builds a clean history, then spends everything it can within hours or days. */
function bustOut(m: Market, scale: number): void {
  const r = m.random;
  for (let i = 0; i < Math.round(40 * scale); i++) {
    const style = as('bust_out');
    const bust = startOf(m, 4);
    const p = agedAccount(m, r.uniform(10, 300), bust);
    if (r.chance(0.3)) m.world.seeDevice(p.account, (p.device = m.world.key()), bust - r.uniform(1, 200));
    if (r.chance(0.35)) m.world.changePayout(p.account, bust - r.logNormal(24, 1.5));
    const cards = r.chance(0.5) ? [p.card] : Array.from({ length: r.int(1, 4) }, () => m.world.key());
    const span = r.logNormal(20, 1);
    for (let k = r.int(3, 14); k > 0; k--) {
      m.buy(p, bust + r.uniform(0, span), {
        ...style,
        card: r.pick(cards),
        category: m.category(CASH_OUT_CATEGORIES),
        priceFactor: r.logNormal(r.uniform(0.8, 3), 0.4),
        completeAfterHours: r.logNormal(72, 0.5),
        disputeAfterHours: r.chance(0.6) ? r.uniform(100, 1200) : null,
        buyerReviewChance: 0,
      });
    }
  }
}

/** A buyer receives the item and charges it back anyway; most have done it before, some never. */
function friendlyFraud(m: Market, scale: number): void {
  const r = m.random;
  for (let i = 0; i < Math.round(200 * scale); i++) {
    const style = as('friendly_fraud');
    const at = startOf(m, 1);
    const p = agedAccount(m, 20, at);
    if (i % 10 < 7) m.world.accounts[p.account]!.legacyDisputes += r.int(1, 5);
    for (let k = r.chance(0.8) ? 1 : r.int(2, 3), t = at; k > 0; k--, t += r.logNormal(100, 1)) {
      const completeAfterHours = r.logNormal(80, 0.4);
      m.buy(p, t, { ...style, category: m.category(), priceFactor: r.logNormal(1.2, 0.6), completeAfterHours, disputeAfterHours: completeAfterHours + r.uniform(24, 600) });
    }
  }
}

/** New accounts buying high-value goods with stolen cards, at once or after incubating for days. */
function stolenCardNewAccounts(m: Market, scale: number, pool: DevicePool): void {
  const r = m.random;
  for (let i = 0; i < Math.round(120 * scale); i++) {
    const style = as('stolen_card_new_account');
    const at = startOf(m, 2);
    const p = freshAccount(m, at, i % 5 < 3 ? r.logNormal(0.4, 1.2) : r.uniform(24, 24 * 20), pool.device(0.35));
    const sameCard = r.chance(0.5) ? stolenCard(m).card : null;
    for (let k = r.int(1, 4), t = at; k > 0; k--, t += r.logNormal(3, 1.5)) {
      const spec = stolenCard(m);
      m.buy(p, t, { ...style, ...spec, card: sameCard ?? spec.card, category: m.category(CASH_OUT_CATEGORIES), priceFactor: r.logNormal(r.uniform(0.6, 2.2), 0.3) });
    }
  }
}

export function fraud(m: Market, scale: number): void {
  const pool = new DevicePool(m);
  cardTesting(m, scale, pool);
  accountTakeover(m, scale, pool);
  triangulation(m, scale);
  collusion(m, scale);
  reviewRings(m, scale, pool);
  promoAbuse(m, scale, pool);
  bustOut(m, scale);
  friendlyFraud(m, scale);
  stolenCardNewAccounts(m, scale, pool);
}
