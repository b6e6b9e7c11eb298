import type Stripe from 'stripe';
import { cardFingerprintOf } from './stripe-provider';

const method = (fingerprint: string | null) => ({ id: 'pm_1AbC', card: { fingerprint } }) as unknown as Stripe.PaymentMethod;

describe('cardFingerprintOf', () => {
  test('a real payment method carries its card fingerprint', () => {
    expect(cardFingerprintOf('pm_1AbC', method('fp_123'))).toEqual({ cardFingerprint: 'fp_123' });
  });

  test('Stripe test tokens are one shared test card: no fingerprint', () => {
    expect(cardFingerprintOf('pm_card_visa', method('fp_shared'))).toEqual({});
  });

  test('an unexpanded method or one without a card: no fingerprint', () => {
    expect(cardFingerprintOf('pm_1AbC', 'pm_1AbC')).toEqual({});
    expect(cardFingerprintOf('pm_1AbC', null)).toEqual({});
    expect(cardFingerprintOf('pm_1AbC', method(null))).toEqual({});
  });
});
