import type { z } from 'zod';
import type { AppContext } from '../../../context';
import type { Cursor } from '../../../db/keyset';
import { inTransaction } from '../../../db/transaction';
import { notFound } from '../../../errors';
import { publishToUsers } from '../../platform/realtime';
import { coversOf } from '../listing-images';
import { listingColumn } from '../listings';
import { avatarUrls, findPublicProfile } from '../profiles';
import { findPublicUser } from '../users';
import { latestOrderIdOf } from './conversation-orders.read-model';
import { type ConversationForUser, type Role, advanceMarker, findConversationFor, listConversationsOf, lockConversation, totalUnread } from './conversations.repository';
import type { ConversationResponse } from './conversations.schemas';
import { participantOf } from './conversations.service';
import { imagesOfMessages } from './message-images.repository';
import { toConversationMessage } from './message-response';
import { type Message, lastMessagesOf, listMessages } from './messages.repository';

const PREVIEW_CHARS = 100;
const preview = (body: string) => (body.length > PREVIEW_CHARS ? `${body.slice(0, PREVIEW_CHARS - 1)}…` : body);

async function describe(ctx: AppContext, c: ConversationForUser, userId: string, title: string | null, last: Message | undefined, cover: string | null) {
  const role: Role = c.buyer_id === userId ? 'buyer' : 'seller';
  const otherId = role === 'buyer' ? c.seller_id : c.buyer_id;
  const [other, profile, orderId, images] = await Promise.all([
    findPublicUser(ctx.db, otherId),
    findPublicProfile(ctx.db, otherId),
    latestOrderIdOf(ctx.db, c.listing_id, c.buyer_id),
    imagesOfMessages(ctx.db, last ? [last.id] : []),
  ]);
  const response: z.infer<typeof ConversationResponse> = {
    id: c.id,
    listing: { id: c.listing_id, title, cover_url: cover },
    order_id: orderId,
    role,
    other_party: {
      id: otherId,
      display_name: other?.display_name ?? null,
      avatar_url: profile?.avatar_key && profile.avatar_small_key ? avatarUrls({ large: profile.avatar_key, small: profile.avatar_small_key }).url_64 : null,
    },
    last_message: last
      ? { id: last.id, author_id: last.author_id, preview: preview(last.body), images: images.get(last.id)?.length ?? 0, created_at: last.created_at.toISOString() }
      : null,
    unread: c.unread,
    other_party_read_up_to: c.other_read_up_to,
    other_party_delivered_up_to: c.other_delivered_up_to,
    created_at: c.created_at.toISOString(),
    last_message_at: c.last_message_at.toISOString(),
  };
  return response;
}

/** The listings' titles, their covers' smallest variant and the conversations' last messages, for a page. */
async function decorations(ctx: AppContext, conversations: readonly ConversationForUser[]) {
  const listingIds = [...new Set(conversations.map((c) => c.listing_id))];
  const [last, covers, titles] = await Promise.all([
    lastMessagesOf(
      ctx.db,
      ctx.keyring,
      conversations.map((c) => c.id),
    ),
    coversOf(ctx.db, listingIds),
    titlesOf(ctx, listingIds),
  ]);
  return (c: ConversationForUser, userId: string) => describe(ctx, c, userId, titles.get(c.listing_id) ?? null, last.get(c.id), covers.get(c.listing_id)?.variants[0]?.url ?? null);
}

/** The caller's inbox: newest activity first, with the other party, the listing and its cover, the last message and unread counts. */
export async function myConversations(ctx: AppContext, userId: string, limit: number, cursor?: Cursor) {
  const rows = await listConversationsOf(ctx.db, userId, limit, cursor);
  const kept = rows.slice(0, limit);
  const [describeOne, unread] = await Promise.all([decorations(ctx, kept), totalUnread(ctx.db, userId)]);
  const data = await Promise.all(kept.map((c) => describeOne(c, userId)));
  const end = kept[kept.length - 1];
  // The route encodes the next page's position (the last conversation's activity time and id).
  return { data, next: rows.length > limit && end ? { created_at: end.last_message_at, id: end.id } : null, total_unread: unread };
}

async function titlesOf(ctx: AppContext, listingIds: readonly string[]): Promise<Map<string, string>> {
  if (listingIds.length === 0) return new Map();
  const rows = await ctx.db
    .selectFrom('conversations')
    .select(['listing_id', listingColumn('title', 'conversations.listing_id').as('title')])
    .where('listing_id', 'in', listingIds)
    .distinct()
    .execute();
  return new Map(rows.map((r) => [r.listing_id, r.title]));
}

export const unreadTotal = (ctx: AppContext, userId: string) => totalUnread(ctx.db, userId);

/** One of the caller's conversations. */
export async function myConversation(ctx: AppContext, userId: string, conversationId: string) {
  const conversation = await findConversationFor(ctx.db, userId, conversationId);
  if (!conversation) throw notFound('Conversation');
  return (await decorations(ctx, [conversation]))(conversation, userId);
}

/**
 * A page of the caller's conversation, newest first. Fetching the newest page delivers the other
 * party's messages on it: their delivered marker moves and the author's apps are told.
 */
export async function conversationMessages(ctx: AppContext, userId: string, conversationId: string, limit: number, before?: string) {
  const { conversation, role } = await participantOf(ctx.db, conversationId, userId);
  const rows = await listMessages(ctx.db, ctx.keyring, conversation.id, limit, before);
  const kept = rows.slice(0, limit);
  const images = await imagesOfMessages(
    ctx.db,
    kept.map((m) => m.id),
  );
  const newestFromOther = kept.find((m) => m.author_id !== userId);
  if (!before && newestFromOther && BigInt(newestFromOther.seq) > BigInt(conversation[`${role}_delivered_seq`]))
    await markDelivered(ctx, userId, conversation.id, role, newestFromOther);
  return {
    data: kept.map((m) => toConversationMessage(m, images.get(m.id) ?? [], m.author_id === userId)),
    next_cursor: rows.length > limit ? (kept[kept.length - 1]?.id ?? null) : null,
  };
}

async function markDelivered(ctx: AppContext, userId: string, conversationId: string, role: Role, upTo: Message): Promise<void> {
  const now = ctx.clock.now();
  await inTransaction(ctx.db, async (trx) => {
    const locked = await lockConversation(trx, conversationId);
    if (!locked || !(await advanceMarker(trx, conversationId, role, 'delivered', upTo.seq))) return;
    const data = { conversation_id: conversationId, reader_id: userId, up_to_message_id: upTo.id, at: now.toISOString() };
    await publishToUsers(trx, ctx.keyring, [role === 'buyer' ? locked.seller_id : locked.buyer_id], { type: 'message.delivered', data }, now);
  });
}
