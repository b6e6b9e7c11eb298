import type { Kysely, Transaction } from 'kysely';
import type { AppContext } from '../../../context';
import type { DB } from '../../../db/schema';
import { inTransaction } from '../../../db/transaction';
import { invalid, notFound } from '../../../errors';
import { type DomainEvent, appendEvents } from '../../platform/outbox';
import { publishToUsers } from '../../platform/realtime';
import { assertNotBlocked } from '../blocks';
import { SELLER_ONLY, findListing, findVisibleListing } from '../listings';
import { notify } from '../notifications';
import { findOrder, partyOf } from '../orders';
import { findPublicUser } from '../users';
import { latestOrderIdOf } from './conversation-orders.read-model';
import {
  type ConversationRow,
  type Role,
  advanceMarker,
  findConversation,
  findConversationOf,
  flagConversation,
  lockConversation,
  openAndLock,
  recordMessage,
} from './conversations.repository';
import { attachImages, imagesOfMessages } from './message-images.repository';
import { findingsOf, toConversationMessage } from './message-response';
import { type Message, findMessageRef, insertMessage, wholeThread } from './messages.repository';

// A conversation is the one thread between a buyer and a seller about a listing. The buyer opens it
// from the listing, without reserving anything; when they order, the order's thread is the same
// conversation. Only the two parties read or write it; staff see it when it is flagged or reported,
// and arbitrators in a dispute's evidence pack.

export interface MessageInput {
  body: string;
  imageIds: readonly string[];
}

const PREVIEW_CHARS = 140;

export function roleIn(conversation: ConversationRow | undefined, userId: string): { conversation: ConversationRow; role: Role } {
  if (conversation?.buyer_id === userId) return { conversation, role: 'buyer' };
  if (conversation?.seller_id === userId) return { conversation, role: 'seller' };
  throw notFound('Conversation');
}

const otherParty = (c: ConversationRow, role: Role) => (role === 'buyer' ? c.seller_id : c.buyer_id);

/** The caller's conversation and side; anyone else's is a 404 (its existence is not theirs to learn). */
export async function participantOf(db: Kysely<DB> | Transaction<DB>, conversationId: string, userId: string) {
  return roleIn(await findConversation(db, conversationId), userId);
}

/**
 * A buyer writes to the seller about a listing: the listing and buyer's conversation is opened on the
 * first message and continued after. Nothing is reserved. Refused on one's own listing (422), on a
 * listing the buyer cannot see (404) and between users one of whom blocked the other (403).
 */
export async function writeAboutListing(ctx: AppContext, buyerId: string, listingId: string, input: MessageInput) {
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (trx) => {
    const listing = await findListing(trx, listingId);
    if (!listing || listing.status === 'removed' || (SELLER_ONLY as readonly string[]).includes(listing.status)) throw notFound('Listing');
    if (listing.seller_id === buyerId) throw invalid('own_listing', 'You cannot start a conversation about your own listing', 'listing_id');
    await assertNotBlocked(trx, buyerId, listing.seller_id);
    if (!(await findVisibleListing(trx, listingId, buyerId))) throw notFound('Listing');
    const { conversation, created } = await openAndLock(trx, { listing_id: listingId, buyer_id: buyerId, seller_id: listing.seller_id }, now);
    const opened: DomainEvent[] = created ? [conversationEvent('conversation.opened', conversation, now, {})] : [];
    return { conversation, ...(await writeMessage(trx, ctx, conversation, buyerId, input, now, opened)) };
  });
}

/** A party writes in their conversation. */
export async function writeInConversation(ctx: AppContext, userId: string, conversationId: string, input: MessageInput) {
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (trx) => {
    const { conversation } = roleIn(await lockConversation(trx, conversationId), userId);
    return writeMessage(trx, ctx, conversation, userId, input, now, []);
  });
}

/** A party writes on their order: into the conversation of its listing and buyer (opened if none). */
export async function writeOnOrder(ctx: AppContext, userId: string, orderId: string, body: string): Promise<Message> {
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (trx) => {
    const { order } = partyOf(await findOrder(trx, orderId), userId);
    const { conversation, created } = await openAndLock(trx, { listing_id: order.listing_id, buyer_id: order.buyer_id, seller_id: order.seller_id }, now);
    const opened: DomainEvent[] = created ? [conversationEvent('conversation.opened', conversation, now, {})] : [];
    return (await writeMessage(trx, ctx, conversation, userId, { body, imageIds: [] }, now, opened)).message;
  });
}

/** The order's thread, oldest first: the whole conversation of its listing and buyer, pre-order messages included. */
export async function orderThread(db: Kysely<DB>, keyring: AppContext['keyring'], orderId: string): Promise<Message[]> {
  const order = await findOrder(db, orderId);
  if (!order) return [];
  const conversation = await findConversationOf(db, order.listing_id, order.buyer_id);
  return conversation ? wholeThread(db, keyring, conversation.id) : [];
}

