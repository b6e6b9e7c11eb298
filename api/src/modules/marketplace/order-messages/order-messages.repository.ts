import { type Kysely, type Transaction, sql } from 'kysely';
import type { DB } from '../../../db/schema';
import { ordersSoldBy } from '../orders';

export interface Message {
  id: string;
  author_id: string;
  body: string;
  created_at: Date;
}

export function insertOrderMessage(trx: Transaction<DB>, m: { order_id: string; author_id: string; body: string; created_at: Date }): Promise<Message & { order_id: string }> {
  return trx.insertInto('order_messages').values(m).returningAll().executeTakeFirstOrThrow();
}

/** The whole conversation, oldest first: a conversation is read in order and stays short. */
export function listOrderMessages(db: Kysely<DB> | Transaction<DB>, orderId: string): Promise<Message[]> {
  return db
    .selectFrom('order_messages')
    .select(['id', 'author_id', 'body', 'created_at'])
    .where('order_id', '=', orderId)
    .orderBy('created_at')
    .orderBy('id')
    .limit(1000)
    .execute();
}

export function findOrderMessage(db: Kysely<DB> | Transaction<DB>, id: string) {
  return db.selectFrom('order_messages').select(['id', 'order_id', 'author_id']).where('id', '=', id).executeTakeFirst();
}

export function toMessageResponse(m: Message) {
  return { id: m.id, author_id: m.author_id, body: m.body, created_at: m.created_at.toISOString() };
}

/** The messages on the given orders (the user's own, for their data export), oldest first. */
export async function exportMessagesOf(db: Kysely<DB>, orderIds: readonly string[]) {
  if (orderIds.length === 0) return [];
  const rows = await db
    .selectFrom('order_messages')
    .select(['id', 'order_id', 'author_id', 'body', 'created_at'])
    .where('order_id', 'in', orderIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((m) => ({ order_id: m.order_id, ...toMessageResponse(m) }));
}

/**
 * The seller's response rate: of their orders on which the buyer wrote at least once, the share on
 * which the seller wrote after the buyer's first message (2 decimals); null when no buyer ever wrote.
 */
export async function responseRateOf(db: Kysely<DB>, sellerId: string): Promise<number | null> {
  const threads = db
    .selectFrom('order_messages')
    .where(sql<boolean>`order_id IN ${ordersSoldBy(sellerId)}`)
    .groupBy('order_id')
    .select([
      sql<Date | null>`min(created_at) FILTER (WHERE author_id <> ${sellerId}::uuid)`.as('asked_at'),
      sql<Date | null>`max(created_at) FILTER (WHERE author_id = ${sellerId}::uuid)`.as('answered_at'),
    ])
    .as('threads');
  const { asked, answered } = await db
    .selectFrom(threads)
    .select([sql<number>`(count(*) FILTER (WHERE asked_at IS NOT NULL))::int`.as('asked'), sql<number>`(count(*) FILTER (WHERE answered_at > asked_at))::int`.as('answered')])
    .executeTakeFirstOrThrow();
  return asked === 0 ? null : Math.round((answered / asked) * 100) / 100;
}
