import type { z } from 'zod';
import type { AppContext } from '../../../context';
import type { Cursor } from '../../../db/keyset';
import { inTransaction } from '../../../db/transaction';
import { conflict, notFound } from '../../../errors';
import { appendAudit } from '../../platform/audit';
import { appendEvents } from '../../platform/outbox';
import { listingColumn } from '../listings';
import { findPublicUser } from '../users';
import { latestOrderIdOf } from './conversation-orders.read-model';
import { type ConversationRow, clearFlag, findConversation, listFlagged, lockConversation } from './conversations.repository';
import type { StaffConversationResponse } from './conversations.schemas';
import { conversationEvent } from './conversations.service';
import { staffMessages } from './message-context';
import { wholeThread } from './messages.repository';

// Moderators see a conversation only when the detector flagged it (or did, before a moderator cleared
// it), never one they are a party to: for them it does not exist. Reading one is audited.

const isParty = (c: ConversationRow, staffId: string) => c.buyer_id === staffId || c.seller_id === staffId;
const wasFlagged = (c: ConversationRow) => c.flagged_at !== null || c.flag_cleared_at !== null;

async function describe(ctx: AppContext, c: ConversationRow): Promise<z.infer<typeof StaffConversationResponse>> {
  const [buyer, seller, orderId, listing] = await Promise.all([
    findPublicUser(ctx.db, c.buyer_id),
    findPublicUser(ctx.db, c.seller_id),
    latestOrderIdOf(ctx.db, c.listing_id, c.buyer_id),
    ctx.db.selectFrom('conversations').select(listingColumn('title', 'conversations.listing_id').as('title')).where('id', '=', c.id).executeTakeFirst(),
  ]);
  return {
    id: c.id,
    listing: { id: c.listing_id, title: listing?.title ?? null },
    order_id: orderId,
    buyer: { id: c.buyer_id, display_name: buyer?.display_name ?? null },
    seller: { id: c.seller_id, display_name: seller?.display_name ?? null },
    contact_attempts: c.contact_attempts,
    flagged_at: c.flagged_at?.toISOString() ?? null,
    flag_cleared_at: c.flag_cleared_at?.toISOString() ?? null,
    created_at: c.created_at.toISOString(),
    last_message_at: c.last_message_at.toISOString(),
  };
}

/** The flagged conversations, most recently flagged first. */
export async function flaggedConversations(ctx: AppContext, staffId: string, limit: number, cursor?: Cursor) {
  const rows = await listFlagged(ctx.db, staffId, limit, cursor);
  const kept = rows.slice(0, limit);
  const end = kept[kept.length - 1];
  return {
    data: await Promise.all(kept.map((c) => describe(ctx, c))),
    next: rows.length > limit && end?.flagged_at ? { created_at: end.flagged_at, id: end.id } : null,
  };
}

/** A flagged conversation with all its messages (author names, images, the detector's findings); the read is audited. */
export async function staffConversation(ctx: AppContext, staffId: string, id: string) {
  const now = ctx.clock.now();
  const conversation = await inTransaction(ctx.db, async (trx) => {
    const c = await findConversation(trx, id);
    if (!c || isParty(c, staffId) || !wasFlagged(c)) throw notFound('Conversation');
    await appendAudit(trx, {
      actorId: staffId,
      action: 'conversation.viewed',
      entityType: 'conversation',
      entityId: id,
      details: { buyer_id: c.buyer_id, seller_id: c.seller_id },
      at: now,
    });
    return c;
  });
  return { ...(await describe(ctx, conversation)), messages: await staffMessages(ctx.db, await wholeThread(ctx.db, ctx.keyring, id)) };
}

/** A moderator clears the flag (nothing to act on, or acted on elsewhere); the count of findings restarts. */
export async function clearConversationFlag(ctx: AppContext, staffId: string, id: string) {
  const now = ctx.clock.now();
  const conversation = await inTransaction(ctx.db, async (trx) => {
    const c = await lockConversation(trx, id);
    if (!c || isParty(c, staffId) || !wasFlagged(c)) throw notFound('Conversation');
    if (!c.flagged_at) throw conflict('not_flagged', 'This conversation is not flagged');
    await clearFlag(trx, id, staffId, now);
    await appendAudit(trx, {
      actorId: staffId,
      action: 'conversation.flag_cleared',
      entityType: 'conversation',
      entityId: id,
      details: { contact_attempts: c.contact_attempts },
      at: now,
    });
    await appendEvents(trx, [conversationEvent('conversation.flag_cleared', c, now, { staff_id: staffId })]);
    return (await findConversation(trx, id))!;
  });
  return describe(ctx, conversation);
}
