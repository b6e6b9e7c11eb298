import { type Kysely, sql } from 'kysely';

// Conversations: one thread per listing and buyer, opened before any order and continued into it.
//
// `messages` replaces `order_messages`: every message of a thread, envelope-encrypted (`key_id`,
// `wrapped_key`, `body`). A migration cannot encrypt, so the order messages are copied with their ids
// (reports point at them) into `legacy_body` as plaintext, and the worker's `legacy-messages` job seals
// them and clears the column on its first run; readers accept either form meanwhile. `seq` orders a
// thread and is what the read and delivered markers point at (a message is unread when its seq is above
// the reader's marker). `warnings` keeps the detector's findings (contact details, payment requests)
// for moderators; `contact_attempts` counts them per thread and `flagged_at` sends the thread to the
// moderators' queue until one clears it.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE conversations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      listing_id uuid NOT NULL REFERENCES listings(id),
      buyer_id uuid NOT NULL REFERENCES users(id),
      seller_id uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL,
      last_message_at timestamptz NOT NULL,
      buyer_read_seq bigint NOT NULL DEFAULT 0,
      seller_read_seq bigint NOT NULL DEFAULT 0,
      buyer_delivered_seq bigint NOT NULL DEFAULT 0,
      seller_delivered_seq bigint NOT NULL DEFAULT 0,
      contact_attempts integer NOT NULL DEFAULT 0,
      flagged_at timestamptz,
      flag_cleared_at timestamptz,
      flag_cleared_by uuid REFERENCES users(id),
      CONSTRAINT conversations_one_per_buyer UNIQUE (listing_id, buyer_id),
      CONSTRAINT conversations_two_parties CHECK (buyer_id <> seller_id)
    )`.execute(db);
  await sql`CREATE INDEX conversations_buyer_idx ON conversations (buyer_id, last_message_at DESC, id DESC)`.execute(db);
  await sql`CREATE INDEX conversations_seller_idx ON conversations (seller_id, last_message_at DESC, id DESC)`.execute(db);
  await sql`CREATE INDEX conversations_flagged_idx ON conversations (flagged_at DESC, id DESC) WHERE flagged_at IS NOT NULL`.execute(db);

  await sql`
    CREATE TABLE messages (
      id uuid PRIMARY KEY,
      seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
      conversation_id uuid NOT NULL REFERENCES conversations(id),
      author_id uuid NOT NULL REFERENCES users(id),
      key_id text,
      wrapped_key bytea,
      body bytea,
      legacy_body text,
      warnings text[] NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL,
      CONSTRAINT messages_sealed_or_legacy CHECK (
        (key_id IS NOT NULL AND wrapped_key IS NOT NULL AND body IS NOT NULL AND legacy_body IS NULL)
        OR (key_id IS NULL AND wrapped_key IS NULL AND body IS NULL AND legacy_body IS NOT NULL))
    )`.execute(db);
  await sql`CREATE INDEX messages_conversation_idx ON messages (conversation_id, seq)`.execute(db);
  await sql`CREATE INDEX messages_legacy_idx ON messages (id) WHERE legacy_body IS NOT NULL`.execute(db);

  // A picture uploaded into a thread, then attached to one message; its variants are WebP objects
  // named by their content's hash, as listing photos are.
  await sql`
    CREATE TABLE message_images (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      conversation_id uuid NOT NULL REFERENCES conversations(id),
      uploader_id uuid NOT NULL REFERENCES users(id),
      message_id uuid REFERENCES messages(id),
      width integer NOT NULL,
      height integer NOT NULL,
      variants jsonb NOT NULL,
      safety_label text NOT NULL,
      safety_score double precision NOT NULL,
      safety_unsafe boolean NOT NULL,
      created_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX message_images_message_idx ON message_images (message_id)`.execute(db);
  await sql`CREATE INDEX message_images_variants_idx ON message_images USING gin (variants jsonb_path_ops)`.execute(db);

  // Every order thread becomes its listing and buyer's conversation, read up to its end by both.
  await sql`
    INSERT INTO conversations (listing_id, buyer_id, seller_id, created_at, last_message_at)
    SELECT o.listing_id, o.buyer_id, o.seller_id, min(m.created_at), max(m.created_at)
    FROM order_messages m JOIN orders o ON o.id = m.order_id
    GROUP BY o.listing_id, o.buyer_id, o.seller_id`.execute(db);
  await sql`
    INSERT INTO messages (id, conversation_id, author_id, legacy_body, created_at)
    SELECT m.id, c.id, m.author_id, m.body, m.created_at
    FROM order_messages m JOIN orders o ON o.id = m.order_id JOIN conversations c ON c.listing_id = o.listing_id AND c.buyer_id = o.buyer_id
    ORDER BY m.created_at, m.id`.execute(db);
  await sql`
    UPDATE conversations c SET buyer_read_seq = s.last, seller_read_seq = s.last, buyer_delivered_seq = s.last, seller_delivered_seq = s.last
    FROM (SELECT conversation_id, max(seq) AS last FROM messages GROUP BY conversation_id) s WHERE s.conversation_id = c.id`.execute(db);
  await sql`DROP TABLE order_messages`.execute(db);
}

// Back to order threads: messages not yet sealed go back with their ids; sealed ones cannot be
// decrypted by a migration, so going back after the worker ran loses them (and pre-order threads).
export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE order_messages (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      order_id uuid NOT NULL REFERENCES orders(id),
      author_id uuid NOT NULL REFERENCES users(id),
      body text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 5000),
      created_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX order_messages_order_idx ON order_messages (order_id, created_at, id)`.execute(db);
  await sql`
    INSERT INTO order_messages (id, order_id, author_id, body, created_at)
    SELECT m.id, o.id, m.author_id, m.legacy_body, m.created_at
    FROM messages m JOIN conversations c ON c.id = m.conversation_id
    JOIN LATERAL (SELECT id FROM orders WHERE listing_id = c.listing_id AND buyer_id = c.buyer_id ORDER BY created_at DESC LIMIT 1) o ON true
    WHERE m.legacy_body IS NOT NULL`.execute(db);
  await sql`CREATE TRIGGER order_messages_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON order_messages FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only()`.execute(db);
  await sql`DROP TABLE message_images`.execute(db);
  await sql`DROP TABLE messages`.execute(db);
  await sql`DROP TABLE conversations`.execute(db);
}
