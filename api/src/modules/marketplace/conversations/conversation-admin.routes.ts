import { z } from 'zod';
import { encodeCursor, pageResponse } from '../../../http/pagination';
import { route } from '../../../http/route';
import { clearConversationFlag, flaggedConversations, staffConversation } from './conversation-admin.service';
import { ConversationIdParams, FlaggedQuery, StaffConversationResponse, StaffMessageResponse } from './conversations.schemas';

const NOT_FOUND = { description: 'No such flagged conversation (or one you are a party to)' };

export const conversationAdminRoutes = [
  route({
    method: 'get',
    path: '/v1/admin/conversations',
    operationId: 'adminListFlaggedConversations',
    tag: 'conversations',
    access: 'reports.read',
    summary: 'Conversations the off-platform detector flagged (repeated contact details or payment requests), most recently flagged first; never one you are a party to',
    query: FlaggedQuery,
    responses: { 200: { description: 'A page of flagged conversations', schema: pageResponse(StaffConversationResponse) } },
    handler: async ({ ctx, user, query }) => {
      const { data, next } = await flaggedConversations(ctx, user.id, query.limit, query.cursor);
      return { status: 200, body: { data, next_cursor: next && encodeCursor(next) } };
    },
  }),
  route({
    method: 'get',
    path: '/v1/admin/conversations/:id',
    operationId: 'adminGetConversation',
    tag: 'conversations',
    access: 'reports.read',
    summary: 'A flagged (or formerly flagged) conversation with all its messages, oldest first, the detector’s findings on each; the read is audited',
    params: ConversationIdParams,
    responses: { 200: { description: 'The conversation', schema: StaffConversationResponse.extend({ messages: z.array(StaffMessageResponse) }) }, 404: NOT_FOUND },
    handler: async ({ ctx, user, params }) => ({ status: 200, body: await staffConversation(ctx, user.id, params.id) }),
  }),
  route({
    method: 'post',
    path: '/v1/admin/conversations/:id/clear-flag',
    operationId: 'adminClearConversationFlag',
    tag: 'conversations',
    access: 'reports.decide',
    summary: 'Clear a conversation’s flag: it leaves the queue and its count of findings restarts (audited)',
    params: ConversationIdParams,
    responses: { 200: { description: 'The conversation', schema: StaffConversationResponse }, 404: NOT_FOUND, 409: { description: 'not_flagged' } },
    handler: async ({ ctx, user, params }) => ({ status: 200, body: await clearConversationFlag(ctx, user.id, params.id) }),
  }),
];
