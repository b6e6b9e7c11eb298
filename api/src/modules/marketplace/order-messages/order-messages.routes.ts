import { z } from 'zod';
import { CREATES_CONTENT, route } from '../../../http/route';
import { OrderIdParams } from '../orders';
import { toMessageResponse } from './order-messages.repository';
import { MessageBody, MessageResponse } from './order-messages.schemas';
import { orderConversation, postOrderMessage } from './order-messages.service';

export const orderMessagesRoutes = [
  route({
    method: 'post',
    path: '/v1/orders/:id/messages',
    operationId: 'postOrderMessage',
    tag: 'orders',
    access: 'user',
    idempotent: true,
    rateLimit: CREATES_CONTENT,
    summary: 'Write to the other party of an order (buyer or seller)',
    params: OrderIdParams,
    body: MessageBody,
    responses: {
      201: { description: 'The message', schema: MessageResponse },
      403: { description: 'blocked: one of the parties blocked the other' },
      404: { description: 'No such order of yours' },
    },
    handler: async ({ ctx, user, params, body }) => ({ status: 201, body: toMessageResponse(await postOrderMessage(ctx, user.id, params.id, body.body)) }),
  }),
  route({
    method: 'get',
    path: '/v1/orders/:id/messages',
    operationId: 'listOrderMessages',
    tag: 'orders',
    access: 'user',
    summary: 'The conversation of an order, oldest first (parties only)',
    params: OrderIdParams,
    responses: { 200: { description: 'The messages', schema: z.object({ data: z.array(MessageResponse) }) }, 404: { description: 'No such order of yours' } },
    handler: async ({ ctx, user, params }) => ({ status: 200, body: { data: (await orderConversation(ctx, user.id, params.id)).map(toMessageResponse) } }),
  }),
];
