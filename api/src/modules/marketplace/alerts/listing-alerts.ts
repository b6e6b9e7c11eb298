import type { AppContext } from '../../../context';
import { inTransaction } from '../../../db/transaction';
import { alertPriceDrop } from '../favourites';
import { takeListingChanges } from '../listings';
import { matchNewListing } from '../saved-searches';

/** Changes taken per transaction. */
const BATCH = 50;

/**
 * The one consumer of the listings' change queue: a listing that went live becomes a pending match of
 * the saved searches it matches (their hourly digest notifies), and a price drop notifies everyone who
 * favourited the listing. Each batch is taken and acted on in one transaction, so a crash loses
 * nothing and nothing is alerted twice. Alerts are written as in-app notifications; other channels
 * (real-time, mail) read those, so nothing here knows about them. Returns how many changes it handled.
 */
export async function runListingAlerts(ctx: AppContext): Promise<number> {
  let handled = 0;
  for (;;) {
    const taken = await inTransaction(ctx.db, async (trx) => {
      const changes = await takeListingChanges(trx, BATCH);
      const now = ctx.clock.now();
      for (const change of changes) {
        if (change.kind === 'published') await matchNewListing(trx, ctx.config, change.listing_id, now);
        else await alertPriceDrop(trx, { listingId: change.listing_id, oldAmount: change.old_amount!, newAmount: change.new_amount, currency: change.currency }, now);
      }
      return changes.length;
    });
    handled += taken;
    if (taken < BATCH) return handled;
  }
}
