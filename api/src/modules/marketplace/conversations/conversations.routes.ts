import { z } from 'zod';
import { encodeCursor } from '../../../http/pagination';
import { CREATES_CONTENT, route } from '../../../http/route';
import { ListingIdParams } from '../listings';
import { conversationMessages, myConversation, myConversations, unreadTotal } from './conversation-views';
import {
  ConversationIdParams,
  ConversationListResponse,
  ConversationMessageBody,
  ConversationMessageResponse,
  ConversationResponse,
  InboxQuery,
  MessageImageResponse,
  MessagePageResponse,
  MessagesQuery,
  ReadBody,
  UploadMessageImagesBody,
} from './conversations.schemas';
import { acknowledge, writeAboutListing, writeInConversation } from './conversations.service';
import { toConversationMessage, toMessageImageResponse } from './message-response';
import { uploadMessageImages } from './message-images.service';
import { MAX_IMAGE_BYTES } from '../listing-images';

const WRITE_RESPONSES = {
  201: {
    description: 'The message, delivered; `warnings` tell its author when it seems to share contact details or ask for an off-platform payment',
    schema: ConversationMessageResponse,
  },
  403: { description: 'blocked: one of you blocked the other' },
  422: { description: 'image_not_yours (naming `image_ids`): an image not uploaded by you to this conversation, or already sent' },
};

export const conversationsRoutes = [
  route({
    method: 'post',
    path: '/v1/listings/:id/conversations',
    operationId: 'writeAboutListing',
    tag: 'conversations',
    access: 'user',
    idempotent: true,
    rateLimit: CREATES_CONTENT,
    summary: 'Write to a listing’s seller: opens your conversation about the listing on the first message, continues it after. Nothing is reserved',
    params: ListingIdParams,
    body: ConversationMessageBody,
    responses: { ...WRITE_RESPONSES, 404: { description: 'No such listing (or not one you can see)' }, 422: { description: 'own_listing (naming `listing_id`); image_not_yours' } },
    handler: async ({ ctx, user, params, body }) => {
      const { message, images } = await writeAboutListing(ctx, user.id, params.id, { body: body.body, imageIds: body.image_ids });
      return { status: 201, body: toConversationMessage(message, images, true) };
    },
  }),
  route({
    method: 'get',
    path: '/v1/me/conversations',
    operationId: 'listMyConversations',
    tag: 'conversations',
    access: 'user',
    summary: 'Your conversations, newest activity first: the other party, the listing and its cover, the last message, unread counts',
    query: InboxQuery,
    responses: { 200: { description: 'A page of conversations', schema: ConversationListResponse } },
    handler: async ({ ctx, user, query }) => {
      const { data, next, total_unread } = await myConversations(ctx, user.id, query.limit, query.cursor);
      return { status: 200, body: { data, next_cursor: next && encodeCursor(next), total_unread } };
    },
  }),
  route({
    method: 'get',
    path: '/v1/me/conversations/unread',
    operationId: 'countUnreadMessages',
    tag: 'conversations',
    access: 'user',
    summary: 'How many messages from others you have not read, across your conversations (a badge)',
    responses: { 200: { description: 'The count', schema: z.object({ total_unread: z.int() }) } },
    handler: async ({ ctx, user }) => ({ status: 200, body: { total_unread: await unreadTotal(ctx, user.id) } }),
  }),
  route({
    method: 'get',
    path: '/v1/conversations/:id',
    operationId: 'getConversation',
    tag: 'conversations',
    access: 'user',
    summary: 'One of your conversations',
    params: ConversationIdParams,
    responses: { 200: { description: 'The conversation', schema: ConversationResponse }, 404: { description: 'No such conversation of yours' } },
    handler: async ({ ctx, user, params }) => ({ status: 200, body: await myConversation(ctx, user.id, params.id) }),
  }),
  route({
    method: 'get',
    path: '/v1/conversations/:id/messages',
    operationId: 'listConversationMessages',
    tag: 'conversations',
    access: 'user',
    summary: 'A conversation’s messages, newest first (pass next_cursor for older ones). Fetching the newest page marks the other party’s messages on it delivered',
    params: ConversationIdParams,
    query: MessagesQuery,
    responses: { 200: { description: 'A page of messages', schema: MessagePageResponse }, 404: { description: 'No such conversation of yours' } },
    handler: async ({ ctx, user, params, query }) => ({ status: 200, body: await conversationMessages(ctx, user.id, params.id, query.limit, query.cursor) }),
  }),
  route({
    method: 'post',
    path: '/v1/conversations/:id/messages',
    operationId: 'postConversationMessage',
    tag: 'conversations',
    access: 'user',
    idempotent: true,
    rateLimit: CREATES_CONTENT,
    summary: 'Write in one of your conversations (text, images uploaded to it, or both)',
    params: ConversationIdParams,
    body: ConversationMessageBody,
    responses: { ...WRITE_RESPONSES, 404: { description: 'No such conversation of yours' } },
    handler: async ({ ctx, user, params, body }) => {
      const { message, images } = await writeInConversation(ctx, user.id, params.id, { body: body.body, imageIds: body.image_ids });
      return { status: 201, body: toConversationMessage(message, images, true) };
    },
  }),
  route({
    method: 'post',
    path: '/v1/conversations/:id/read',
    operationId: 'markConversationRead',
    tag: 'conversations',
    access: 'user',
    summary: 'Read receipt: you have read the conversation up to this message (never moves back); the other party’s apps get `message.read`',
    params: ConversationIdParams,
    body: ReadBody,
    responses: {
      204: { description: 'Recorded' },
      404: { description: 'No such conversation of yours' },
      422: { description: 'unknown_message: not a message of this conversation' },
    },
    handler: async ({ ctx, user, params, body }) => {
      await acknowledge(ctx, user.id, params.id, body.up_to_message_id, 'read');
      return { status: 204 };
    },
  }),
  route({
    method: 'post',
    path: '/v1/conversations/:id/images',
    operationId: 'uploadConversationImages',
    tag: 'conversations',
    access: 'user',
    rateLimit: [{ budget: 'upload', per: 'user' }],
    summary:
      'Upload pictures to send in one of your conversations: multipart/form-data, files in `files` (JPEG, PNG, WebP or AVIF, at most 4). Each is re-encoded to WebP without its metadata; send it by passing its id in a message’s `image_ids`. Only the two of you (and moderators) can fetch it',
    params: ConversationIdParams,
    body: UploadMessageImagesBody,
    multipart: { field: 'files', maxFiles: 4, maxFileBytes: MAX_IMAGE_BYTES },
    responses: {
      201: { description: 'The uploaded images, not sent yet', schema: z.object({ data: z.array(MessageImageResponse) }) },
      403: { description: 'blocked' },
      404: { description: 'No such conversation of yours' },
      413: { description: 'file_too_large' },
      415: { description: 'Content-Type is not multipart/form-data' },
      422: { description: 'invalid_image or unsafe_image, naming `files`' },
    },
    handler: async ({ ctx, user, params, body }) => ({ status: 201, body: { data: (await uploadMessageImages(ctx, user.id, params.id, body.files)).map(toMessageImageResponse) } }),
  }),
];
