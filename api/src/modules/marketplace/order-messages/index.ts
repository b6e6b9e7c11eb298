export { type Message, exportMessagesOf, findOrderMessage, listOrderMessages, toMessageResponse } from './order-messages.repository';
export { MessageBody, MessageResponse } from './order-messages.schemas';
export { postOrderMessage } from './order-messages.service';
