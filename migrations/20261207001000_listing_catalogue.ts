import { type Kysely, sql } from 'kysely';

// Listings gain what a buyer filters on: a leaf of the category tree (the ten flat categories become
// each parent's "other" leaf), the item's condition, category attributes (brand, size…) and an
// approximate place (a city or a point blurred to about 1 km, never an address). A seller can now
// keep a draft and withdraw a listing.
const OLD_CATEGORIES = ['electronics', 'fashion', 'home', 'books', 'sports', 'toys', 'collectibles', 'vehicles', 'music'];
const STATUSES = ['draft', 'active', 'reserved', 'sold', 'withdrawn', 'removed', 'pending_review', 'changes_requested', 'rejected'];
const PREVIOUS_STATUSES = STATUSES.filter((s) => s !== 'draft' && s !== 'withdrawn');

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE listings
      ADD COLUMN condition text NOT NULL DEFAULT 'good' CHECK (condition IN ('new', 'like_new', 'good', 'fair')),
      ADD COLUMN attributes jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(attributes) = 'object'),
      ADD COLUMN place text CHECK (length(place) <= 80),
      ADD COLUMN lat double precision CHECK (lat BETWEEN -90 AND 90),
      ADD COLUMN lng double precision CHECK (lng BETWEEN -180 AND 180),
      ADD CONSTRAINT listings_point_check CHECK ((lat IS NULL) = (lng IS NULL))`.execute(db);
  for (const old of OLD_CATEGORIES) await sql`UPDATE listings SET category = ${`${old}-other`} WHERE category = ${old}`.execute(db);
  await sql`ALTER TABLE listings DROP CONSTRAINT listings_status_check`.execute(db);
  await sql`ALTER TABLE listings ADD CONSTRAINT listings_status_check CHECK (status IN (${sql.join(STATUSES.map((s) => sql.lit(s)))}))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`UPDATE listings SET status = 'removed' WHERE status IN ('draft', 'withdrawn')`.execute(db);
  await sql`ALTER TABLE listings DROP CONSTRAINT listings_status_check`.execute(db);
  await sql`ALTER TABLE listings ADD CONSTRAINT listings_status_check CHECK (status IN (${sql.join(PREVIOUS_STATUSES.map((s) => sql.lit(s)))}))`.execute(db);
  for (const old of OLD_CATEGORIES) await sql`UPDATE listings SET category = ${old} WHERE category LIKE ${`${old}-%`}`.execute(db);
  await sql`UPDATE listings SET category = 'other' WHERE category NOT IN (${sql.join([...OLD_CATEGORIES, 'other'])})`.execute(db);
  await sql`ALTER TABLE listings DROP CONSTRAINT listings_point_check, DROP COLUMN condition, DROP COLUMN attributes, DROP COLUMN place, DROP COLUMN lat, DROP COLUMN lng`.execute(
    db,
  );
}
