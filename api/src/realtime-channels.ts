// The one list of what modules add to the real-time channel (topics a socket may watch, frames a client
// may send), as routes.ts is the one list of routes.
import { AUCTION_TOPIC } from './modules/marketplace/auctions';
import { CONVERSATION_FRAMES, CONVERSATION_TOPIC } from './modules/marketplace/conversations';
import { hasConfirmedTotp } from './modules/marketplace/two-factor';
import type { RealtimeChannels, TopicKind } from './modules/platform/realtime';
import { staffQueuesTopic } from './modules/platform/staff-queues';

/** The staff queues under the staff routes' own rule: a staff account without two-step verification sees no queue (STAFF_REQUIRE_2FA). */
const staffTopic: TopicKind = {
  prefix: staffQueuesTopic.prefix,
  authorize: async (ctx, user, id) => (await staffQueuesTopic.authorize(ctx, user, id)) && (!ctx.config.STAFF_REQUIRE_2FA || (await hasConfirmedTotp(ctx.db, user.id))),
};

export const REALTIME_CHANNELS: RealtimeChannels = {
  topics: [AUCTION_TOPIC, CONVERSATION_TOPIC, staffTopic],
  frames: [...CONVERSATION_FRAMES],
};
