import { page, pageResponse } from '../../../http/pagination';
import { route } from '../../../http/route';
import { EMAIL_UNVERIFIED_RESPONSE, assertEmailVerified } from '../users';
import { type Order, findOrder, listAllOrders, listOrdersForUser, orderHistory, toAdminOrderResponse, toOrderResponse } from './orders.repository';
import {
  AdminListOrdersQuery,
  AdminOrderResponse,
  CreateOrderBody,
  HistoryResponse,
  ListOrdersQuery,
  OrderDetailResponse,
  OrderIdParams,
  OrderResponse,
  ShipOrderBody,
} from './orders.schemas';
import { shippingAddressFor } from './order-shipping';
import { cancelOrder, completeOrder, confirmDelivery, createOrder, partyOf, shipOrder } from './orders.service';

const updated = (order: Order) => ({ status: 200, body: toOrderResponse(order) });

const transitionResponses = {
  200: { description: 'The updated order', schema: OrderResponse },
  403: { description: 'The other party may not do this' },
  404: { description: 'No such order (or not yours)' },
  409: { description: 'Not allowed in the order’s current status' },
};

export const ordersRoutes = [
  route({
    method: 'post',
    path: '/v1/orders',
    operationId: 'createOrder',
    tag: 'orders',
    access: 'user',
    idempotent: true,
    summary: 'Start buying a listing (reserves it)',
    body: CreateOrderBody,
    responses: {
      201: { description: 'Order created', schema: OrderResponse },
      403: { description: `${EMAIL_UNVERIFIED_RESPONSE.description}; or blocked: you or the seller blocked the other` },
      409: { description: 'Listing not available, or sold by auction (listing_in_auction: bid on it instead)' },
      422: { description: 'Own listing' },
    },
    handler: async ({ ctx, user, body, storeReply }) => {
      assertEmailVerified(ctx.config, user);
      const created = (order: Order) => ({ status: 201, body: toOrderResponse(order) });
      return created(await createOrder(ctx, user.id, body.listing_id, storeReply(created)));
    },
  }),
  route({
    method: 'get',
    path: '/v1/orders',
    operationId: 'listOrders',
    tag: 'orders',
    access: 'user',
    summary: 'My orders as buyer or seller, newest first',
    query: ListOrdersQuery,
    responses: { 200: { description: 'A page of orders', schema: pageResponse(OrderResponse) } },
    handler: async ({ ctx, user, query }) => {
      return { status: 200, body: page(await listOrdersForUser(ctx.db, user.id, query.role, query.limit, query.cursor), query.limit, toOrderResponse) };
    },
  }),
  route({
    method: 'get',
    path: '/v1/orders/:id',
    operationId: 'getOrder',
    tag: 'orders',
    access: 'user',
    summary: 'One of my orders, with where it ships to',
    params: OrderIdParams,
    responses: { 200: { description: 'The order', schema: OrderDetailResponse }, 404: { description: 'No such order (or not yours)' } },
    handler: async ({ ctx, user, params }) => {
      const { order, actor } = partyOf(await findOrder(ctx.db, params.id), user.id);
      return { status: 200, body: { ...toOrderResponse(order), ...(await shippingAddressFor(ctx, ctx.db, order, actor)) } };
    },
  }),
  route({
    method: 'get',
    path: '/v1/orders/:id/history',
    operationId: 'getOrderHistory',
    tag: 'orders',
    access: 'user',
    summary: 'Every status change of one of my orders',
    params: OrderIdParams,
    responses: { 200: { description: 'Transitions, oldest first', schema: HistoryResponse }, 404: { description: 'No such order (or not yours)' } },
    handler: async ({ ctx, user, params }) => {
      partyOf(await findOrder(ctx.db, params.id), user.id);
      const rows = await orderHistory(ctx.db, params.id);
      return { status: 200, body: { data: rows.map((r) => ({ from: r.from_status, to: r.to_status, actor: r.actor_type, reason: r.reason, at: r.created_at.toISOString() })) } };
    },
  }),
  route({
    method: 'post',
    path: '/v1/orders/:id/ship',
    operationId: 'shipOrder',
    tag: 'orders',
    access: 'user',
    summary: 'Mark as shipped (seller); the tracking number must suit the carrier where we know its formats',
    params: OrderIdParams,
    body: ShipOrderBody,
    responses: { ...transitionResponses, 422: { description: 'tracking_number_invalid: not a number of that carrier' } },
    handler: async ({ ctx, user, params, body }) => ({ status: 200, body: toOrderResponse(await shipOrder(ctx, user.id, params.id, body)) }),
  }),
  route({
    method: 'post',
    path: '/v1/orders/:id/confirm-delivery',
    operationId: 'confirmOrderDelivery',
    tag: 'orders',
    access: 'user',
    summary: 'Confirm the item arrived (buyer)',
    params: OrderIdParams,
    responses: transitionResponses,
    handler: async ({ ctx, user, params }) => ({ status: 200, body: toOrderResponse(await confirmDelivery(ctx, user.id, params.id)) }),
  }),
  route({
    method: 'post',
    path: '/v1/orders/:id/complete',
    operationId: 'completeOrder',
    tag: 'orders',
    access: 'user',
    idempotent: true,
    summary: 'Accept the item (buyer); the seller’s money settles after the payout hold',
    params: OrderIdParams,
    responses: transitionResponses,
    handler: async ({ ctx, user, params, storeReply }) => updated(await completeOrder(ctx, user.id, params.id, storeReply(updated))),
  }),
  route({
    method: 'post',
    path: '/v1/orders/:id/cancel',
    operationId: 'cancelOrder',
    tag: 'orders',
    access: 'user',
    idempotent: true,
    summary: 'Cancel before shipping (either party); releases the listing and refunds a paid order in full',
    params: OrderIdParams,
    responses: transitionResponses,
    handler: async ({ ctx, user, params, storeReply }) => updated(await cancelOrder(ctx, user.id, params.id, storeReply(updated))),
  }),
  route({
    method: 'get',
    path: '/v1/admin/orders',
    operationId: 'adminListOrders',
    tag: 'admin',
    access: 'orders.read',
    summary: 'All orders with risk data, newest first (never the caller’s own)',
    query: AdminListOrdersQuery,
    responses: { 200: { description: 'A page of orders', schema: pageResponse(AdminOrderResponse) } },
    handler: async ({ ctx, user, query }) => {
      return { status: 200, body: page(await listAllOrders(ctx.db, { ...query, viewerId: user.id }), query.limit, toAdminOrderResponse) };
    },
  }),
];
