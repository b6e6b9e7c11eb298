import { createHmac } from 'node:crypto';
import type { StripeEvent } from './objects';
import { unixNow } from './objects';

/** Stripe's webhook body: the event as pretty-printed JSON. */
export const webhookPayload = (event: StripeEvent) => JSON.stringify(event, null, 2);

/** Stripe's scheme: `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<payload>")>`. */
export function signatureHeader(payload: string, secret: string, timestamp = unixNow()): string {
  const v1 = createHmac('sha256', secret).update(`${timestamp}.${payload}`, 'utf8').digest('hex');
  return `t=${timestamp},v1=${v1}`;
}

export interface Delivery {
  status: number;
  headers: Headers;
  body: any;
}

/** POSTs a payload the way Stripe delivers webhooks; the signature header is omitted when null. */
export async function postWebhook(url: string, payload: string, signature: string | null): Promise<Delivery> {
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)' };
  if (signature !== null) headers['stripe-signature'] = signature;
  const res = await fetch(url, { method: 'POST', headers, body: payload });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // leave non-JSON as text
  }
  return { status: res.status, headers: res.headers, body };
}
