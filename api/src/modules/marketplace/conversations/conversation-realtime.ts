import { z } from 'zod';
import { type FrameKind, type TopicKind, frameKind, publishToTopic } from '../../platform/realtime';
import { acknowledge, participantOf } from './conversations.service';

const conversationId = z.uuid('must be a conversation id');

/** `conversation:<id>`: typing indicators, for the conversation's two parties only. */
export const CONVERSATION_TOPIC: TopicKind = {
  prefix: 'conversation',
  authorize: async (ctx, user, id) =>
    z.uuid().safeParse(id).success &&
    (await participantOf(ctx.db, id, user.id).then(
      () => true,
      () => false,
    )),
};

export const CONVERSATION_FRAMES: FrameKind[] = [
  // The sender is typing: told to whoever watches the conversation's topic (its parties), never stored.
  frameKind({
    type: 'typing',
    schema: z.object({ type: z.literal('typing'), conversation_id: conversationId }),
    handle: async (ctx, user, frame) => {
      await participantOf(ctx.db, frame.conversation_id, user.id);
      await publishToTopic(ctx.db, `conversation:${frame.conversation_id}`, { type: 'conversation.typing', data: { conversation_id: frame.conversation_id, user_id: user.id } });
    },
  }),
  // The app shows the messages up to this one: delivered receipt, told to the other party's stream.
  frameKind({
    type: 'delivered',
    schema: z.object({ type: z.literal('delivered'), conversation_id: conversationId, up_to: z.uuid('must be a message id') }),
    handle: (ctx, user, frame) => acknowledge(ctx, user.id, frame.conversation_id, frame.up_to, 'delivered'),
  }),
];
