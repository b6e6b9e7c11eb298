import type { Kysely, Transaction } from 'kysely';
import type { Keyring } from '../../../adapters/keyring';
import type { DB } from '../../../db/schema';
import { findPublicUser } from '../users';
import { findConversation } from './conversations.repository';
import { imagesOfMessages } from './message-images.repository';
import { toConversationMessage } from './message-response';
import { type Message, findMessageRef, messagesAround } from './messages.repository';

/** A message of a conversation, with its thread's parties (who may report it); undefined when none. */
export async function reportedMessage(db: Kysely<DB> | Transaction<DB>, id: string) {
  const ref = await findMessageRef(db, id);
  const conversation = ref && (await findConversation(db, ref.conversation_id));
  return ref && conversation
    ? { id: ref.id, author_id: ref.author_id, conversation_id: conversation.id, buyer_id: conversation.buyer_id, seller_id: conversation.seller_id }
    : undefined;
}

/** Messages as staff see them: with their author's name and the detector's warnings. */
export async function staffMessages(db: Kysely<DB>, messages: readonly Message[]) {
  const images = await imagesOfMessages(
    db,
    messages.map((m) => m.id),
  );
  const names = new Map(await Promise.all([...new Set(messages.map((m) => m.author_id))].map(async (id) => [id, (await findPublicUser(db, id))?.display_name ?? null] as const)));
  return messages.map((m) => ({ ...toConversationMessage(m, images.get(m.id) ?? [], true), author_name: names.get(m.author_id) ?? null }));
}

/** A reported message in its context: up to `around` messages either side, oldest first; undefined if it is no conversation message. */
export async function messageContext(db: Kysely<DB>, keyring: Keyring, messageId: string, around = 10) {
  const reported = await reportedMessage(db, messageId);
  if (!reported) return undefined;
  return { conversation_id: reported.conversation_id, message_id: messageId, messages: await staffMessages(db, await messagesAround(db, keyring, messageId, around)) };
}
