import type { Transaction } from 'kysely';
import type { z } from 'zod';
import type { Config } from '../../../config';
import type { AppContext } from '../../../context';
import type { DB } from '../../../db/schema';
import { lockExternalObject } from '../../../db/advisory-lock';
import { inTransaction } from '../../../db/transaction';
import { conflict, notFound } from '../../../errors';
import { type DomainEvent, appendEvents } from '../../platform/outbox';
import { findMatchableListing, listingKeyShares, textQueriesOf } from '../listings';
import { sellerRatingsOf } from '../reviews';
import { recordMatches } from './saved-search-matches.repository';
import { constraintsOf } from './saved-search-constraints';
import { type SavedSearch, countSavedSearches, deleteSavedSearch, insertSavedSearch } from './saved-searches.repository';
import type { SavedSearchBody } from './saved-searches.schemas';

const savedSearchEvent = (type: 'saved_search.created' | 'saved_search.deleted', userId: string, savedSearchId: string, now: Date): DomainEvent => ({
  type,
  aggregateType: 'user',
  aggregateId: userId,
  occurredAt: now,
  payload: { saved_search_id: savedSearchId, user_id: userId },
});

/** Saves a search, up to SAVED_SEARCHES_PER_USER (409 beyond); its constraints are indexed for matching new listings. */
export async function saveSearch(ctx: AppContext, userId: string, input: z.infer<typeof SavedSearchBody>): Promise<SavedSearch> {
  const { limit: _limit, cursor: _cursor, ...query } = input.query;
  const constraints = constraintsOf(query, query.q === undefined ? null : (await textQueriesOf(ctx.db, [query.q]))[0]!, await listingKeyShares(ctx.db));
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (trx) => {
    // Two saves at once must not both pass the cap.
    await lockExternalObject(trx, `saved-searches:${userId}`);
    const max = ctx.config.SAVED_SEARCHES_PER_USER;
    if ((await countSavedSearches(trx, userId)) >= max) throw conflict('saved_search_limit', `You have ${max} saved searches, the most allowed: delete one first`);
    const saved = await insertSavedSearch(trx, { user_id: userId, name: input.name ?? null, query, created_at: now, ...constraints });
    await appendEvents(trx, [savedSearchEvent('saved_search.created', userId, saved.id, now)]);
    return saved;
  });
}

export async function deleteSearch(ctx: AppContext, userId: string, id: string): Promise<void> {
  const now = ctx.clock.now();
  await inTransaction(ctx.db, async (trx) => {
    if (!(await deleteSavedSearch(trx, userId, id))) throw notFound('Saved search');
    await appendEvents(trx, [savedSearchEvent('saved_search.deleted', userId, id, now)]);
  });
}

/**
 * A listing went live (published, approved or relisted): it becomes a pending match of every saved
 * search it matches, for their next digest. Nothing when it is no longer on sale. Returns how many searches matched.
 */
export async function matchNewListing(trx: Transaction<DB>, config: Pick<Config, 'SAVED_SEARCH_DIGEST_MINUTES'>, listingId: string, now: Date): Promise<number> {
  const listing = await findMatchableListing(trx, listingId);
  if (!listing) return 0;
  const rating = (await sellerRatingsOf(trx, [listing.seller_id])).get(listing.seller_id)!;
  return recordMatches(trx, { ...listing, seller_rating: rating.average }, now, config.SAVED_SEARCH_DIGEST_MINUTES);
}
