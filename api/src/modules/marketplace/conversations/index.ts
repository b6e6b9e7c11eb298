export { MESSAGES_TABLE, messageBodies } from './messages.repository';
export { MessageBody, MessageContextResponse, MessageResponse } from './conversations.schemas';
export { toMessageResponse } from './message-response';
export { orderThread, writeOnOrder } from './conversations.service';
export { responseRateOf } from './conversations.repository';
export { exportConversationsOf } from './conversation-export';
export { messageContext, reportedMessage } from './message-context';
export { sealLegacyMessages } from './legacy-messages';
export { CONVERSATION_FRAMES, CONVERSATION_TOPIC } from './conversation-realtime';
