/** Stripe's error envelope: `{ error: { type, code, decline_code, message, param, … } }`. */
export interface StripeErrorBody {
  type: 'api_error' | 'card_error' | 'idempotency_error' | 'invalid_request_error';
  message: string;
  code?: string;
  decline_code?: string;
  param?: string;
  doc_url?: string;
  payment_intent?: unknown;
  charge?: string;
}

/** Thrown by an endpoint; the server renders it with Stripe's status and shape. */
export class StripeApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: StripeErrorBody,
  ) {
    super(body.message);
  }
}

const withDoc = (body: StripeErrorBody): StripeErrorBody => (body.code ? { ...body, doc_url: `https://stripe.com/docs/error-codes/${body.code}` } : body);

export const invalidRequest = (message: string, extra: Omit<StripeErrorBody, 'type' | 'message'> = {}, status = 400) =>
  new StripeApiError(status, withDoc({ type: 'invalid_request_error', message, ...extra }));

export const missingParam = (param: string) => invalidRequest(`Missing required param: ${param}.`, { code: 'parameter_missing', param });

export const noSuch = (resource: string, id: string, param?: string) =>
  invalidRequest(`No such ${resource}: '${id}'`, { code: 'resource_missing', ...(param ? { param } : {}) }, param ? 400 : 404);

export const cardError = (message: string, code: string, declineCode: string, extra: Pick<StripeErrorBody, 'payment_intent' | 'charge'>) =>
  new StripeApiError(402, withDoc({ type: 'card_error', message, code, decline_code: declineCode, ...extra }));

export const idempotencyError = (key: string) =>
  new StripeApiError(400, {
    type: 'idempotency_error',
    message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
  });
