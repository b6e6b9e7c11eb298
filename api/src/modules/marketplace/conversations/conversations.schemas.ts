import { z } from 'zod';
import { PageQuery } from '../../../http/pagination';

const body = z.string({ error: 'is required' }).trim().max(5000, 'must be at most 5000 characters');

export const MessageBody = z.strictObject({ body: body.min(1, 'must not be empty') });
export const MessageResponse = z.object({ id: z.uuid(), author_id: z.uuid(), body: z.string(), created_at: z.iso.datetime() }).meta({ id: 'Message' });

export const ConversationMessageBody = z
  .strictObject({
    body: body.default(''),
    image_ids: z
      .array(z.uuid('must be an image id'))
      .max(4, 'at most 4 images per message')
      .default([])
      .describe('Images uploaded to this conversation (POST /v1/conversations/{id}/images) and not yet sent'),
  })
  .refine((m) => m.body.length > 0 || m.image_ids.length > 0, { message: 'must not be empty (write something or attach an image)', path: ['body'] });

export const ConversationIdParams = z.strictObject({ id: z.uuid('must be a conversation id').describe('The conversation’s id') });

export const WarningResponse = z
  .object({
    code: z.enum(['contact_details', 'payment_request']),
    kinds: z.array(z.enum(['email', 'phone', 'link', 'handle', 'iban', 'payment_phrase'])),
    message: z.string(),
  })
  .meta({ id: 'MessageWarning', description: 'The message was delivered, but it seems to take the deal off the platform, where buyers and sellers lose their protection' });

export const MessageImageResponse = z
  .object({
    id: z.uuid(),
    width: z.int(),
    height: z.int(),
    variants: z.array(z.object({ size: z.string(), width: z.int(), height: z.int(), url: z.string() })),
  })
  .meta({ id: 'MessageImage' });

export const ConversationMessageResponse = MessageResponse.extend({
  conversation_id: z.uuid(),
  images: z.array(MessageImageResponse),
  warnings: z.array(WarningResponse).describe('For the author only: what the off-platform detector found (empty when nothing)'),
}).meta({ id: 'ConversationMessage' });

export const ConversationResponse = z
  .object({
    id: z.uuid(),
    listing: z.object({ id: z.uuid(), title: z.string().nullable(), cover_url: z.string().nullable() }),
    order_id: z.uuid().nullable().describe('The order this conversation continued into, once the buyer ordered'),
    role: z.enum(['buyer', 'seller']).describe('The caller’s side'),
    other_party: z.object({ id: z.uuid(), display_name: z.string().nullable(), avatar_url: z.string().nullable() }),
    last_message: z.object({ id: z.uuid(), author_id: z.uuid(), preview: z.string(), images: z.int(), created_at: z.iso.datetime() }).nullable(),
    unread: z.int().describe('Messages from the other party after the caller’s read marker'),
    other_party_read_up_to: z.uuid().nullable().describe('The last message the other party has read'),
    other_party_delivered_up_to: z.uuid().nullable().describe('The last message delivered to the other party’s apps'),
    created_at: z.iso.datetime(),
    last_message_at: z.iso.datetime(),
  })
  .meta({ id: 'Conversation' });

export const ConversationListResponse = z.object({
  data: z.array(ConversationResponse),
  next_cursor: z.string().nullable(),
  total_unread: z.int().describe('Unread messages across all the caller’s conversations'),
});

export const MessagesQuery = z.strictObject({
  limit: PageQuery.shape.limit,
  cursor: z.uuid('is not a valid cursor').optional().describe('The previous page’s next_cursor: older messages than those already shown'),
});

export const MessagePageResponse = z.object({
  data: z.array(ConversationMessageResponse).describe('Newest first'),
  next_cursor: z.uuid().nullable().describe('Pass as cursor for older messages; null at the start of the thread'),
});

export const ReadBody = z.strictObject({ up_to_message_id: z.uuid('must be a message id in this conversation') });

export const StaffMessageResponse = ConversationMessageResponse.extend({ author_name: z.string().nullable() }).meta({ id: 'StaffConversationMessage' });

export const StaffConversationResponse = z
  .object({
    id: z.uuid(),
    listing: z.object({ id: z.uuid(), title: z.string().nullable() }),
    order_id: z.uuid().nullable(),
    buyer: z.object({ id: z.uuid(), display_name: z.string().nullable() }),
    seller: z.object({ id: z.uuid(), display_name: z.string().nullable() }),
    contact_attempts: z.int(),
    flagged_at: z.iso.datetime().nullable(),
    flag_cleared_at: z.iso.datetime().nullable(),
    created_at: z.iso.datetime(),
    last_message_at: z.iso.datetime(),
  })
  .meta({ id: 'StaffConversation' });

export const FlaggedQuery = PageQuery.extend({
  flagged: z.enum(['true'], { error: 'must be true (only flagged conversations are listed)' }).default('true').describe('Only flagged conversations are listed (the one value)'),
}).strict();

export const InboxQuery = PageQuery.strict();

export const MessageContextResponse = z
  .object({ conversation_id: z.uuid(), message_id: z.uuid().describe('The reported message'), messages: z.array(StaffMessageResponse).describe('Oldest first') })
  .meta({ id: 'MessageContext' });

export const UploadMessageImagesBody = z.strictObject({
  files: z
    .array(z.object({ filename: z.string(), bytes: z.instanceof(Buffer) }))
    .min(1, 'must hold at least one file')
    .max(4, 'must hold at most 4 files'),
});
