import { randomBytes } from 'node:crypto';
import type { AppContext } from '../context';
import { DomainError } from '../errors';
import { createOrder } from '../modules/marketplace/orders';
import { payOrder } from '../modules/money/checkout';
import { createSeedAccount } from '../modules/marketplace/users';
import { liveListing } from './demo-trust-safety';
import { DEMO_SHIP_TO } from './demo-shipping';

const MINUTE = 60_000;
const ACCOUNTS = 3;

/**
 * A card shared across new accounts, for the stream scorer: three accounts registered within the last hour,
 * each on its own phone, pay one seller with the same card, minutes apart. The payment-time model cannot
 * link them (a card is known only once a charge has succeeded, and a shared device would have it block the
 * later payments), so this is the stream's catch: once the worker has relayed the events and run its
 * detectors (its first runs, well inside the hour), the linked-velocity detector opens a stream case in the
 * fraud inbox beside the payment-time ones.
 */
export async function seedStreamActivity(ctx: AppContext, sellerId: string, staffId: string): Promise<{ farm_accounts: number }> {
  const end = ctx.clock.now().getTime();
  let now = end;
  const c: AppContext = { ...ctx, clock: { now: () => new Date(now) } };
  let paid = 0;
  for (let i = 0; i < ACCOUNTS; i++) {
    now = end - (40 - i * 10) * MINUTE;
    const user = await createSeedAccount(
      c,
      { email: `farm${i}@agora.local`, password: randomBytes(12).toString('base64url'), display_name: `Farm Account ${i}` },
      `demo-farm-phone-${i}`,
    );
    const listing = await liveListing(c, staffId, sellerId, {
      title: `Gift card bundle #${i + 1}`,
      description: 'Unused gift cards, demo data.',
      price: { amount: 4_500, currency: 'EUR' },
      category: 'other',
      condition: 'new',
    });
    now += 2 * MINUTE;
    const order = await createOrder(c, user.id, listing.id);
    now += MINUTE;
    try {
      await payOrder(c, user.id, order.id, { paymentMethod: 'pm_card_fp_demofarm', shipTo: DEMO_SHIP_TO, emailVerified: true });
      paid++;
    } catch (err) {
      // The model may block a demo payment; that order simply ends where the flow left it.
      if (!(err instanceof DomainError) || err.kind !== 'payment_declined') throw err;
    }
  }
  return { farm_accounts: paid };
}
