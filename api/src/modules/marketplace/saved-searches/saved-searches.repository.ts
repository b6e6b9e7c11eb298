import type { Kysely, Transaction } from 'kysely';
import { type Cursor, afterCursor } from '../../../db/keyset';
import type { DB } from '../../../db/schema';
import type { SavedQuery, SavedSearchConstraints } from './saved-search-constraints';

const COLUMNS = ['id', 'user_id', 'name', 'query', 'last_alerted_at', 'created_at'] as const;

export interface SavedSearch {
  id: string;
  user_id: string;
  name: string | null;
  query: Record<string, unknown>;
  last_alerted_at: Date | null;
  created_at: Date;
}

export function insertSavedSearch(
  trx: Transaction<DB>,
  values: { user_id: string; name: string | null; query: SavedQuery; created_at: Date } & SavedSearchConstraints,
): Promise<SavedSearch> {
  return trx
    .insertInto('saved_searches')
    .values({ ...values, query: JSON.stringify(values.query) })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
}

export async function countSavedSearches(trx: Transaction<DB>, userId: string): Promise<number> {
  const row = await trx
    .selectFrom('saved_searches')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The user's saved searches, newest first. */
export function listSavedSearches(db: Kysely<DB>, userId: string, limit: number, cursor?: Cursor): Promise<SavedSearch[]> {
  let query = db.selectFrom('saved_searches').select(COLUMNS).where('user_id', '=', userId);
  if (cursor) query = query.where(afterCursor('created_at', 'id', cursor));
  return query
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
}

/** Deletes one of the user's saved searches (its pending matches go with it); false when they have none by that id. */
export async function deleteSavedSearch(trx: Transaction<DB>, userId: string, id: string): Promise<boolean> {
  const result = await trx.deleteFrom('saved_searches').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export function toSavedSearchResponse(s: SavedSearch) {
  return { id: s.id, name: s.name, query: s.query, last_alerted_at: s.last_alerted_at?.toISOString() ?? null, created_at: s.created_at.toISOString() };
}

/** Every saved search of the user, oldest first (their data export). */
export async function exportSavedSearchesOf(db: Kysely<DB>, userId: string) {
  const rows = await db.selectFrom('saved_searches').select(COLUMNS).where('user_id', '=', userId).orderBy('created_at').execute();
  return rows.map(toSavedSearchResponse);
}

/** Account deletion: the user's saved searches and their pending matches. */
export async function eraseSavedSearches(trx: Transaction<DB>, userId: string): Promise<void> {
  await trx.deleteFrom('saved_searches').where('user_id', '=', userId).execute();
}
