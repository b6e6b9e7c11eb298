import type { AppContext } from '../../../context';
import { inTransaction } from '../../../db/transaction';
import { appendEvents } from '../../platform/outbox';
import { assertNotBlocked } from '../blocks';
import { findOrder, lockOrderForParty, partyOf } from '../orders';
import { type Message, insertOrderMessage, listOrderMessages } from './order-messages.repository';

// The buyer and seller's conversation about an order. Only the two parties read or write it; staff
// see it in a dispute's evidence pack.

export async function postOrderMessage(ctx: AppContext, userId: string, orderId: string, body: string): Promise<Message> {
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (trx) => {
    const { order } = await lockOrderForParty(trx, orderId, userId);
    await assertNotBlocked(trx, order.buyer_id, order.seller_id);
    const message = await insertOrderMessage(trx, { order_id: order.id, author_id: userId, body, created_at: now });
    await appendEvents(trx, [
      {
        type: 'message.posted',
        aggregateType: 'message',
        aggregateId: message.id,
        occurredAt: now,
        payload: { message_id: message.id, thread: 'order', order_id: order.id, author_id: userId, length: body.length },
      },
    ]);
    return message;
  });
}

export async function orderConversation(ctx: AppContext, userId: string, orderId: string): Promise<Message[]> {
  const { order } = partyOf(await findOrder(ctx.db, orderId), userId);
  return listOrderMessages(ctx.db, order.id);
}
