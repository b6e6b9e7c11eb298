// The webhook is mounted outside the route table (it needs the raw body), so it documents itself.
export const stripeWebhookPath = {
  '/v1/webhooks/stripe': {
    post: {
      operationId: 'receiveStripeWebhook',
      summary: 'Stripe events (signed): account.updated, charge.dispute.*; deduplicated by event id, objects re-fetched',
      tags: ['webhooks'],
      security: [],
      parameters: [
        { name: 'Stripe-Signature', in: 'header', required: true, description: 'Stripe’s signature over the raw body and a timestamp (t=…,v1=…)', schema: { type: 'string' } },
      ],
      requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', description: 'A Stripe event object' } } } },
      responses: {
        200: { description: 'Processed, or a duplicate of a processed event' },
        400: { description: 'Missing or invalid signature, or a stale timestamp', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } },
      },
    },
  },
};
