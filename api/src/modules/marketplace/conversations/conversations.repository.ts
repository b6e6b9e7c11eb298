import { type Kysely, type Selectable, type Transaction, sql } from 'kysely';
import type { ConversationsTable, DB } from '../../../db/schema';
import type { Cursor } from '../../../db/keyset';
import { unreadAfter } from './messages.repository';

export type ConversationRow = Selectable<ConversationsTable>;
export type Role = 'buyer' | 'seller';

export function findConversation(db: Kysely<DB> | Transaction<DB>, id: string) {
  return db.selectFrom('conversations').selectAll().where('id', '=', id).executeTakeFirst();
}

export function lockConversation(trx: Transaction<DB>, id: string) {
  return trx.selectFrom('conversations').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function findConversationOf(db: Kysely<DB> | Transaction<DB>, listingId: string, buyerId: string) {
  return db.selectFrom('conversations').selectAll().where('listing_id', '=', listingId).where('buyer_id', '=', buyerId).executeTakeFirst();
}

/** The listing and buyer's thread, created on first use, locked for the caller's transaction. */
export async function openAndLock(trx: Transaction<DB>, c: { listing_id: string; buyer_id: string; seller_id: string }, now: Date) {
  const inserted = await trx
    .insertInto('conversations')
    .values({ ...c, created_at: now, last_message_at: now })
    .onConflict((oc) => oc.constraint('conversations_one_per_buyer').doNothing())
    .returning('id')
    .executeTakeFirst();
  const conversation = await trx
    .selectFrom('conversations')
    .selectAll()
    .where('listing_id', '=', c.listing_id)
    .where('buyer_id', '=', c.buyer_id)
    .forUpdate()
    .executeTakeFirstOrThrow();
  return { conversation, created: inserted !== undefined };
}

/** After a message: the thread's activity time, the author's markers past it, and the detector's count. */
export async function recordMessage(trx: Transaction<DB>, id: string, role: Role, seq: string, at: Date, warned: boolean) {
  return trx
    .updateTable('conversations')
    .set((eb) => ({
      last_message_at: at,
      [`${role}_read_seq`]: seq,
      [`${role}_delivered_seq`]: seq,
      contact_attempts: warned ? eb('contact_attempts', '+', 1) : eb.ref('contact_attempts'),
    }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function flagConversation(trx: Transaction<DB>, id: string, now: Date): Promise<boolean> {
  const res = await trx.updateTable('conversations').set({ flagged_at: now }).where('id', '=', id).where('flagged_at', 'is', null).executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function clearFlag(trx: Transaction<DB>, id: string, staffId: string, now: Date): Promise<void> {
  await trx.updateTable('conversations').set({ flagged_at: null, flag_cleared_at: now, flag_cleared_by: staffId, contact_attempts: 0 }).where('id', '=', id).execute();
}

/**
 * Moves the reader's marker (`read` or `delivered`; read implies delivered) up to `seq`, never back;
 * true when it moved.
 */
export async function advanceMarker(trx: Transaction<DB>, id: string, role: Role, marker: 'read' | 'delivered', seq: string): Promise<boolean> {
  const column = `${role}_${marker}_seq` as const;
  const set: Record<string, unknown> = { [column]: sql`greatest(${sql.ref(column)}, ${seq}::bigint)` };
  if (marker === 'read') set[`${role}_delivered_seq`] = sql`greatest(${sql.ref(`${role}_delivered_seq`)}, ${seq}::bigint)`;
  const res = await trx.updateTable('conversations').set(set).where('id', '=', id).where(sql.ref(column), '<', seq).executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

const markerMessage = (marker: string) =>
  sql<string | null>`(SELECT m.id FROM messages m WHERE m.conversation_id = conversations.id AND m.seq <= ${sql.ref(marker)} ORDER BY m.seq DESC LIMIT 1)`;

/** The user's conversations with, for them: unread count and the other party's read and delivered markers (as message ids). */
function conversationsFor(db: Kysely<DB>, userId: string) {
  const mine = (buyerSide: string, sellerSide: string) => sql`CASE WHEN conversations.buyer_id = ${userId}::uuid THEN ${sql.raw(buyerSide)} ELSE ${sql.raw(sellerSide)} END`;
  return db
    .selectFrom('conversations')
    .selectAll()
    .select([
      sql<number>`${mine('1', '0')} * ${unreadAfter('conversations.id', 'conversations.buyer_id', 'conversations.buyer_read_seq')}
        + ${mine('0', '1')} * ${unreadAfter('conversations.id', 'conversations.seller_id', 'conversations.seller_read_seq')}`.as('unread'),
      sql<
        string | null
      >`CASE WHEN conversations.buyer_id = ${userId}::uuid THEN ${markerMessage('conversations.seller_read_seq')} ELSE ${markerMessage('conversations.buyer_read_seq')} END`.as(
        'other_read_up_to',
      ),
      sql<
        string | null
      >`CASE WHEN conversations.buyer_id = ${userId}::uuid THEN ${markerMessage('conversations.seller_delivered_seq')} ELSE ${markerMessage('conversations.buyer_delivered_seq')} END`.as(
        'other_delivered_up_to',
      ),
    ])
    .where((eb) => eb.or([eb('buyer_id', '=', userId), eb('seller_id', '=', userId)]));
}

export type ConversationForUser = Awaited<ReturnType<typeof listConversationsOf>>[number];

/** The user's conversations, newest activity first. */
export function listConversationsOf(db: Kysely<DB>, userId: string, limit: number, cursor?: Cursor) {
  // A thread opened and not yet written in (its first message refused) is not shown.
  let q = conversationsFor(db, userId).where(sql<boolean>`EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = conversations.id)`);
  if (cursor) q = q.where(sql<boolean>`(conversations.last_message_at, conversations.id) < (${cursor.createdAt}, ${cursor.id}::uuid)`);
  return q
    .orderBy('last_message_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
}

/** One of the user's conversations (undefined when they are not a party). */
export function findConversationFor(db: Kysely<DB>, userId: string, id: string) {
  return conversationsFor(db, userId).where('id', '=', id).executeTakeFirst();
}

/** How many messages wait for the user across all their conversations. */
export async function totalUnread(db: Kysely<DB>, userId: string): Promise<number> {
  const row = await db
    .selectFrom('conversations')
    .select(
      sql<number>`coalesce(sum(CASE WHEN conversations.buyer_id = ${userId}::uuid THEN ${unreadAfter('conversations.id', 'conversations.buyer_id', 'conversations.buyer_read_seq')}
        ELSE ${unreadAfter('conversations.id', 'conversations.seller_id', 'conversations.seller_read_seq')} END), 0)::int`.as('n'),
    )
    .where((eb) => eb.or([eb('buyer_id', '=', userId), eb('seller_id', '=', userId)]))
    .executeTakeFirstOrThrow();
  return row.n;
}

/** The moderators' queue: flagged threads, most recently flagged first, never one the viewer is party to. */
export function listFlagged(db: Kysely<DB>, viewerId: string, limit: number, cursor?: Cursor) {
  let q = db.selectFrom('conversations').selectAll().where('flagged_at', 'is not', null).where('buyer_id', '<>', viewerId).where('seller_id', '<>', viewerId);
  if (cursor) q = q.where(sql<boolean>`(conversations.flagged_at, conversations.id) < (${cursor.createdAt}, ${cursor.id}::uuid)`);
  return q
    .orderBy('flagged_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
}

/** The ids of the user's conversations (their data export). */
export async function conversationIdsOf(db: Kysely<DB>, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('conversations')
    .select('id')
    .where((eb) => eb.or([eb('buyer_id', '=', userId), eb('seller_id', '=', userId)]))
    .orderBy('created_at')
    .execute();
  return rows.map((r) => r.id);
}

/**
 * The seller's response rate: of their conversations in which a buyer wrote at least once, the share in
 * which the seller wrote after the buyer's first message (2 decimals); null when no buyer ever wrote.
 */
export async function responseRateOf(db: Kysely<DB>, sellerId: string): Promise<number | null> {
  const threads = db
    .selectFrom('messages')
    .innerJoin('conversations', 'conversations.id', 'messages.conversation_id')
    .where('conversations.seller_id', '=', sellerId)
    .groupBy('messages.conversation_id')
    .select([
      sql<Date | null>`min(messages.created_at) FILTER (WHERE messages.author_id <> ${sellerId}::uuid)`.as('asked_at'),
      sql<Date | null>`max(messages.created_at) FILTER (WHERE messages.author_id = ${sellerId}::uuid)`.as('answered_at'),
    ])
    .as('threads');
  const { asked, answered } = await db
    .selectFrom(threads)
    .select([sql<number>`(count(*) FILTER (WHERE asked_at IS NOT NULL))::int`.as('asked'), sql<number>`(count(*) FILTER (WHERE answered_at > asked_at))::int`.as('answered')])
    .executeTakeFirstOrThrow();
  return asked === 0 ? null : Math.round((answered / asked) * 100) / 100;
}
