import { type Kysely, sql } from 'kysely';

// What others see of a user beyond their display name (a short bio, a city and country — never an
// address — and an avatar, stored as files named by their content's SHA-256), and who blocked whom.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE public_profiles (
      user_id uuid PRIMARY KEY REFERENCES users(id),
      bio text CHECK (length(bio) <= 500),
      city text CHECK (length(city) <= 80),
      country text CHECK (country ~ '^[A-Z]{2}$'),
      avatar_key text CHECK (avatar_key ~ '^[0-9a-f]{64}$'),
      avatar_small_key text CHECK (avatar_small_key ~ '^[0-9a-f]{64}$'),
      updated_at timestamptz NOT NULL,
      CHECK ((avatar_key IS NULL) = (avatar_small_key IS NULL))
    )`.execute(db);
  // The cleanup of a replaced avatar asks whether anyone else still shows the same file.
  await sql`CREATE INDEX public_profiles_avatar ON public_profiles (avatar_key) WHERE avatar_key IS NOT NULL`.execute(db);
  await sql`CREATE INDEX public_profiles_avatar_small ON public_profiles (avatar_small_key) WHERE avatar_small_key IS NOT NULL`.execute(db);

  await sql`
    CREATE TABLE user_blocks (
      blocker_id uuid NOT NULL REFERENCES users(id),
      blocked_id uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL,
      PRIMARY KEY (blocker_id, blocked_id),
      CHECK (blocker_id <> blocked_id)
    )`.execute(db);
  // "Has anyone blocked me?" (search filters, the other direction of isBlockedBetween).
  await sql`CREATE INDEX user_blocks_blocked ON user_blocks (blocked_id, blocker_id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE user_blocks`.execute(db);
  await sql`DROP TABLE public_profiles`.execute(db);
}
