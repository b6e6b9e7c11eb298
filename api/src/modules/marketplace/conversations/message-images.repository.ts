import { type Kysely, type Selectable, type Transaction, sql } from 'kysely';
import type { DB, MessageImagesTable } from '../../../db/schema';

export type MessageImage = Selectable<MessageImagesTable>;

export async function insertMessageImage(
  trx: Transaction<DB>,
  image: Omit<MessageImage, 'id' | 'message_id' | 'variants'> & { variants: MessageImage['variants'] },
): Promise<MessageImage> {
  return trx
    .insertInto('message_images')
    .values({ ...image, variants: JSON.stringify(image.variants) })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Attaches the uploader's unsent images of this conversation to the message; returns how many it took. */
export async function attachImages(trx: Transaction<DB>, conversationId: string, uploaderId: string, messageId: string, imageIds: readonly string[]): Promise<number> {
  if (imageIds.length === 0) return 0;
  const res = await trx
    .updateTable('message_images')
    .set({ message_id: messageId })
    .where('id', 'in', imageIds)
    .where('conversation_id', '=', conversationId)
    .where('uploader_id', '=', uploaderId)
    .where('message_id', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** Each message's images, in upload order. */
export async function imagesOfMessages(db: Kysely<DB> | Transaction<DB>, messageIds: readonly string[]): Promise<Map<string, MessageImage[]>> {
  if (messageIds.length === 0) return new Map();
  const rows = await db.selectFrom('message_images').selectAll().where('message_id', 'in', messageIds).orderBy('created_at').orderBy('id').execute();
  const byMessage = new Map<string, MessageImage[]>();
  for (const row of rows) byMessage.set(row.message_id!, [...(byMessage.get(row.message_id!) ?? []), row]);
  return byMessage;
}

/** The conversation whose image shows this variant key (the media route's access check). */
export function conversationOfKey(db: Kysely<DB>, key: string) {
  return db
    .selectFrom('message_images')
    .select(['conversation_id'])
    .where(sql<boolean>`variants @> ${JSON.stringify([{ key }])}::jsonb`)
    .executeTakeFirst();
}
