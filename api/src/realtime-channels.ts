// The one list of what modules add to the real-time channel (topics a socket may watch, frames a client
// may send), as routes.ts is the one list of routes.
import { AUCTION_TOPIC } from './modules/marketplace/auctions';
import { CONVERSATION_FRAMES, CONVERSATION_TOPIC } from './modules/marketplace/conversations';
import type { RealtimeChannels } from './modules/platform/realtime';
import { staffQueuesTopic } from './modules/platform/staff-queues';

export const REALTIME_CHANNELS: RealtimeChannels = {
  topics: [AUCTION_TOPIC, CONVERSATION_TOPIC, staffQueuesTopic],
  frames: [...CONVERSATION_FRAMES],
};