/** The order's thread for one of its parties (404 for anyone else), as the API returns messages. */
export async function orderThreadFor(ctx: AppContext, userId: string, orderId: string) {
  const { order } = partyOf(await findOrder(ctx.db, orderId), userId);
  const messages = await orderThread(ctx.db, ctx.keyring, order.id);
  const images = await imagesOfMessages(
    ctx.db,
    messages.map((m) => m.id),
  );
  return messages.map((m) => toConversationMessage(m, images.get(m.id) ?? [], m.author_id === userId));
}

async function writeMessage(trx: Transaction<DB>, ctx: AppContext, conversation: ConversationRow, authorId: string, input: MessageInput, now: Date, events: DomainEvent[]) {
  await assertNotBlocked(trx, conversation.buyer_id, conversation.seller_id);
  const { role } = roleIn(conversation, authorId);
  const findings = findingsOf(input.body);
  const message = await insertMessage(trx, ctx.keyring, { conversation_id: conversation.id, author_id: authorId, body: input.body, warnings: findings, created_at: now });
  if ((await attachImages(trx, conversation.id, authorId, message.id, input.imageIds)) !== new Set(input.imageIds).size) {
    throw invalid('image_not_yours', 'must be images you uploaded to this conversation and have not sent yet', 'image_ids');
  }
  const updated = await recordMessage(trx, conversation.id, role, message.seq, now, findings.length > 0);
  const orderId = await latestOrderIdOf(trx, conversation.listing_id, conversation.buyer_id);
  const images = (await imagesOfMessages(trx, [message.id])).get(message.id) ?? [];
  const counts = { conversation_id: conversation.id, listing_id: conversation.listing_id, images: images.length, warnings: findings.length };
  const common = { message_id: message.id, author_id: authorId, length: input.body.length, ...counts };
  events.push({
    type: 'message.posted',
    aggregateType: 'message',
    aggregateId: message.id,
    occurredAt: now,
    payload: orderId ? { ...common, thread: 'order', order_id: orderId } : { ...common, thread: 'listing' },
  });
  if (findings.length > 0 && updated.contact_attempts >= ctx.config.CONVERSATION_FLAG_AFTER && (await flagConversation(trx, conversation.id, now))) {
    events.push(conversationEvent('conversation.flagged', conversation, now, { attempts: updated.contact_attempts }));
  }
  await appendEvents(trx, events);
  await publishToUsers(trx, ctx.keyring, [conversation.buyer_id, conversation.seller_id], { type: 'message.created', data: toConversationMessage(message, images, false) }, now);
  const author = await findPublicUser(trx, authorId);
  await notify(
    trx,
    otherParty(conversation, role),
    'message.received',
    {
      conversation_id: conversation.id,
      message_id: message.id,
      listing_id: conversation.listing_id,
      sender_name: author?.display_name ?? null,
      preview: input.body.length > PREVIEW_CHARS ? `${input.body.slice(0, PREVIEW_CHARS - 1)}…` : input.body,
    },
    now,
  );
  return { message, images };
}

export const conversationEvent = (type: string, c: ConversationRow, now: Date, extra: Record<string, unknown>): DomainEvent => ({
  type,
  aggregateType: 'conversation',
  aggregateId: c.id,
  occurredAt: now,
  payload: { conversation_id: c.id, listing_id: c.listing_id, buyer_id: c.buyer_id, seller_id: c.seller_id, ...extra },
});

/**
 * The reader's receipt: their `marker` moves up to the message (never back; read implies delivered),
 * and the other party's apps are told on their stream. A message of another conversation is refused.
 */
export async function acknowledge(ctx: AppContext, userId: string, conversationId: string, upToMessageId: string, marker: 'read' | 'delivered'): Promise<void> {
  const now = ctx.clock.now();
  await inTransaction(ctx.db, async (trx) => {
    const { conversation, role } = roleIn(await lockConversation(trx, conversationId), userId);
    const message = await findMessageRef(trx, upToMessageId);
    if (!message || message.conversation_id !== conversation.id)
      throw invalid('unknown_message', 'must be a message in this conversation', marker === 'read' ? 'up_to_message_id' : 'up_to');
    if (!(await advanceMarker(trx, conversation.id, role, marker, message.seq))) return;
    const data = { conversation_id: conversation.id, reader_id: userId, up_to_message_id: message.id, at: now.toISOString() };
    await publishToUsers(trx, ctx.keyring, [otherParty(conversation, role)], { type: `message.${marker}`, data }, now);
  });
}
