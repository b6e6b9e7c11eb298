import type { RequestHandler } from 'express';
import type { AppContext } from '../../../context';
import { AppError } from '../../../http/errors';
import { isStripeProvider } from '../../../adapters/payment-providers';
import { processStripeEvent } from './stripe-events.service';

/**
 * `POST /v1/webhooks/stripe`. Mounted behind `express.raw`: the signature covers the exact bytes
 * Stripe sent, so the body must not be parsed first. Bad signatures are 400s, never 500s.
 */
export function stripeWebhookHandler(ctx: AppContext): RequestHandler {
  return async (req, res) => {
    const provider = ctx.payments;
    if (!isStripeProvider(provider)) throw new AppError(404, 'route_not_found', 'Stripe webhooks are not enabled (PAYMENT_PROVIDER is not stripe)');
    if (!req.is('application/json')) {
      throw new AppError(415, 'unsupported_media_type', 'Stripe webhooks are application/json', [{ field: 'header.Content-Type', message: 'must be application/json' }]);
    }
    if (!Buffer.isBuffer(req.body)) throw new AppError(400, 'validation_failed', 'The webhook body is missing', [{ field: 'body', message: 'required' }]);
    const verified = provider.verifyWebhook(req.body, req.get('stripe-signature'), ctx.clock.now());
    if (!verified.ok) {
      throw new AppError(400, 'invalid_signature', `Webhook signature verification failed: ${verified.reason}`, [{ field: 'header.Stripe-Signature', message: verified.reason }]);
    }
    const outcome = await processStripeEvent(ctx, provider, verified.event);
    res.status(200).json({ received: true, duplicate: outcome === 'duplicate' });
  };
}
