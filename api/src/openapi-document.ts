import { buildOpenApi } from './http/openapi';
import { stripeWebhookPath } from './modules/money/stripe-webhooks/stripe-webhook.openapi';
import { ROUTES } from './routes';

/** The document served at /openapi.json: the route list's, plus the webhook mounted outside it. */
export function openApiDocument() {
  const doc = buildOpenApi(ROUTES, '0.1.0');
  Object.assign(doc.paths, stripeWebhookPath);
  return doc;
}
