import { type Insertable, type Kysely, type Selectable, type Transaction, sql } from 'kysely';
import type { DB, ListingImageVariantsTable, ListingImagesTable } from '../../../db/schema';
import { REUSE_MAX_DISTANCE } from './perceptual-hash';

type Db = Kysely<DB> | Transaction<DB>;

const IMAGE_COLUMNS = [
  'id',
  'listing_id',
  'seller_id',
  'position',
  'width',
  'height',
  'safety_label',
  'safety_score',
  'safety_unsafe',
  'reuse_listing_id',
  'reuse_seller_id',
  'reuse_distance',
  'created_at',
] as const;
export type ListingImage = Pick<Selectable<ListingImagesTable>, (typeof IMAGE_COLUMNS)[number]> & { variants: ImageVariant[] };
export type ImageVariant = Omit<Selectable<ListingImageVariantsTable>, 'image_id'>;
type NewImage = Insertable<ListingImagesTable>;

/** Serialises writers and the cleaner on content-addressed objects: an object is deleted only while no row names it. */
export async function lockKeys(trx: Transaction<DB>, keys: readonly string[]): Promise<void> {
  for (const key of [...new Set(keys)].sort()) await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`listing-image:${key}`}, 0))`.execute(trx);
}

export async function keysInUse(trx: Transaction<DB>, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await trx.selectFrom('listing_image_variants').select('key').distinct().where('key', 'in', keys).execute();
  return new Set(rows.map((r) => r.key));
}

export async function insertImage(trx: Transaction<DB>, image: NewImage, variants: readonly ImageVariant[]): Promise<string> {
  const { id } = await trx.insertInto('listing_images').values(image).returning('id').executeTakeFirstOrThrow();
  await trx
    .insertInto('listing_image_variants')
    .values(variants.map((v) => ({ image_id: id, ...v })))
    .execute();
  return id;
}

/** How many photos the listing shows. */
export async function countImages(db: Db, listingId: string): Promise<number> {
  const row = await db
    .selectFrom('listing_images')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('listing_id', '=', listingId)
    .where('removed_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * The closest photo of another seller within REUSE_MAX_DISTANCE bits: a candidate shares one of the
 * four indexed 16-bit bands (pigeonhole), and bit_count of the XOR gives the exact distance.
 */
export async function findReusedPhoto(db: Db, sellerId: string, dhash: bigint): Promise<{ listing_id: string; seller_id: string; distance: number } | undefined> {
  const h = dhash.toString();
  const { rows } = await sql<{ listing_id: string; seller_id: string; distance: number }>`
    SELECT listing_id, seller_id, bit_count((dhash # ${h}::bigint)::bit(64))::int AS distance
    FROM listing_images
    WHERE (dhash_b0 = ((${h}::bigint >> 48) & 65535)::int OR dhash_b1 = ((${h}::bigint >> 32) & 65535)::int
        OR dhash_b2 = ((${h}::bigint >> 16) & 65535)::int OR dhash_b3 = (${h}::bigint & 65535)::int)
      AND seller_id <> ${sellerId} AND removed_at IS NULL
      AND bit_count((dhash # ${h}::bigint)::bit(64)) <= ${REUSE_MAX_DISTANCE}
    ORDER BY distance, created_at
    LIMIT 1`.execute(db);
  return rows[0];
}

/** With their variants, in position order. */
async function withVariants(db: Db, images: Omit<ListingImage, 'variants'>[]): Promise<ListingImage[]> {
  if (images.length === 0) return [];
  const variants = await db
    .selectFrom('listing_image_variants')
    .select(['image_id', 'size', 'key', 'width', 'height', 'bytes'])
    .where(
      'image_id',
      'in',
      images.map((i) => i.id),
    )
    .orderBy('width')
    .execute();
  return images.map((image) => ({ ...image, variants: variants.filter((v) => v.image_id === image.id).map(({ image_id: _, ...v }) => v) }));
}

/** The photos the listings show now, cover first. */
export async function listImagesOf(db: Db, listingIds: readonly string[]): Promise<ListingImage[]> {
  if (listingIds.length === 0) return [];
  const images = await db
    .selectFrom('listing_images')
    .select(IMAGE_COLUMNS)
    .where('listing_id', 'in', listingIds)
    .where('removed_at', 'is', null)
    .orderBy('listing_id')
    .orderBy('position')
    .execute();
  return withVariants(db, images);
}

/** Only the covers (position 0). */
export async function listCoversOf(db: Db, listingIds: readonly string[]): Promise<ListingImage[]> {
  if (listingIds.length === 0) return [];
  const images = await db.selectFrom('listing_images').select(IMAGE_COLUMNS).where('listing_id', 'in', listingIds).where('position', '=', 0).execute();
  return withVariants(db, images);
}

/** Takes the photo off its listing; it stays (position null) while an order snapshot names it. True when it was there. */
export async function markRemoved(trx: Transaction<DB>, listingId: string, imageId: string, now: Date): Promise<boolean> {
  const removed = await trx
    .updateTable('listing_images')
    .set({ position: null, removed_at: now })
    .where('id', '=', imageId)
    .where('listing_id', '=', listingId)
    .where('removed_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return removed !== undefined;
}

/** Positions 0…n-1 in the given order (the unique constraint is checked at commit). */
export async function setPositions(trx: Transaction<DB>, listingId: string, imageIds: readonly string[]): Promise<void> {
  for (const [position, id] of imageIds.entries()) {
    await trx.updateTable('listing_images').set({ position }).where('id', '=', id).where('listing_id', '=', listingId).execute();
  }
}

export async function imageIdsOf(trx: Transaction<DB>, listingId: string): Promise<string[]> {
  const rows = await trx.selectFrom('listing_images').select('id').where('listing_id', '=', listingId).where('removed_at', 'is', null).orderBy('position').execute();
  return rows.map((r) => r.id);
}

/** Every photo the seller removed (or whose account went) that no order snapshot keeps: rows deleted, their object keys returned. */
export async function deleteUnkeptImages(trx: Transaction<DB>, sellerId: string): Promise<string[]> {
  const unkept = trx
    .selectFrom('listing_images as i')
    .select('i.id')
    .where('i.seller_id', '=', sellerId)
    .where('i.removed_at', 'is not', null)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('order_listing_images as o').select('o.image_id').whereRef('o.image_id', '=', 'i.id'))));
  const variants = await trx.deleteFrom('listing_image_variants').where('image_id', 'in', unkept).returning('key').execute();
  await trx.deleteFrom('listing_images').where('id', 'in', unkept).execute();
  return [...new Set(variants.map((v) => v.key))];
}

/** Account deletion: every photo of the seller leaves its listing. */
export async function removeAllImagesOf(trx: Transaction<DB>, sellerId: string, now: Date): Promise<void> {
  await trx.updateTable('listing_images').set({ position: null, removed_at: now }).where('seller_id', '=', sellerId).where('removed_at', 'is', null).execute();
}

/** The listing's photos become the order's: what the buyer saw when buying. */
export async function snapshotImages(trx: Transaction<DB>, orderId: string, listingId: string): Promise<void> {
  await sql`
    INSERT INTO order_listing_images (order_id, image_id, position)
    SELECT ${orderId}, id, position FROM listing_images WHERE listing_id = ${listingId} AND removed_at IS NULL`.execute(trx);
}

/** The photos as listed when the order was made, in their order then (removed since or not). */
export async function listOrderImages(db: Db, orderId: string): Promise<ListingImage[]> {
  const images = await db
    .selectFrom('order_listing_images as o')
    .innerJoin('listing_images as i', 'i.id', 'o.image_id')
    .select(IMAGE_COLUMNS.map((c) => `i.${c}` as const))
    .select('o.position as snapshot_position')
    .where('o.order_id', '=', orderId)
    .orderBy('o.position')
    .execute();
  return withVariants(
    db,
    images.map(({ snapshot_position, ...image }) => ({ ...image, position: snapshot_position })),
  );
}

/** The listings whose photos (current or kept for an order) use the object, with their sellers. */
export async function ownersOfKey(db: Db, key: string): Promise<{ listing_id: string; seller_id: string; removed: boolean }[]> {
  return db
    .selectFrom('listing_image_variants as v')
    .innerJoin('listing_images as i', 'i.id', 'v.image_id')
    .select(['i.listing_id', 'i.seller_id', sql<boolean>`i.removed_at IS NOT NULL`.as('removed')])
    .where('v.key', '=', key)
    .execute();
}

/** Every photo the seller has on their listings (their data export). */
export async function exportImagesOf(db: Db, sellerId: string): Promise<ListingImage[]> {
  const images = await db
    .selectFrom('listing_images')
    .select(IMAGE_COLUMNS)
    .where('seller_id', '=', sellerId)
    .where('removed_at', 'is', null)
    .orderBy('listing_id')
    .orderBy('position')
    .execute();
  return withVariants(db, images);
}
