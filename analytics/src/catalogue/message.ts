import { z } from 'zod';
import { defineEvent } from './event';
import { id } from './fields';

const shape = { message_id: id, author_id: id, length: z.int().nonnegative() };
const conversation = {
  conversation_id: id,
  listing_id: id,
  images: z.int().nonnegative().describe('images attached'),
  warnings: z.int().nonnegative().describe('off-platform findings (contact details, payment requests)'),
};

export const MESSAGE_EVENTS = {
  // Its length, never its text.
  'message.posted': defineEvent(
    'message',
    'A party posted in a conversation (about a listing, before any order: thread `listing`; once the buyer ordered: `order`) or a dispute thread.',
    z.discriminatedUnion('thread', [
      z.strictObject({ ...shape, order_id: id, thread: z.literal('order'), ...z.object(conversation).partial().shape }),
      z.strictObject({ ...shape, thread: z.literal('listing'), ...conversation }),
      z.strictObject({ ...shape, order_id: id, thread: z.literal('dispute'), dispute_id: id }),
    ]),
  ),
};
