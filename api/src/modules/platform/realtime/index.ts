export { type RealtimeEvent, type StreamEvent, publishToUsers, deleteRealtimeEventsOf, pruneRealtimeEvents, REALTIME_EVENTS_TABLE } from './realtime-events.repository';
export { publishToTopic } from './topics';
export { type FrameKind, type RealtimeChannels, type TopicKind, frameKind } from './channels';
export { type Connection, type Hub, createHub } from './hub';
export { listenToBus } from './bus';
export { CLOSE, type ServerFrame } from './protocol';
