export { type Message, findOrderMessage, listOrderMessages, responseRateOf, toMessageResponse } from './order-messages.repository';
export { MessageBody, MessageResponse } from './order-messages.schemas';
export { postOrderMessage } from './order-messages.service';
export { exportMessagesOf } from './order-messages.repository';
