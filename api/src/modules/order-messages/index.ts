export { type Message, findOrderMessage, listOrderMessages, toMessageResponse } from './order-messages.repository';
export { MessageBody, MessageResponse } from './order-messages.schemas';
export { orderMessagesRoutes } from './order-messages.routes';
export { postOrderMessage } from './order-messages.service';
