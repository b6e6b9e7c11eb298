// Fraud paid for with someone else's money or credit: card testing, account takeover, stolen-card
// purchases by new accounts, bust-outs, friendly fraud. Every incident draws its own style, and each
// typology has a variant that looks ordinary on most signals.

import { type Category, CHEAP_CATEGORIES, END, type Fate, RESALE_CATEGORIES } from './market';
import { arrivals, buy, type Ctx, type Person, person, switchDevice } from './people';
import { DAY, HOUR } from './world';

const MINUTE = 60_000;

/** Fraud is usually charged back weeks later by the card's real owner; some never is. */
export function chargeback(ctx: Ctx, delivered: number): Fate {
  return { delivered, buyerReviews: 0.03, sellerReviews: 0.03, dispute: ctx.rng.uniform(0.4, 0.9), disputeAfterDays: [3, 45] };
}

/** Incident k of n starts in the k-th n-th of the window (jittered), so train and out-of-time test
 * both see every typology at any scale. */
export const incidentStart = (ctx: Ctx, k: number, n: number, margin = 0) => ((k + ctx.rng.next()) / n) * (END - margin);

/** Bursts from one account (many cards, minutes apart) or distributed: one fresh account per test or
 * two, from a device farm or with a device reset each time, spread over hours to days. */
export function cardTesting(ctx: Ctx, incidents: number): void {
  const { rng, world } = ctx;
  for (let i = 0; i < incidents; i++) {
    const t0 = incidentStart(ctx, i, incidents, HOUR);
    const cheap = rng.logUniform(0.03, 0.8);
    const batch = Array.from({ length: rng.int(3, 40) }, () => world.newCard());
    const reuseBatch = rng.chance(0.5);
    const card = () => (reuseBatch ? rng.pick(batch) : world.newCard());
    const fate = chargeback(ctx, rng.uniform(0.2, 0.9));
    const category = (): Category => (rng.chance(0.7) ? rng.pick(CHEAP_CATEGORIES) : rng.pick(RESALE_CATEGORIES));
    // Variants alternate by incident so each shows up at any scale; the rest of the style is drawn.
    if (i % 2 === 0) {
      const who = person(ctx, rng.chance(0.7) ? t0 - rng.logUniform(1, 600) * MINUTE : t0 - rng.logUniform(1, 90) * DAY);
      const gap = rng.logUniform(0.2, 15) * MINUTE;
      let at = t0;
      for (let k = rng.int(4, 40); k > 0 && at < END; k--, at += rng.exponential(gap))
        buy(ctx, who, at, 'card_testing', 'card_testing', { category: category(), multiple: cheap, card: card(), fate });
    } else {
      const farm = rng.chance(0.4) ? world.newDevice() : undefined;
      const span = rng.logUniform(0.5, 96) * HOUR;
      for (let a = rng.int(4, 30); a > 0; a--) {
        const at = t0 + rng.uniform(0, span);
        if (at >= END) continue;
        const who = person(ctx, at - rng.logUniform(0.5, 300) * MINUTE, { device: farm, card: card() });
        for (let k = rng.chance(0.7) ? 1 : 2, t = at; k > 0 && t < END; k--, t += rng.logUniform(1, 60) * MINUTE)
          buy(ctx, who, t, 'card_testing', 'card_testing', { category: category(), multiple: cheap * rng.logUniform(0.7, 1.5), fate });
      }
    }
  }
}

/** A long-standing account taken over: with or without a new device, with or without a payout
 * change, the attacker waiting minutes to days; a stealth variant on a spoofed device with the saved card. */
export function accountTakeover(ctx: Ctx, incidents: number, victims: readonly Person[]): void {
  const { rng, world } = ctx;
  for (let i = 0; i < incidents; i++) {
    const victim = rng.pick(victims);
    const t0 = incidentStart(ctx, i, incidents, HOUR);
    if ((world.createdAt[victim.id] as number) > t0 - 30 * DAY) continue;
    const attacker: Person = { id: victim.id, device: victim.device, cards: victim.cards };
    const stealth = i % 4 === 0;
    if (!stealth && rng.chance(0.75)) switchDevice(ctx, attacker, t0);
    if (!stealth && rng.chance(0.5)) world.changePayout(victim.id, t0 + rng.logUniform(1, 48 * 60) * MINUTE);
    if (!stealth && rng.chance(0.35)) attacker.cards = [world.newCard()];
    const fate = chargeback(ctx, rng.uniform(0.5, 0.95));
    let at = t0 + rng.logUniform(2, 6 * 24 * 60) * MINUTE;
    const spacing = rng.logUniform(2, 24 * 60) * MINUTE;
    const resale = stealth ? 0.4 : 0.8;
    for (let k = stealth ? rng.int(1, 2) : rng.int(1, 7); k > 0 && at < END; k--, at += rng.exponential(spacing)) {
      const category = rng.chance(resale) ? rng.pick(RESALE_CATEGORIES) : undefined;
      buy(ctx, attacker, at, 'account_takeover', 'account_takeover', { category, multiple: rng.logUniform(0.6, stealth ? 1.5 : 3), fate });
    }
  }
}

