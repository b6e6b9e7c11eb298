export { FUNDED_STATUSES, ORDER_STATUSES, TRANSITIONS, transition, type Command, type OrderStatus } from './order';
export {
  type Order,
  completedAt,
  disputedByChargeback,
  findOrder,
  findOrderIdForPayment,
  listAllOrders,
  lockOrder,
  orderHistory,
  orderIdsOfParty,
  recordTransition,
  toAdminOrderResponse,
  toOrderResponse,
} from './orders.repository';
export { completedSalesOf, neverTradedWith, orderColumn, ordersBetween, ordersSoldBy } from './order-columns';
export { AdminOrderResponse, OpenDisputeBody, OrderIdParams, PayOrderBody, OrderResponse, type ShipTo } from './orders.schemas';
export {
  applyCommand,
  cancelOrder,
  completeOrder,
  confirmDelivery,
  createOrder,
  placeOrder,
  loadGuardFacts,
  lockOrderForParty,
  orderEvent,
  partyOf,
  runAfterCommit,
  shipOrder,
} from './orders.service';
export { isOrderParty, isPartyTo } from './order-party';
export { type FundsHolder, LIVE_DISPUTE_STATUSES, heldBesides, placeHold, releaseHold } from './order-holds';
export { arrangeSettlement, refundOrder, settleIfDue } from './order-settlement';
export { exportOrdersOf, openOrdersOf, orderIdsOf } from './account-orders';
export { isOrderReminder, remindOrderDeadline } from './order-notices';
