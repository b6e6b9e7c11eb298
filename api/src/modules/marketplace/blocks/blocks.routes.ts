import { page, pageResponse } from '../../../http/pagination';
import { CREATES_CONTENT, route } from '../../../http/route';
import { listBlocks, toBlockResponse } from './blocks.repository';
import { BlockBody, BlockResponse, BlockedUserParams, ListBlocksQuery } from './blocks.schemas';
import { blockUser, unblockUser } from './blocks.service';

export const blocksRoutes = [
  route({
    method: 'post',
    path: '/v1/me/blocks',
    operationId: 'blockUser',
    tag: 'blocks',
    access: 'user',
    rateLimit: CREATES_CONTENT,
    summary:
      'Block a user: from then on neither of you can message the other on an order, order from or review the other, and they no longer see your listings. Orders already made continue. Blocking twice is harmless.',
    body: BlockBody,
    responses: {
      200: { description: 'Already blocked: the existing block', schema: BlockResponse },
      201: { description: 'Blocked', schema: BlockResponse },
      404: { description: 'No such user' },
      422: { description: 'cannot_block_self' },
    },
    handler: async ({ ctx, user, body }) => {
      const { block, created } = await blockUser(ctx, user.id, body.user_id);
      return { status: created ? 201 : 200, body: toBlockResponse(block) };
    },
  }),
  route({
    method: 'delete',
    path: '/v1/me/blocks/:user_id',
    operationId: 'unblockUser',
    tag: 'blocks',
    access: 'user',
    summary: 'Unblock a user',
    params: BlockedUserParams,
    responses: { 204: { description: 'Unblocked' }, 404: { description: 'You had not blocked this user' } },
    handler: async ({ ctx, user, params }) => {
      await unblockUser(ctx, user.id, params.user_id);
      return { status: 204 };
    },
  }),
  route({
    method: 'get',
    path: '/v1/me/blocks',
    operationId: 'listMyBlocks',
    tag: 'blocks',
    access: 'user',
    summary: 'The users you blocked, newest first',
    query: ListBlocksQuery,
    responses: { 200: { description: 'A page of blocked users', schema: pageResponse(BlockResponse) } },
    handler: async ({ ctx, user, query }) => ({ status: 200, body: page(await listBlocks(ctx.db, user.id, query.limit, query.cursor), query.limit, toBlockResponse) }),
  }),
];
