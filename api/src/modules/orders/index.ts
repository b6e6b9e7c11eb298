export { FUNDED_STATUSES, ORDER_STATUSES, type OrderStatus, transition } from './order';
export { type Order, escrowOf, lockOrder, recordTransition, toOrderResponse } from './orders.repository';
export { OrderIdParams, PayOrderBody, OrderResponse } from './orders.schemas';
export { cancelOrder, completeOrder, confirmDelivery, createOrder, lockOrderForParty, openDispute, orderEvent, shipOrder } from './orders.service';
export { ordersRoutes } from './orders.routes';
