import { route } from '../../../http/route';
import { type Order, OrderIdParams, OrderResponse, PayOrderBody, toOrderResponse } from '../../marketplace/orders';
import { EMAIL_UNVERIFIED_RESPONSE, assertEmailVerified } from '../../marketplace/users';
import { payOrder } from './checkout.service';

export const checkoutRoutes = [
  route({
    method: 'post',
    path: '/v1/orders/:id/pay',
    operationId: 'payOrder',
    tag: 'orders',
    access: 'user',
    idempotent: true,
    summary:
      'Pay for an order (buyer), giving where it ships (an address, or a saved one). Risk-scored: step-up asks for a verified email and 3-D Secure, review holds the seller funds, block refuses the payment.',
    params: OrderIdParams,
    body: PayOrderBody,
    responses: {
      200: { description: 'Paid', schema: OrderResponse },
      403: { description: `${EMAIL_UNVERIFIED_RESPONSE.description}; or step_up_required: the risk score asks this buyer to verify their email before paying` },
      402: { description: 'payment_declined or payment_blocked' },
      422: {
        description: 'payment_method_invalid; shipping_address: country_invalid or postal_code_invalid; address_not_found (shipping_address_id is not one of my saved addresses)',
      },
      409: { description: 'Order not awaiting payment' },
    },
    handler: async ({ ctx, user, params, body, storeReply }) => {
      assertEmailVerified(ctx.config, user);
      const paid = (order: Order) => ({ status: 200, body: toOrderResponse(order) });
      const shipTo = body.shipping_address ? { address: body.shipping_address } : { savedAddressId: body.shipping_address_id! };
      return paid(await payOrder(ctx, user.id, params.id, { paymentMethod: body.payment_method, shipTo, emailVerified: user.email_verified_at !== null }, storeReply(paid)));
    },
  }),
];
