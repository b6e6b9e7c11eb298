import type { Kysely } from 'kysely';
import type { Keyring } from '../../../adapters/keyring';
import type { DB } from '../../../db/schema';
import { conversationIdsOf, findConversation } from './conversations.repository';
import { imagesOfMessages } from './message-images.repository';
import { toConversationMessage } from './message-response';
import { messagesOfConversations } from './messages.repository';

/** The user's conversations' messages, theirs and the other parties', oldest first (their data export). */
export async function exportConversationsOf(db: Kysely<DB>, keyring: Keyring, userId: string) {
  const ids = await conversationIdsOf(db, userId);
  const [messages, conversations] = await Promise.all([messagesOfConversations(db, keyring, ids), Promise.all(ids.map((id) => findConversation(db, id)))]);
  const listingOf = new Map(conversations.map((c) => [c!.id, c!.listing_id]));
  const images = await imagesOfMessages(
    db,
    messages.map((m) => m.id),
  );
  return messages.map((m) => ({ listing_id: listingOf.get(m.conversation_id), ...toConversationMessage(m, images.get(m.id) ?? [], m.author_id === userId) }));
}
