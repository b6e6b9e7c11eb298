import type { Money } from '../money';

export type ChargeResult =
  | { status: 'succeeded'; reference: string }
  | { status: 'declined'; declineCode: string; message: string };

/** What the order service needs from a payment provider; Stripe and the sandbox both implement it. */
export interface PaymentProvider {
  readonly name: string;
  /** True if the method token is one this provider can charge (unknown tokens are a client error). */
  knowsMethod(paymentMethod: string): boolean;
  /** Provider-side risk signal carried by the method, if any (Stripe Radar's elevated/highest). */
  riskSignal(paymentMethod: string): 'elevated' | 'highest' | null;
  /** Charges once per idempotency key: a retry with the same key never charges twice. */
  charge(input: { amount: Money; paymentMethod: string; idempotencyKey: string; description: string }): Promise<ChargeResult>;
  refund(input: { reference: string; amount: Money; idempotencyKey: string }): Promise<{ reference: string }>;
}
