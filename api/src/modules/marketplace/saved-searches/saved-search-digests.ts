import type { AppContext } from '../../../context';
import { inTransaction } from '../../../db/transaction';
import { toAmount } from '../../money/currencies';
import { appendEvents } from '../../platform/outbox';
import { findVisibleListings } from '../listings';
import { notify } from '../notifications';
import { claimDueDigests, closeDigest, takeMatches } from './saved-search-matches.repository';

/** Searches digested per transaction. */
const BATCH = 100;
/** Listings a digest names; the count says how many there are in all. */
const SHOWN = 3;

/**
 * Turns each due saved search's pending matches into one notification (how many new listings, and the
 * first few), at most one per search per SAVED_SEARCH_DIGEST_MINUTES: matches that arrive sooner wait
 * for the next digest (recordMatches set when). Listings no longer on sale to the saver by now are left
 * out; a digest left with none sends nothing. Returns how many notifications went out.
 */
export async function runSavedSearchDigests(ctx: AppContext): Promise<number> {
  let sent = 0;
  for (;;) {
    const now = ctx.clock.now();
    const batch = await inTransaction(ctx.db, async (trx) => {
      const due = await claimDueDigests(trx, now, BATCH);
      let notified = 0;
      for (const search of due) {
        const ids = await takeMatches(trx, search.id, now);
        const visible = new Map((await findVisibleListings(trx, ids, search.user_id)).filter((l) => l.status === 'active').map((l) => [l.id, l]));
        const listings = ids.flatMap((id) => visible.get(id) ?? []);
        if (listings.length === 0) {
          await closeDigest(trx, search.id, null);
          continue;
        }
        await notify(
          trx,
          search.user_id,
          'saved_search.matched',
          {
            saved_search_id: search.id,
            name: search.name,
            count: listings.length,
            listings: listings.slice(0, SHOWN).map((l) => ({ id: l.id, title: l.title, price: { amount: toAmount(l.price_amount), currency: l.currency } })),
          },
          now,
        );
        await appendEvents(trx, [
          {
            type: 'saved_search.matched',
            aggregateType: 'user',
            aggregateId: search.user_id,
            occurredAt: now,
            payload: { saved_search_id: search.id, user_id: search.user_id, listing_count: listings.length },
          },
        ]);
        await closeDigest(trx, search.id, now);
        notified += 1;
      }
      return { claimed: due.length, notified };
    });
    sent += batch.notified;
    if (batch.claimed < BATCH) return sent;
  }
}
