import { type Kysely, sql } from 'kysely';

// Listing photos. Each image keeps its variants (WebP at three sizes, content-addressed: the same bytes
// are one object in storage, whoever uploaded them), its perceptual hash and what the safety model said.
// An image the seller deleted keeps its row (position null) while an order's snapshot names it, so the
// evidence pack of a dispute shows the photos the buyer bought on.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE listing_images (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      listing_id uuid NOT NULL REFERENCES listings(id),
      seller_id uuid NOT NULL REFERENCES users(id),
      -- 0 is the cover; null once the seller removed it (kept only for order snapshots).
      position integer CHECK (position >= 0),
      width integer NOT NULL CHECK (width > 0),
      height integer NOT NULL CHECK (height > 0),
      -- 64-bit dHash, as a signed bigint; its four 16-bit bands are indexed for the reuse lookup.
      dhash bigint NOT NULL,
      dhash_b0 integer NOT NULL GENERATED ALWAYS AS (((dhash >> 48) & 65535)::integer) STORED,
      dhash_b1 integer NOT NULL GENERATED ALWAYS AS (((dhash >> 32) & 65535)::integer) STORED,
      dhash_b2 integer NOT NULL GENERATED ALWAYS AS (((dhash >> 16) & 65535)::integer) STORED,
      dhash_b3 integer NOT NULL GENERATED ALWAYS AS ((dhash & 65535)::integer) STORED,
      safety_label text NOT NULL CHECK (safety_label IN ('Drawing', 'Hentai', 'Neutral', 'Porn', 'Sexy')),
      safety_score double precision NOT NULL CHECK (safety_score BETWEEN 0 AND 1),
      safety_scores jsonb NOT NULL,
      safety_unsafe boolean NOT NULL,
      -- Another seller's listing holding the closest match when the upload matched one (a reused photo).
      reuse_listing_id uuid REFERENCES listings(id),
      reuse_seller_id uuid REFERENCES users(id),
      reuse_distance integer CHECK (reuse_distance BETWEEN 0 AND 64),
      CHECK ((reuse_listing_id IS NULL) = (reuse_distance IS NULL) AND (reuse_listing_id IS NULL) = (reuse_seller_id IS NULL)),
      created_at timestamptz NOT NULL,
      removed_at timestamptz,
      CHECK ((position IS NULL) = (removed_at IS NOT NULL)),
      CONSTRAINT listing_images_position UNIQUE (listing_id, position) DEFERRABLE INITIALLY DEFERRED
    )`.execute(db);
  for (const band of [0, 1, 2, 3]) await sql.raw(`CREATE INDEX listing_images_dhash_b${band} ON listing_images (dhash_b${band})`).execute(db);
  await sql`CREATE INDEX listing_images_removed ON listing_images (listing_id) WHERE removed_at IS NOT NULL`.execute(db);

  await sql`
    CREATE TABLE listing_image_variants (
      image_id uuid NOT NULL REFERENCES listing_images(id) ON DELETE CASCADE,
      size text NOT NULL CHECK (size IN ('thumb', 'medium', 'large')),
      -- SHA-256 of the WebP bytes: the object's name in storage and its ETag.
      key text NOT NULL CHECK (key ~ '^[0-9a-f]{64}$'),
      width integer NOT NULL CHECK (width > 0),
      height integer NOT NULL CHECK (height > 0),
      bytes integer NOT NULL CHECK (bytes > 0),
      PRIMARY KEY (image_id, size)
    )`.execute(db);
  await sql`CREATE INDEX listing_image_variants_key ON listing_image_variants (key)`.execute(db);

  // The listing's photos when an order was made on it: what the buyer saw.
  await sql`
    CREATE TABLE order_listing_images (
      order_id uuid NOT NULL REFERENCES orders(id),
      image_id uuid NOT NULL REFERENCES listing_images(id),
      position integer NOT NULL CHECK (position >= 0),
      PRIMARY KEY (order_id, image_id)
    )`.execute(db);
  await sql`CREATE INDEX order_listing_images_image ON order_listing_images (image_id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE order_listing_images`.execute(db);
  await sql`DROP TABLE listing_image_variants`.execute(db);
  await sql`DROP TABLE listing_images`.execute(db);
}
