export { FUNDED_STATUSES, ORDER_STATUSES, TRANSITIONS, transition, type Command, type OrderStatus } from './order';
export { type Order, escrowOf, findOrder, listAllOrders, lockOrder, recordTransition, toAdminOrderResponse, toOrderResponse } from './orders.repository';
export { AdminOrderResponse, OrderIdParams, PayOrderBody, OrderResponse } from './orders.schemas';
export {
  applyCommand, cancelOrder, completeOrder, confirmDelivery, createOrder, loadGuardFacts, lockOrderForParty, openDispute, orderEvent, partyOf, runAfterCommit, shipOrder,
} from './orders.service';
export { ordersRoutes } from './orders.routes';
