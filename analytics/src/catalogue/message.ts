import { z } from 'zod';
import { defineEvent } from './event';
import { id } from './fields';

const shape = { message_id: id, order_id: id, author_id: id, length: z.int().nonnegative() };

export const MESSAGE_EVENTS = {
  // Its length, never its text.
  'message.posted': defineEvent(
    'message',
    'A party posted in an order conversation or a dispute thread.',
    z.discriminatedUnion('thread', [z.strictObject({ ...shape, thread: z.literal('order') }), z.strictObject({ ...shape, thread: z.literal('dispute'), dispute_id: id })]),
  ),
};
