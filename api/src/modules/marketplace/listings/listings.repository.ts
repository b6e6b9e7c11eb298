import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB, ListingRow, ListingStatus } from '../../../db/schema';
import { type Cursor, afterCursor } from '../../../db/keyset';
import { toAmount } from '../../money/currencies';
import { hasNotBlocked } from '../blocks';
import { pathOf } from '../categories';
import { notSuspended, userColumn } from '../users';

export const COLUMNS = [
  'id',
  'seller_id',
  'title',
  'description',
  'price_amount',
  'currency',
  'category',
  'condition',
  'attributes',
  'place',
  'lat',
  'lng',
  'status',
  'sale_format',
  'moderation_flags',
  'moderation_note',
  'created_at',
  'updated_at',
] as const;
export type Listing = Pick<ListingRow, (typeof COLUMNS)[number]>;

/** Statuses only the seller and moderators see: to anyone else such a listing does not exist. */
export const SELLER_ONLY: readonly ListingStatus[] = ['draft', 'withdrawn', 'pending_review', 'changes_requested', 'rejected'];

export function insertListing(trx: Transaction<DB>, values: Omit<Listing, 'id' | 'sale_format'>): Promise<Listing> {
  return trx.insertInto('listings').values(values).returning(COLUMNS).executeTakeFirstOrThrow();
}

export function findListing(db: Kysely<DB> | Transaction<DB>, id: string): Promise<Listing | undefined> {
  return db.selectFrom('listings').select(COLUMNS).where('id', '=', id).executeTakeFirst();
}

export function lockListing(trx: Transaction<DB>, id: string): Promise<Listing | undefined> {
  return trx.selectFrom('listings').select(COLUMNS).where('id', '=', id).forUpdate().executeTakeFirst();
}

export function updateListing(trx: Transaction<DB>, id: string, values: Partial<Omit<Listing, 'id' | 'seller_id' | 'created_at'>>): Promise<Listing> {
  return trx.updateTable('listings').set(values).where('id', '=', id).returning(COLUMNS).executeTakeFirstOrThrow();
}

/** The seller's own listings in every status, newest first. */
export function listSellerListings(db: Kysely<DB>, sellerId: string, f: { status?: ListingStatus; limit: number; cursor?: Cursor }): Promise<Listing[]> {
  let query = db.selectFrom('listings').select(COLUMNS).where('seller_id', '=', sellerId);
  if (f.status) query = query.where('status', '=', f.status);
  if (f.cursor) query = query.where(afterCursor('created_at', 'id', f.cursor));
  return query
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(f.limit + 1)
    .execute();
}

/** Locks several listings in id order, so two bulk decisions over overlapping sets cannot deadlock. */
export function lockListings(trx: Transaction<DB>, ids: readonly string[]): Promise<Listing[]> {
  return trx.selectFrom('listings').select(COLUMNS).where('id', 'in', ids).orderBy('id').forUpdate().execute();
}

/** A suspended seller's listings are hidden from the public until they are reinstated. */
const sellerNotSuspended = notSuspended('listings.seller_id');

/** Listings the viewer may see: not their sellers' while suspended, nor those of a seller who blocked the viewer. */
export function visibleTo(viewerId: string | undefined) {
  return viewerId ? sql<boolean>`${sellerNotSuspended} AND ${hasNotBlocked('listings.seller_id', viewerId)}` : sellerNotSuspended;
}

/**
 * A listing as the public (or `viewerId`) sees it: undefined when it does not exist, is removed or
 * under review, or its seller is suspended or blocked the viewer.
 */
export function findVisibleListing(db: Kysely<DB>, id: string, viewerId?: string): Promise<Listing | undefined> {
  return db
    .selectFrom('listings')
    .select(COLUMNS)
    .where('id', '=', id)
    .where('status', 'not in', ['removed', ...SELLER_ONLY])
    .where(visibleTo(viewerId))
    .executeTakeFirst();
}

/** Whether the viewer may see the listing: its seller always, anyone else as findVisibleListing says. */
export async function isListingShownTo(db: Kysely<DB>, id: string, viewerId: string | undefined): Promise<boolean> {
  const own = viewerId ? await db.selectFrom('listings').select('id').where('id', '=', id).where('seller_id', '=', viewerId).executeTakeFirst() : undefined;
  return own !== undefined || (await findVisibleListing(db, id, viewerId)) !== undefined;
}

