// What the seller-side risk score knows about a seller at one moment: when a listing is published
// and when a payout is about to leave. Non-delivery and mule-seller schemes show here, not in the
// buyer's payment. Point in time, like RiskInput: only facts recorded before `now` count.

export type SellerRiskMoment = 'listing' | 'payout';

export interface SellerRiskInput {
  moment: SellerRiskMoment;
  seller_account_age_days: number;
  seller_completed_sales: number; // sales whose order reached completed before now
  seller_open_sales: number; // sales paid but not yet completed, refunded or cancelled, as of now
  seller_open_high_value_sales: number; // of the open sales, those at ≥ 2× their category's median price
  // At listing time the listing being published; at payout time the lowest ratio among the seller's
  // listings created in the last 30 days. Listing price / median active price of its category and currency; 1 when unknown.
  listing_price_vs_category_median: number;
  seller_hours_since_payout_change: number; // since the seller's payout details last changed; NEVER_HOURS when never
  seller_sales_last_90d: number; // orders the seller received in the 90 days before now
  seller_disputes_last_90d: number; // disputes (buyer claims and chargebacks) opened on the seller's sales in the 90 days before now
  seller_device_shared_accounts: number; // other accounts seen on any of the seller's devices
}
