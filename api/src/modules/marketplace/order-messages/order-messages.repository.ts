import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema';

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