/** A seller's active listings as the public (or `viewerId`) sees them, newest first. */
export function listActiveListingsOf(db: Kysely<DB>, sellerId: string, f: { viewerId?: string; limit: number; cursor?: Cursor }): Promise<Listing[]> {
  let query = db.selectFrom('listings').select(COLUMNS).where('seller_id', '=', sellerId).where('status', '=', 'active').where(visibleTo(f.viewerId));
  if (f.cursor) query = query.where(afterCursor('created_at', 'id', f.cursor));
  return query
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(f.limit + 1)
    .execute();
}

/** How many active listings the seller shows (their public profile's count). */
export async function countActiveListings(db: Kysely<DB>, sellerId: string): Promise<number> {
  const row = await db
    .selectFrom('listings')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('seller_id', '=', sellerId)
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Reserves an active listing for a buyer other than its seller, in one statement; undefined when it
 * is not available to them (the caller reads the listing to say why).
 */
export function reserveListing(trx: Transaction<DB>, id: string, buyerId: string, now: Date): Promise<Listing | undefined> {
  return trx
    .updateTable('listings')
    .set({ status: 'reserved', updated_at: now })
    .where('id', '=', id)
    .where('status', '=', 'active')
    .where('seller_id', '<>', buyerId)
    .where(sellerNotSuspended)
    .returning(COLUMNS)
    .executeTakeFirst();
}

export async function setListingStatus(trx: Transaction<DB>, id: string, status: Listing['status'], now: Date): Promise<void> {
  await trx.updateTable('listings').set({ status, updated_at: now }).where('id', '=', id).execute();
}

export function toListingResponse(l: Listing) {
  return {
    id: l.id,
    seller_id: l.seller_id,
    title: l.title,
    description: l.description,
    price: { amount: toAmount(l.price_amount), currency: l.currency },
    category: l.category,
    category_path: pathOf(l.category).map(({ slug, name }) => ({ slug, name })),
    condition: l.condition,
    attributes: l.attributes,
    location: l.place === null ? null : { place: l.place, lat: l.lat, lng: l.lng },
    status: l.status,
    sale_format: l.sale_format,
    moderation_note: l.moderation_note,
    created_at: l.created_at.toISOString(),
    updated_at: l.updated_at.toISOString(),
  };
}

/** Every listing of the seller, oldest first (their data export). */
export async function exportListingsOf(db: Kysely<DB>, sellerId: string) {
  const rows = await db.selectFrom('listings').select(COLUMNS).where('seller_id', '=', sellerId).orderBy('created_at').orderBy('id').execute();
  return rows.map(toListingResponse);
}

/** Statuses a deleted seller's listing leaves: it could still be (or become) bought. Reserved and sold ones belong to an order. */
const CLOSABLE: readonly ListingStatus[] = ['draft', 'active', 'pending_review', 'changes_requested', 'withdrawn'];

/** Takes a deleted seller's listings off the market; returns their ids. */
export async function closeListingsOf(trx: Transaction<DB>, sellerId: string, now: Date): Promise<string[]> {
  const rows = await trx
    .updateTable('listings')
    .set({ status: 'removed', updated_at: now })
    .where('seller_id', '=', sellerId)
    .where('status', 'in', CLOSABLE)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/** Several listings as the viewer sees them (as findVisibleListing), in no order; those they may not see are left out. */
export function findVisibleListings(db: Kysely<DB> | Transaction<DB>, ids: readonly string[], viewerId: string): Promise<Listing[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('listings')
    .select(COLUMNS)
    .where('id', 'in', ids)
    .where('status', 'not in', ['removed', ...SELLER_ONLY])
    .where(visibleTo(viewerId))
    .execute();
}

/**
 * An active listing as saved searches match it: with its text's lexemes and vector (the `search`
 * column) and whether its seller is verified. Undefined when the public cannot see it.
 */
export function findMatchableListing(
  db: Kysely<DB> | Transaction<DB>,
  id: string,
): Promise<(Listing & { lexemes: string[]; vector: string; seller_verified: boolean }) | undefined> {
  return db
    .selectFrom('listings')
    .select(COLUMNS)
    .select([
      sql<string[]>`tsvector_to_array(search)`.as('lexemes'),
      sql<string>`search::text`.as('vector'),
      sql<boolean>`${userColumn('identity_verified_at', 'listings.seller_id')} IS NOT NULL`.as('seller_verified'),
    ])
    .where('id', '=', id)
    .where('status', '=', 'active')
    .where(sellerNotSuspended)
    .executeTakeFirst();
}
