import type { Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely';
import { type Cursor, afterCursor } from '../../../db/keyset';
import type { DB, OfferEventsTable, OffersTable } from '../../../db/schema';
import { toAmount } from '../../money/currencies';
import type { OfferStatus } from './offer';

export type Offer = Selectable<OffersTable>;
export type OfferEvent = Selectable<OfferEventsTable>;
type Db = Kysely<DB> | Transaction<DB>;

export function insertOffer(trx: Transaction<DB>, values: Insertable<OffersTable>): Promise<Offer> {
  return trx.insertInto('offers').values(values).returningAll().executeTakeFirstOrThrow();
}

export function findOffer(db: Db, id: string): Promise<Offer | undefined> {
  return db.selectFrom('offers').selectAll().where('id', '=', id).executeTakeFirst();
}

export function lockOffer(trx: Transaction<DB>, id: string): Promise<Offer | undefined> {
  return trx.selectFrom('offers').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function updateOffer(trx: Transaction<DB>, id: string, values: Updateable<OffersTable>): Promise<Offer> {
  return trx.updateTable('offers').set(values).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function appendOfferEvents(trx: Transaction<DB>, rows: Insertable<OfferEventsTable>[]): Promise<void> {
  if (rows.length > 0) await trx.insertInto('offer_events').values(rows).execute();
}

export function offerHistory(db: Db, offerId: string): Promise<OfferEvent[]> {
  return db.selectFrom('offer_events').selectAll().where('offer_id', '=', offerId).orderBy('id').execute();
}

/** How many negotiations the buyer has open (the caller holds the buyer's row lock, so the count stays true until commit). */
export async function countPendingOffersOf(trx: Transaction<DB>, buyerId: string): Promise<number> {
  const row = await trx
    .selectFrom('offers')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('buyer_id', '=', buyerId)
    .where('status', '=', 'pending')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The other pending offers on a listing, locked in id order (an accept supersedes them). */
export function lockPendingOffersOn(trx: Transaction<DB>, listingId: string, exceptId: string): Promise<Offer[]> {
  return trx.selectFrom('offers').selectAll().where('listing_id', '=', listingId).where('status', '=', 'pending').where('id', '<>', exceptId).orderBy('id').forUpdate().execute();
}

/** Pending offers past their time, locked; rows another sweeper holds are skipped. */
export function claimDueOffers(trx: Transaction<DB>, now: Date, limit: number): Promise<Offer[]> {
  return trx.selectFrom('offers').selectAll().where('status', '=', 'pending').where('expires_at', '<=', now).orderBy('expires_at').limit(limit).forUpdate().skipLocked().execute();
}

export interface OfferFilter {
  status?: OfferStatus;
  limit: number;
  cursor?: Cursor;
}

/** Offers the viewer may list: as buyer or seller, or on one listing (every buyer's for its seller, only their own for a buyer). Newest first. */
export function listOffers(db: Kysely<DB>, scope: { userId: string; role: 'buyer' | 'seller'; listingId?: string }, f: OfferFilter): Promise<Offer[]> {
  return db
    .selectFrom('offers')
    .selectAll()
    .where(scope.role === 'buyer' ? 'buyer_id' : 'seller_id', '=', scope.userId)
    .$if(scope.listingId !== undefined, (q) => q.where('listing_id', '=', scope.listingId!))
    .$if(f.status !== undefined, (q) => q.where('status', '=', f.status!))
    .$if(f.cursor !== undefined, (q) => q.where(afterCursor('created_at', 'id', f.cursor!)))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(f.limit + 1)
    .execute();
}

export function toOfferResponse(o: Offer) {
  return {
    id: o.id,
    listing_id: o.listing_id,
    buyer_id: o.buyer_id,
    seller_id: o.seller_id,
    amount: { amount: toAmount(o.amount), currency: o.currency },
    status: o.status,
    awaiting: o.awaiting,
    round: o.round,
    order_id: o.order_id,
    expires_at: o.expires_at.toISOString(),
    created_at: o.created_at.toISOString(),
    updated_at: o.updated_at.toISOString(),
  };
}

export function toOfferEventResponse(e: OfferEvent) {
  return { actor: e.actor, action: e.action, amount: e.amount === null ? null : toAmount(e.amount), at: e.created_at.toISOString() };
}

/** Every offer the user made or received, with its history, oldest first (their data export). */
export async function exportOffersOf(db: Kysely<DB>, userId: string) {
  const offers = await db
    .selectFrom('offers')
    .selectAll()
    .where((eb) => eb.or([eb('buyer_id', '=', userId), eb('seller_id', '=', userId)]))
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const history = offers.length
    ? await db
        .selectFrom('offer_events')
        .selectAll()
        .where(
          'offer_id',
          'in',
          offers.map((o) => o.id),
        )
        .orderBy('id')
        .execute()
    : [];
  return offers.map((o) => ({
    ...toOfferResponse(o),
    role: o.buyer_id === userId ? 'buyer' : 'seller',
    history: history.filter((e) => e.offer_id === o.id).map(toOfferEventResponse),
  }));
}

/** A deleted account's pending offers, as buyer or seller, locked in id order. */
export function lockPendingOffersOf(trx: Transaction<DB>, userId: string): Promise<Offer[]> {
  return trx
    .selectFrom('offers')
    .selectAll()
    .where('status', '=', 'pending')
    .where((eb) => eb.or([eb('buyer_id', '=', userId), eb('seller_id', '=', userId)]))
    .orderBy('id')
    .forUpdate()
    .execute();
}
