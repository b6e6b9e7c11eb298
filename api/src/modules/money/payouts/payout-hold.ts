// How long a completed order's money waits before it becomes the seller's available balance.
// Stripe and marketplaces hold new and risky sellers' funds longer: chargebacks and "item never
// arrived" claims cluster in the first weeks. The hold is bounded so honest sellers are never stuck.

export interface PayoutHoldInput {
  sellerAgeDays: number;
  completedSales: number;
  /** Cancellations the seller caused (their own or missed shipping deadlines) in the last 90 days. */
  sellerFaultCancellations: number;
  /** The order's payment risk score, 0–100, if scored. */
  riskScore: number | null;
  /** The seller-side risk score at payout, 0–100 (fraud-models seller-risk.ts). */
  sellerRiskScore: number;
}

export interface PayoutHoldPolicy {
  baseDays: number;
  newSellerDays: number;
  lowTrustDays: number;
  highRiskDays: number;
  highRiskScore: number;
  sellerRiskDays: number;
  sellerRiskScore: number;
  maxDays: number;
}

export interface PayoutHold {
  days: number;
  reasons: string[];
}

export function payoutHold(input: PayoutHoldInput, policy: PayoutHoldPolicy): PayoutHold {
  let days = policy.baseDays;
  const reasons: string[] = [];
  if (input.sellerAgeDays < 30 || input.completedSales < 5) {
    days += policy.newSellerDays;
    reasons.push('new_seller');
  }
  if (input.sellerFaultCancellations >= 2) {
    days += policy.lowTrustDays;
    reasons.push('seller_cancellations');
  }
  if (input.riskScore !== null && input.riskScore >= policy.highRiskScore) {
    days += policy.highRiskDays;
    reasons.push('high_risk_score');
  }
  if (input.sellerRiskScore >= policy.sellerRiskScore) {
    days += policy.sellerRiskDays;
    reasons.push('seller_risk');
  }
  return { days: Math.min(days, policy.maxDays), reasons };
}