/** New accounts buying resellable goods with stolen cards, minutes to days after signing up; some
 * cards and devices recur across accounts of the same crew. */
export function stolenCardNewAccounts(ctx: Ctx, crews: number): void {
  const { rng, world } = ctx;
  for (let c = 0; c < crews; c++) {
    const cards = Array.from({ length: rng.int(1, 6) }, () => world.newCard());
    const devices = Array.from({ length: rng.int(1, 4) }, () => world.newDevice());
    const reuse = rng.uniform(0, 0.8);
    const start = incidentStart(ctx, c, crews, DAY);
    const span = rng.logUniform(1, 30) * DAY;
    for (let a = rng.int(1, 6); a > 0; a--) {
      const created = start + rng.uniform(0, span);
      const who = person(ctx, created, { device: rng.chance(reuse) ? rng.pick(devices) : undefined, card: rng.chance(reuse) ? rng.pick(cards) : undefined });
      const fate = chargeback(ctx, rng.uniform(0.6, 0.95));
      let at = created + rng.logUniform(2, 72 * 60) * MINUTE;
      for (let k = rng.int(1, 3); k > 0 && at < END; k--, at += rng.logUniform(5, 48 * 60) * MINUTE)
        buy(ctx, who, at, 'stolen_card', 'stolen_card', { category: rng.chance(0.85) ? rng.pick(RESALE_CATEGORIES) : undefined, multiple: rng.logUniform(0.6, 2.5), fate });
    }
  }
}

/** An aged account with a thin, clean history suddenly spends: several resellable orders within
 * hours to days, usually from its own device. */
export function bustOut(ctx: Ctx, incidents: number): void {
  const { rng, world } = ctx;
  for (let i = 0; i < incidents; i++) {
    const created = -rng.logUniform(40, 900) * DAY;
    const who = person(ctx, created);
    const bust = incidentStart(ctx, i, incidents, DAY);
    for (const at of arrivals(rng, rng.logUniform(0.01, 0.08), Math.max(created, -40 * DAY), bust)) buy(ctx, who, at, 'legit', 'ordinary', { multiple: rng.logUniform(0.4, 1.2) });
    if (rng.chance(0.2)) switchDevice(ctx, who, bust - rng.logUniform(1, 500) * HOUR);
    if (rng.chance(0.3)) world.changePayout(who.id, bust - rng.logUniform(1, 300) * HOUR);
    if (rng.chance(0.5)) who.cards.push(world.newCard());
    const fate = chargeback(ctx, rng.uniform(0.7, 0.98));
    const span = rng.logUniform(2, 144) * HOUR;
    const orders = rng.int(3, 20);
    const times = Array.from({ length: orders }, () => bust + rng.uniform(0, span)).sort((a, b) => a - b);
    for (const at of times) {
      if (at >= END) break;
      buy(ctx, who, at, 'bust_out', 'bust_out', { category: rng.chance(0.75) ? rng.pick(RESALE_CATEGORIES) : undefined, multiple: rng.logUniform(0.7, 3), fate });
    }
  }
}

/** A buyer who received the goods charges them back anyway; most have disputed before, some not. */
export function friendlyFraud(ctx: Ctx, buyers: number): void {
  const { rng } = ctx;
  for (let i = 0; i < buyers; i++) {
    const created = -rng.logUniform(20, 1500) * DAY;
    const who = person(ctx, created);
    const first = incidentStart(ctx, i, buyers, DAY);
    const priorDisputes = i % 4 === 0 ? 0 : rng.int(1, 4);
    const history = arrivals(rng, rng.logUniform(0.03, 0.3), Math.max(created, -40 * DAY), first);
    history.forEach((at, k) => buy(ctx, who, at, 'legit', 'ordinary', { fate: k < priorDisputes ? { dispute: 1, disputeAfterDays: [2, 20] } : undefined }));
    const fate: Fate = { delivered: 0.98, dispute: 1, disputeAfterDays: [3, 40], buyerReviews: 0.05 };
    let at = first;
    for (let k = rng.int(1, 3); k > 0 && at < END; k--, at += rng.logUniform(1, 20) * DAY)
      buy(ctx, who, at, 'friendly_fraud', 'friendly_fraud', { multiple: rng.logUniform(0.6, 2.5), category: rng.chance(0.5) ? rng.pick(RESALE_CATEGORIES) : undefined, fate });
  }
}
