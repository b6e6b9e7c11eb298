import { z } from 'zod';
import { CREATES_CONTENT, route } from '../../../http/route';
import { OrderIdParams } from '../orders';
import { orderThreadFor, writeOnOrder } from './conversations.service';
import { toConversationMessage } from './message-response';
import { ConversationMessageResponse, MessageBody } from './conversations.schemas';

// An order's thread is the conversation of its listing and buyer: these routes read and write it by order.
export const orderThreadRoutes = [
  route({
    method: 'post',
    path: '/v1/orders/:id/messages',
    operationId: 'postOrderMessage',
    tag: 'orders',
    access: 'user',
    idempotent: true,
    rateLimit: CREATES_CONTENT,
    summary: 'Write to the other party of an order (buyer or seller), in the conversation about its listing',
    params: OrderIdParams,
    body: MessageBody,
    responses: {
      201: { description: 'The message (with warnings when it seems to share contact details or ask for an off-platform payment)', schema: ConversationMessageResponse },
      403: { description: 'blocked: one of the parties blocked the other' },
      404: { description: 'No such order of yours' },
    },
    handler: async ({ ctx, user, params, body }) => ({ status: 201, body: toConversationMessage(await writeOnOrder(ctx, user.id, params.id, body.body), [], true) }),
  }),
  route({
    method: 'get',
    path: '/v1/orders/:id/messages',
    operationId: 'listOrderMessages',
    tag: 'orders',
    access: 'user',
    summary: 'The conversation of an order, oldest first (parties only): the messages about its listing from before the order included',
    params: OrderIdParams,
    responses: { 200: { description: 'The messages', schema: z.object({ data: z.array(ConversationMessageResponse) }) }, 404: { description: 'No such order of yours' } },
    handler: async ({ ctx, user, params }) => ({ status: 200, body: { data: await orderThreadFor(ctx, user.id, params.id) } }),
  }),
];
