import { payoutHold } from './payout-hold';

const policy = { baseDays: 2, newSellerDays: 5, lowTrustDays: 5, highRiskDays: 7, highRiskScore: 50, sellerRiskDays: 7, sellerRiskScore: 30, maxDays: 14 };
const established = { sellerAgeDays: 400, completedSales: 80, sellerFaultCancellations: 0, riskScore: 10, sellerRiskScore: 2 };

describe('risk-adaptive payout hold', () => {
  test('an established seller with a low-risk order waits the base hold', () => {
    expect(payoutHold(established, policy)).toEqual({ days: 2, reasons: [] });
  });
  test('new accounts and sellers with few sales wait longer', () => {
    expect(payoutHold({ ...established, sellerAgeDays: 3 }, policy)).toEqual({ days: 7, reasons: ['new_seller'] });
    expect(payoutHold({ ...established, completedSales: 4 }, policy)).toEqual({ days: 7, reasons: ['new_seller'] });
  });
  test('seller-caused cancellations lower trust', () => {
    expect(payoutHold({ ...established, sellerFaultCancellations: 2 }, policy)).toEqual({ days: 7, reasons: ['seller_cancellations'] });
    expect(payoutHold({ ...established, sellerFaultCancellations: 1 }, policy).days).toBe(2);
  });
  test('a high payment risk score waits longer; an unscored order does not', () => {
    expect(payoutHold({ ...established, riskScore: 50 }, policy)).toEqual({ days: 9, reasons: ['high_risk_score'] });
    expect(payoutHold({ ...established, riskScore: null }, policy).days).toBe(2);
  });
  test('a high seller-risk score waits longer, from its threshold on', () => {
    expect(payoutHold({ ...established, sellerRiskScore: 30 }, policy)).toEqual({ days: 9, reasons: ['seller_risk'] });
    expect(payoutHold({ ...established, sellerRiskScore: 29 }, policy).days).toBe(2);
  });
  test('the hold is bounded however many reasons apply', () => {
    const worst = { sellerAgeDays: 0, completedSales: 0, sellerFaultCancellations: 9, riskScore: 99, sellerRiskScore: 99 };
    expect(payoutHold(worst, policy)).toEqual({ days: 14, reasons: ['new_seller', 'seller_cancellations', 'high_risk_score', 'seller_risk'] });
    expect(payoutHold(worst, { ...policy, maxDays: 3 }).days).toBe(3);
  });
});
